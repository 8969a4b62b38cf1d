package org.atoll.regulation.policy;

import java.time.LocalDate;
import org.atoll.regulation.CheckKind;
import org.atoll.regulation.CheckStatus;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.ExtensionPolicy;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.Verification;
import org.atoll.regulation.VisaType;

/**
 * The intended stay against the permitted one. A longer stay that the type's extensions can
 * reach is fine (extended after entry); anything longer goes to an officer, who may admit for less.
 */
public final class StayLimitPolicy {

    public RequirementCheck check(String rule, VisaType type, int permittedDays, boolean shortened, int intendedDays,
            LocalDate arrival, ProvisionReference provision) {
        LocalDate until = arrival.plusDays(permittedDays - 1L);
        String permitted = permittedDays + " days permitted under " + type.code() + " (until " + until + ")";
        if (intendedDays <= permittedDays) {
            return check(rule, CheckStatus.MET, "Intended stay of " + intendedDays + " days; " + permitted, provision);
        }
        ExtensionPolicy extensions = type.extensions();
        if (!shortened && extensions.allowsExtensions()
                && intendedDays <= permittedDays + extensions.totalExtraDays()) {
            int needed = (intendedDays - permittedDays + extensions.daysEach() - 1) / extensions.daysEach();
            return check(rule, CheckStatus.MET, "Intended stay of " + intendedDays + " days; " + permitted + ", then "
                    + needed + " extension(s) of " + extensions.daysEach() + " days at " + extensions.feeEach()
                    + " each, applied for after entry", provision);
        }
        return check(rule, CheckStatus.NOT_MET, "Intended stay of " + intendedDays + " days is longer than the "
                + permitted + (shortened ? ", shortened by earlier stays" : "")
                + ": the officer may admit for the permitted stay", provision);
    }

    private static RequirementCheck check(String rule, CheckStatus status, String reason, ProvisionReference provision) {
        return new RequirementCheck(CheckKind.STAY_LIMIT, rule, status, reason, Verification.DECLARATION, Consequence.REFER,
                provision);
    }
}
