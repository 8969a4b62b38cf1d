package org.atoll.visa.domain;

import java.util.Optional;

import org.atoll.regulation.ExtensionPolicy;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.VisaType;

/**
 * Whether a visa's stay may be extended by so many days, under its type's extension policy in
 * the regulation set: how many extensions, how long each. Returns the reason and the provision.
 */
public final class ExtensionRequestPolicy {

    public record Outcome(boolean allowed, String reason, ProvisionReference provision) {
    }

    public Outcome check(IssuedVisa visa, VisaType type, int days) {
        ExtensionPolicy policy = type.extensions();
        ProvisionReference provision = type.provision();
        if (visa.isRevoked()) {
            return new Outcome(false, "the visa is revoked", provision);
        }
        if (!policy.allowsExtensions()) {
            return new Outcome(false, type.name() + " (" + type.code() + ") allows no extension", provision);
        }
        Optional<VisaExtension> pending = visa.extensions().stream()
                .filter(e -> e.status() == VisaExtension.Status.REQUESTED).findFirst();
        if (pending.isPresent()) {
            return new Outcome(false, "an extension request is already pending", provision);
        }
        long approved = visa.extensions().stream().filter(e -> e.status() == VisaExtension.Status.APPROVED).count();
        if (approved >= policy.maxExtensions()) {
            return new Outcome(false, type.code() + " allows " + policy.maxExtensions() + " extensions; "
                    + approved + " already granted", provision);
        }
        if (days > policy.daysEach()) {
            return new Outcome(false, type.code() + " extensions last at most " + policy.daysEach() + " days, not " + days,
                    provision);
        }
        return new Outcome(true, "extension " + (approved + 1) + " of " + policy.maxExtensions() + ", fee "
                + policy.feeEach(), provision);
    }
}
