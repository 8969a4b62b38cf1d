package org.atoll.inspection.domain;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.atoll.document.ExpiryStatus;
import org.atoll.movement.Direction;
import org.atoll.movement.TravellerRole;
import org.atoll.regulation.EligibilityDecision;
import org.atoll.regulation.Outcome;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RequirementCheck;

/**
 * The booth's proposal from what is known within one request. Every finding that needs an
 * officer's judgement becomes a reason to refer; with none, the traveller is proposed for
 * admission under the permit type and until the date the rules give. No hit, no document problem
 * and no eligibility answer refuses anyone here: a refusal is a secondary officer's decision.
 */
public final class PrimaryInspectionPolicy {

    /** Shore leave is what crew are admitted for (Annex 9, 3.20-3.23); the stay ends with the ship's or aircraft's departure. */
    public static final String CREW_CONDITION = "Crew member: shore leave while the vessel or aircraft is in port; departs with it";
    public static final String TRANSIT_CONDITION = "Transit: onward travel on the next connection";

    private final boolean referWhenNotManifested;

    public PrimaryInspectionPolicy() {
        this(false);
    }

    /** @param referWhenNotManifested refer travellers no carrier declared (when manifests are reliably received) */
    public PrimaryInspectionPolicy(boolean referWhenNotManifested) {
        this.referWhenNotManifested = referWhenNotManifested;
    }

    public Proposal propose(PrimaryFacts facts) {
        List<Reason> reasons = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        screening(facts, reasons);
        if (facts.direction() == Direction.EXIT) {
            return exit(facts, reasons, flags);
        }
        document(facts, reasons);
        manifest(facts, reasons, flags);
        facts.visa().flatMap(PrimaryFacts.VisaFact::unusable).ifPresent(why -> reasons.add(Reason.of(ReferralReason.VISA_UNUSABLE,
                "Visa " + facts.visa().get().number() + " cannot be used: " + why)));
        EligibilityDecision eligibility = facts.eligibility().orElse(null);
        if (eligibility == null) {
            reasons.add(Reason.of(ReferralReason.ELIGIBILITY_OFFICER_CHECK, "Eligibility could not be decided from the document"));
        } else {
            eligibility(eligibility, reasons);
        }
        if (!reasons.isEmpty()) {
            return new Proposal(ProposalOutcome.REFER, eligibility == null ? Optional.empty() : permitType(eligibility),
                    Optional.empty(), List.of(), reasons, flags, 0);
        }
        List<String> conditions = new ArrayList<>();
        if (facts.role() == TravellerRole.CREW) {
            conditions.add(CREW_CONDITION);
        } else if (facts.role() == TravellerRole.TRANSIT) {
            conditions.add(TRANSIT_CONDITION);
        }
        facts.visa().ifPresent(v -> conditions.addAll(v.conditions()));
        for (RequirementCheck check : eligibility.checksToVerify()) {
            conditions.add("Verify: " + check.reason() + " (" + check.provision().value() + ")");
        }
        return new Proposal(ProposalOutcome.ADMIT, permitType(eligibility), eligibility.permittedUntil(), conditions,
                List.of(), flags, 0);
    }

    private static Optional<String> permitType(EligibilityDecision eligibility) {
        return eligibility.permitTypeCode().map(Object::toString);
    }

    private static void screening(PrimaryFacts facts, List<Reason> reasons) {
        for (PrimaryFacts.HitFact hit : facts.hits()) {
            String action = hit.actionOnHit().isEmpty() ? "" : " — action: " + hit.actionOnHit();
            if (hit.kind() == PrimaryFacts.HitKind.DOCUMENT) {
                reasons.add(Reason.of(ReferralReason.DOCUMENT_ALERT, "The document is on the alert list" + action));
            } else {
                reasons.add(Reason.of(ReferralReason.ALERT_HIT, "Person alert (" + hit.band().toLowerCase(java.util.Locale.ROOT)
                        + " match)" + action + (hit.explanation().isEmpty() ? "" : ": " + hit.explanation())));
            }
        }
    }

