package org.atoll.regulation.policy;

import java.util.Optional;
import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.EligibilityRequest;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.NationalityRegime;
import org.atoll.regulation.RegimeKind;
import org.atoll.regulation.RegulationGapException;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.Verification;
import org.atoll.regulation.VisaType;
import org.atoll.regulation.VisaTypeCode;

/**
 * Finds the regime for the traveller's nationality and purpose on the arrival date and, when it
 * requires a visa, whether the visa held answers it.
 */
public final class RoutePolicy {

    public EntryRoute resolve(RegulationSet set, EligibilityRequest request) {
        NationalityRegime regime = set.regimeFor(request.nationality(), request.purpose(), request.arrivalDate())
                .orElseThrow(() -> RegulationGapException.noRegime(set, request.nationality(), request.purpose()));
        String who = request.nationality() + " nationals";
        if (regime.kind() == RegimeKind.RIGHT_OF_ENTRY) {
            RequirementCheck check = check(CheckKind.NATIONALITY_REGIME, regime, CheckStatus.MET,
                    who + ": entry as of right (" + regime.code() + ")", Consequence.REFUSE);
            return new EntryRoute(regime, Optional.empty(), Optional.empty(), true, Optional.empty(), Optional.empty(),
                    check, regime.provision());
        }
        VisaType regimeType = typeOf(set, regime.permitType().orElseThrow(), regime);
        if (regime.kind() == RegimeKind.VISA_REQUIRED) {
            return visaRequired(set, request, regime, regimeType, who);
        }
        int stay = regime.stayDays().orElse(regimeType.maxStayDays());
        String grant = regime.kind() == RegimeKind.VISA_EXEMPT
                ? "visa-exempt (" + regimeType.code() + "), up to " + stay + " days"
                : "visa on arrival (" + regimeType.code() + "), " + stay + " days";
        String window = regime.rollingWindow().map(w -> ", at most " + w.describe()).orElse("");
        RequirementCheck check = check(CheckKind.NATIONALITY_REGIME, regime, CheckStatus.MET,
                who + " for " + request.purpose().name().toLowerCase() + ": " + grant + window + " (" + regime.code() + ")",
                Consequence.REQUIRE_PERMIT);
        return new EntryRoute(regime, Optional.of(regimeType), Optional.empty(), true, Optional.of(stay),
                regime.rollingWindow(), check, regime.provision());
    }

    private EntryRoute visaRequired(RegulationSet set, EligibilityRequest request, NationalityRegime regime,
            VisaType regimeType, String who) {
        String need = who + " need a visa or permit obtained before travel for " + request.purpose().name().toLowerCase()
                + " (" + regime.code() + "): " + regimeType.name() + " (" + regimeType.code() + ")";
        if (request.visa().isEmpty()) {
            return notHeld(regime, regimeType, need + "; none held");
        }
        HeldVisa held = request.visa().get();
        VisaType heldType = held.type().map(code -> typeOf(set, code, regime)).orElse(regimeType);
        if (heldType.issuance() != Issuance.IN_ADVANCE || !heldType.covers(request.purpose())) {
            return notHeld(regime, regimeType, need + "; the " + heldType.code() + " " + held.number()
                    + " held does not cover " + request.purpose().name().toLowerCase());
        }
        if (held.validUntil().isPresent() && held.validUntil().get().isBefore(request.arrivalDate())) {
            return notHeld(regime, regimeType, need + "; " + heldType.code() + " " + held.number() + " expired on "
                    + held.validUntil().get());
        }
        boolean confirmed = held.confirmed() && held.type().isPresent();
        RequirementCheck check = new RequirementCheck(CheckKind.VISA, regime.code().value(),
                confirmed ? CheckStatus.MET : CheckStatus.TO_VERIFY,
                confirmed
                        ? heldType.code() + " " + held.number() + " held, valid for this entry"
                        : heldType.code() + " " + held.number() + " quoted by the traveller: check it in the visa register",
                confirmed ? Verification.DOCUMENT_DATA : Verification.OFFICER_CHECK,
                Consequence.REQUIRE_PERMIT, regime.provision());
        return new EntryRoute(regime, Optional.of(heldType), Optional.of(held), true, Optional.of(heldType.maxStayDays()),
                Optional.empty(), check, heldType.provision());
    }

    private static EntryRoute notHeld(NationalityRegime regime, VisaType toApplyFor, String reason) {
        RequirementCheck check = new RequirementCheck(CheckKind.VISA, regime.code().value(), CheckStatus.NOT_MET, reason,
                Verification.DOCUMENT_DATA, Consequence.REQUIRE_PERMIT, regime.provision());
        return new EntryRoute(regime, Optional.of(toApplyFor), Optional.empty(), false, Optional.empty(), Optional.empty(),
                check, regime.provision());
    }

    private static RequirementCheck check(CheckKind kind, NationalityRegime regime, CheckStatus status, String reason,
            Consequence consequence) {
        return new RequirementCheck(kind, regime.code().value(), status, reason, Verification.DOCUMENT_DATA, consequence,
                regime.provision());
    }

    private static VisaType typeOf(RegulationSet set, VisaTypeCode code, NationalityRegime regime) {
        return set.visaType(code).orElseThrow(() -> new RegulationGapException(
                "Regime " + regime.code() + " points to visa type " + code + ", which regulation set version "
                        + set.version() + " does not define"));
    }
}
