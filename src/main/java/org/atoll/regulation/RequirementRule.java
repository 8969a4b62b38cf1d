package org.atoll.regulation;

import java.util.Objects;

/** What an entry requirement asks for, with its parameters as the law states them. */
public sealed interface RequirementRule {

    /** The passport must stay valid this many months beyond the arrival date. */
    record PassportValidity(int monthsBeyondArrival) implements RequirementRule {
        public PassportValidity {
            if (monthsBeyondArrival < 0) {
                throw new IllegalArgumentException("Passport validity months cannot be negative");
            }
        }
    }

    /** A return or onward ticket. */
    record OnwardTicket() implements RequirementRule {
    }

    /** Funds for the stay: this much per week or part of a week. */
    record ProofOfFunds(Money perWeek) implements RequirementRule {
        public ProofOfFunds {
            Objects.requireNonNull(perWeek, "funds per week");
        }
    }

    /** An entry form submitted within the given hours before arrival. */
    record EntryForm(String formName, int hoursBeforeArrival) implements RequirementRule {
        public EntryForm {
            formName = Texts.required(formName, "form name");
            if (hoursBeforeArrival <= 0) {
                throw new IllegalArgumentException("An entry form window is at least one hour");
            }
        }
    }

    /** A statement the traveller signs (e.g. a pledge). */
    record Declaration(String statement) implements RequirementRule {
        public Declaration {
            statement = Texts.required(statement, "declaration");
        }
    }

    /** A health certificate no older than the given days at arrival. */
    record HealthCertificate(int maxAgeDays) implements RequirementRule {
        public HealthCertificate {
            if (maxAgeDays <= 0) {
                throw new IllegalArgumentException("A health certificate age limit is at least one day");
            }
        }
    }

    /** A permit that allows work (for employment). */
    record WorkPermit() implements RequirementRule {
    }

    /**
     * A supporting document the traveller (or the sponsor or employer) produces, e.g. a contract
     * of employment or a police clearance; the requirement's verification says who confirms it.
     */
    record SupportingDocument(String document) implements RequirementRule {
        public SupportingDocument {
            document = Texts.required(document, "document");
        }
    }

    /**
     * Immigration status lasts only as long as the permit held: the permitted stay ends on the
     * permit's last valid day, and a stay beyond it has no status.
     */
    record StatusEndsWithPermit() implements RequirementRule {
    }

    /** A fee paid at or before entry; {@code howPaid} tells the officer where to look. */
    record FeePaid(String feeName, Money amount, String howPaid) implements RequirementRule {
        public FeePaid {
            feeName = Texts.required(feeName, "fee name");
            Objects.requireNonNull(amount, "fee amount");
            howPaid = Texts.required(howPaid, "how the fee is paid");
        }
    }
}
