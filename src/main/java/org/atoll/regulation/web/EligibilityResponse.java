package org.atoll.regulation.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.FeeDue;
import org.atoll.regulation.Money;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.VisaType;

/** The eligibility decision as JSON. */
public record EligibilityResponse(
        String outcome,
        String summary,
        PermitType permitType,
        LocalDate permittedUntil,
        Integer permittedStayDays,
        List<Requirement> requirements,
        List<Fee> feesDue,
        List<String> legalGrounds,
        RegulationSet regulationSet) {

    public record PermitType(String code, String name, String issuance, int maxStayDays, String entries, Extensions extensions,
            Amount fee, boolean workAllowed, String provision) {
    }

    public record Extensions(int max, int daysEach, Amount feeEach) {
    }

    public record Amount(BigDecimal amount, String currency) {
        static Amount of(Money money) {
            return new Amount(money.amount(), money.currency().getCurrencyCode());
        }
    }

    public record Requirement(String kind, String rule, String status, String reason, String verification, String ifNotMet,
            String provision) {
    }

    public record Fee(String name, Amount amount, String howPaid, String provision) {
    }

    public record RegulationSet(String id, int version, String title, LocalDate effectiveDate) {
    }

    static EligibilityResponse of(EligibilityDecision d) {
        return new EligibilityResponse(
                d.outcome().name(),
                d.summary(),
                d.permitType().map(EligibilityResponse::permitType).orElse(null),
                d.permittedUntil().orElse(null),
                d.permittedStayDays().orElse(null),
                d.checks().stream().map(EligibilityResponse::requirement).collect(Collectors.toList()),
                d.feesDue().stream().map(EligibilityResponse::fee).collect(Collectors.toList()),
                d.legalGrounds().stream().map(ProvisionReference::value).collect(Collectors.toList()),
                new RegulationSet(d.basis().setId().toString(), d.basis().version(), d.basis().title(), d.basis().effectiveDate()));
    }

    private static PermitType permitType(VisaType t) {
        return new PermitType(t.code().value(), t.name(), t.issuance().name(), t.maxStayDays(), t.entries().name(),
                new Extensions(t.extensions().maxExtensions(), t.extensions().daysEach(), Amount.of(t.extensions().feeEach())),
                Amount.of(t.fee()), t.workAllowed(), t.provision().value());
    }

    private static Requirement requirement(RequirementCheck c) {
        return new Requirement(c.kind().name(), c.rule(), c.status().name(), c.reason(), c.verification().name(),
                c.ifNotMet().outcome().name(), c.provision().value());
    }

    private static Fee fee(FeeDue f) {
        return new Fee(f.name(), Amount.of(f.amount()), f.howPaid(), f.provision().value());
    }
}
