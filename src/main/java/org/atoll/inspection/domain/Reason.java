package org.atoll.inspection.domain;

import java.util.Objects;
import java.util.Optional;

/** One reason for a referral: what, in words an officer reads at a glance, and the provision it rests on. */
public record Reason(ReferralReason code, String detail, Optional<String> provision) {

    public Reason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(detail, "detail");
        provision = provision == null ? Optional.empty() : provision;
    }

    public static Reason of(ReferralReason code, String detail) {
        return new Reason(code, detail, Optional.empty());
    }

    public static Reason citing(ReferralReason code, String detail, String provision) {
        return new Reason(code, detail, Optional.ofNullable(provision));
    }
}