    private static void document(PrimaryFacts facts, List<Reason> reasons) {
        PrimaryFacts.DocumentVerdict d = facts.document();
        if (!d.valid()) {
            reasons.add(Reason.of(ReferralReason.DOCUMENT_INVALID, "The machine readable zone is not valid"
                    + (d.problems().isEmpty() ? "" : ": " + String.join("; ", d.problems()))));
        } else if (!d.codesKnown()) {
            reasons.add(Reason.of(ReferralReason.DOCUMENT_INVALID, "The document holds a country code not in the reference data"));
        }
        if (d.expiry() == ExpiryStatus.EXPIRED) {
            reasons.add(Reason.of(ReferralReason.DOCUMENT_EXPIRED, "The travel document has expired"));
        } else if (d.expiry() == ExpiryStatus.UNKNOWN && d.valid()) {
            reasons.add(Reason.of(ReferralReason.DOCUMENT_INVALID, "The document's expiry date could not be read"));
        }
    }

    private void manifest(PrimaryFacts facts, List<Reason> reasons, List<String> flags) {
        PrimaryFacts.ManifestFact m = facts.manifest();
        switch (m.status()) {
            case MISMATCH -> reasons.add(Reason.of(ReferralReason.MANIFEST_MISMATCH,
                    "The manifest disagrees with the document: " + String.join("; ", m.differences())));
            case NOT_MANIFESTED -> {
                if (referWhenNotManifested) {
                    reasons.add(Reason.of(ReferralReason.MANIFEST_MISMATCH, "No carrier declared this traveller"));
                } else {
                    flags.add("NOT_MANIFESTED");
                }
            }
            default -> {
            }
        }
    }

    private static void eligibility(EligibilityDecision e, List<Reason> reasons) {
        if (e.outcome() == Outcome.ELIGIBLE) {
            return;
        }
        List<RequirementCheck> grounds = e.grounds();
        ReferralReason code = switch (e.outcome()) {
            case VISA_REQUIRED -> ReferralReason.VISA_REQUIRED;
            case NOT_ELIGIBLE -> ReferralReason.NOT_ELIGIBLE;
            default -> ReferralReason.ELIGIBILITY_OFFICER_CHECK;
        };
        if (grounds.isEmpty()) {
            reasons.add(Reason.of(code, e.summary()));
            return;
        }
        for (RequirementCheck check : grounds) {
            reasons.add(Reason.citing(code, check.reason(), check.provision().value()));
        }
    }

    private static Proposal exit(PrimaryFacts facts, List<Reason> reasons, List<String> flags) {
        int daysOver = 0;
        if (facts.openStay().isEmpty()) {
            flags.add("NO_RECORDED_ENTRY");
        } else {
            var until = facts.openStay().get().permittedUntil();
            if (until.isPresent() && facts.today().isAfter(until.get())) {
                daysOver = (int) ChronoUnit.DAYS.between(until.get(), facts.today());
                flags.add("OVERSTAYED");
            }
        }
        // An invalid or expired document does not stop a departure; it is shown, not referred.
        if (!facts.document().valid() || facts.document().expiry() == ExpiryStatus.EXPIRED) {
            flags.add("DOCUMENT_PROBLEM");
        }
        if (!reasons.isEmpty()) {
            return new Proposal(ProposalOutcome.REFER, Optional.empty(), Optional.empty(), List.of(), reasons, flags, daysOver);
        }
        return new Proposal(ProposalOutcome.ADMIT, Optional.empty(), Optional.empty(), List.of(), List.of(), flags, daysOver);
    }

    /** The provisions a refusal could cite, from an eligibility decision: its legal grounds. */
    public static List<String> provisionsOf(EligibilityDecision e) {
        return e.legalGrounds().stream().map(ProvisionReference::value).collect(Collectors.toList());
    }
}
