package org.atoll.inspection.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.ExpiryStatus;
import org.atoll.movement.Direction;
import org.atoll.movement.TravellerRole;
import org.atoll.regulation.EligibilityDecision;

/**
 * What the booth knows about a traveller within one request: the document's three verdicts, the
 * alert hits, the eligibility decision (entry only), the visa on record, the manifest, the open
 * stay (exit only), which way and in what capacity the traveller crosses, and today's date.
 */
public record PrimaryFacts(Direction direction, TravellerRole role, DocumentVerdict document, List<HitFact> hits,
                           Optional<EligibilityDecision> eligibility, Optional<VisaFact> visa, ManifestFact manifest,
                           Optional<StayFact> openStay, LocalDate today) {

    public PrimaryFacts {
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(document, "document");
        hits = hits == null ? List.of() : List.copyOf(hits);
        eligibility = eligibility == null ? Optional.empty() : eligibility;
        visa = visa == null ? Optional.empty() : visa;
        manifest = manifest == null ? ManifestFact.notChecked() : manifest;
        openStay = openStay == null ? Optional.empty() : openStay;
        Objects.requireNonNull(today, "today");
    }

    /** The document's verdicts: ICAO syntax and check digits, known codes, expiry; {@code problems} in words. */
    public record DocumentVerdict(boolean valid, boolean codesKnown, ExpiryStatus expiry, List<String> problems) {
        public DocumentVerdict {
            Objects.requireNonNull(expiry, "expiry");
            problems = problems == null ? List.of() : List.copyOf(problems);
        }

        public static DocumentVerdict sound() {
            return new DocumentVerdict(true, true, ExpiryStatus.VALID, List.of());
        }
    }

    public enum HitKind { PERSON, DOCUMENT }

    /** A hit from screening: which kind, how strong, and what the alert asks the officer to do. */
    public record HitFact(UUID hitId, HitKind kind, String band, String actionOnHit, String explanation) {
        public HitFact {
            Objects.requireNonNull(hitId, "hit");
            Objects.requireNonNull(kind, "kind");
            band = band == null ? "" : band;
            actionOnHit = actionOnHit == null ? "" : actionOnHit;
            explanation = explanation == null ? "" : explanation;
        }
    }

    /** A visa on record for the passport: its number, type, conditions, and why it cannot be used today, if so. */
    public record VisaFact(String number, String type, List<String> conditions, Optional<String> unusable) {
        public VisaFact {
            Objects.requireNonNull(number, "number");
            conditions = conditions == null ? List.of() : List.copyOf(conditions);
            unusable = unusable == null ? Optional.empty() : unusable;
        }
    }

    /** What the carriers declared, compared with the document. */
    public record ManifestFact(ManifestStatus status, List<String> differences, Optional<String> carrier,
                               Optional<String> flightOrVessel) {
        public ManifestFact {
            Objects.requireNonNull(status, "status");
            differences = differences == null ? List.of() : List.copyOf(differences);
            carrier = carrier == null ? Optional.empty() : carrier;
            flightOrVessel = flightOrVessel == null ? Optional.empty() : flightOrVessel;
        }

        public static ManifestFact notChecked() {
            return new ManifestFact(ManifestStatus.NOT_CHECKED, List.of(), Optional.empty(), Optional.empty());
        }
    }

    public enum ManifestStatus { MATCH, MISMATCH, NOT_MANIFESTED, NOT_CHECKED }

    /** The traveller's open stay, on exit. */
    public record StayFact(Optional<String> permitType, Optional<LocalDate> permittedUntil) {
        public StayFact {
            permitType = permitType == null ? Optional.empty() : permitType;
            permittedUntil = permittedUntil == null ? Optional.empty() : permittedUntil;
        }
    }
}
