package org.atoll.inspection.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One inspection as stored: the booth's facts and context, then the primary and secondary decisions. */
record InspectionRow(UUID id, String port, String booth, String direction, String mode, String role, String purpose,
                     Integer intendedStayDays, boolean manualEntry, String issuingState, String documentNumber,
                     String documentCode, LocalDate documentExpiry, String surname, String givenNames, String nationality,
                     String dateOfBirth, String sex, String contextJson, String proposalOutcome, List<String> proposalReasons,
                     String proposedPermitType, LocalDate proposedUntil, String visaNumber, String carrier,
                     String flightOrVessel, String status, String officer, Instant createdAt, String decidedOutcome,
                     String decidedBy, Instant decidedAt, String permitType, LocalDate permittedUntil, List<String> conditions,
                     boolean overridden, String overrideReason, boolean entryFormChecked, boolean feeChecked,
                     UUID movementId, Integer daysOverstayed, String secondaryOutcome, String secondaryOfficer,
                     Instant secondaryDecidedAt, List<String> refusalGrounds, String refusalReason, String removalCarrier,
                     String removalFlight, String refusalApprovedBy, Instant refusalApprovedAt, String handedOverTo,
                     long version) {
}
