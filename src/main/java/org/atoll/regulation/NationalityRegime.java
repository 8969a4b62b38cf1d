package org.atoll.regulation;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What nationals of a country or group need to enter for the purposes the regime covers:
 * entry as of right, a visa-free stay, a visa on arrival, or a visa obtained before travel.
 * It names the visa or permit type the admission rests on, may shorten that type's stay and
 * may add a rolling-window limit, and cites its provision.
 */
public record NationalityRegime(
        RuleCode code,
        AppliesTo appliesTo,
        Set<Purpose> purposes,
        RegimeKind kind,
        Optional<VisaTypeCode> permitType,
        Optional<Integer> stayDays,
        Optional<RollingWindow> rollingWindow,
        Validity validity,
        ProvisionReference provision) {

    public NationalityRegime {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(appliesTo, "appliesTo");
        Objects.requireNonNull(purposes, "purposes");
        if (purposes.isEmpty()) {
            throw new IllegalArgumentException("Regime " + code + " must cover at least one purpose");
        }
        purposes = Collections.unmodifiableSet(EnumSet.copyOf(purposes));
        Objects.requireNonNull(kind, "kind");
        permitType = permitType == null ? Optional.empty() : permitType;
        stayDays = stayDays == null ? Optional.empty() : stayDays;
        rollingWindow = rollingWindow == null ? Optional.empty() : rollingWindow;
        validity = validity == null ? Validity.ALWAYS : validity;
        Objects.requireNonNull(provision, "provision");
        if (kind == RegimeKind.RIGHT_OF_ENTRY) {
            if (permitType.isPresent() || stayDays.isPresent() || rollingWindow.isPresent()) {
                throw new IllegalArgumentException("Regime " + code + " grants entry as of right: no permit type, stay or window");
            }
        } else if (permitType.isEmpty()) {
            throw new IllegalArgumentException("Regime " + code + " must name the visa or permit type it rests on");
        }
        if (kind == RegimeKind.VISA_REQUIRED && (stayDays.isPresent() || rollingWindow.isPresent())) {
            throw new IllegalArgumentException("Regime " + code + " requires a visa: the stay is the visa type's, not the regime's");
        }
        stayDays.ifPresent(days -> {
            if (days <= 0) {
                throw new IllegalArgumentException("Regime " + code + " must allow a stay of at least one day");
            }
        });
    }

    public boolean covers(Purpose purpose) {
        return purposes.contains(purpose);
    }

    public static Builder builder(String code, AppliesTo appliesTo, RegimeKind kind) {
        return new Builder(RuleCode.of(code), appliesTo, kind);
    }

    /** For fixtures and loaders: reads like the rule it builds. */
    public static final class Builder {
        private final RuleCode code;
        private final AppliesTo appliesTo;
        private final RegimeKind kind;
        private Set<Purpose> purposes = EnumSet.allOf(Purpose.class);
        private VisaTypeCode permitType;
        private Integer stayDays;
        private RollingWindow rollingWindow;
        private Validity validity = Validity.ALWAYS;
        private ProvisionReference provision;

        private Builder(RuleCode code, AppliesTo appliesTo, RegimeKind kind) {
            this.code = code;
            this.appliesTo = appliesTo;
            this.kind = kind;
        }

        public Builder purposes(Set<Purpose> purposes) {
            this.purposes = purposes;
            return this;
        }

        public Builder permitType(String code) {
            this.permitType = VisaTypeCode.of(code);
            return this;
        }

        public Builder stayDays(int days) {
            this.stayDays = days;
            return this;
        }

        public Builder rollingWindow(int maxDays, int windowDays) {
            this.rollingWindow = new RollingWindow(maxDays, windowDays);
            return this;
        }

        public Builder validity(Validity validity) {
            this.validity = validity;
            return this;
        }

        public Builder provision(String reference) {
            this.provision = ProvisionReference.of(reference);
            return this;
        }

        public NationalityRegime build() {
            return new NationalityRegime(code, appliesTo, purposes, kind, Optional.ofNullable(permitType),
                    Optional.ofNullable(stayDays), Optional.ofNullable(rollingWindow), validity, provision);
        }
    }
}
