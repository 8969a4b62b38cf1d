package org.atoll.manifest.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.AlertScreeningResult.DocumentAlertHit;
import org.atoll.alert.AlertScreeningResult.PersonAlertHit;
import org.atoll.regulation.Outcome;

/**
 * What the carrier is told at check-in, from the same findings as pre-arrival screening. The
 * carrier never learns why: the reasons stay with the authority.
 * <ul>
 * <li>An alert whose action must not be revealed (discreet check, notify the owning agency, protect
 * the person) never refuses boarding: the traveller flies and is met at the booth.</li>
 * <li>A strong match to a refuse-entry alert, or a document alert asking for refusal or seizure,
 * is {@code DO_NOT_BOARD}; every other hit (possible matches, arrest, refer) needs an officer:
 * {@code CONTACT_AUTHORITY}.</li>
 * <li>The entry rules refusing, or a visa required and none held, is {@code DO_NOT_BOARD}.</li>
 * <li>Screening that failed is {@code CONTACT_AUTHORITY}.</li>
 * </ul>
 */
public final class BoardingPolicy {

    private static final Set<String> DISCREET = Set.of("DISCREET_CHECK", "NOTIFY_OWNING_AGENCY", "PROTECT_PERSON");
    private static final Set<String> DOCUMENT_REFUSALS = Set.of("REFUSE_ENTRY", "SEIZE_DOCUMENT");

    /** The answer and the reasons for the authority. */
    public record Decision(BoardingAnswer answer, List<String> reasons) {
        public Decision {
            reasons = List.copyOf(reasons);
        }
    }

    private BoardingPolicy() {
    }

    public static Decision decide(AlertScreeningResult alerts, EntryCheck entry) {
        BoardingAnswer answer = BoardingAnswer.BOARD;
        List<String> reasons = new ArrayList<>();
        for (PersonAlertHit h : alerts.personHits()) {
            BoardingAnswer a = DISCREET.contains(h.actionOnHit()) ? BoardingAnswer.BOARD
                    : "STRONG".equals(h.band()) && "REFUSE_ENTRY".equals(h.actionOnHit()) ? BoardingAnswer.DO_NOT_BOARD
                    : BoardingAnswer.CONTACT_AUTHORITY;
            answer = answer.worst(a);
            reasons.add(a + ": alert hit (" + h.band() + " person match) " + h.hitId() + ", action " + h.actionOnHit());
        }
        for (DocumentAlertHit h : alerts.documentHits()) {
            BoardingAnswer a = DISCREET.contains(h.actionOnHit()) ? BoardingAnswer.BOARD
                    : DOCUMENT_REFUSALS.contains(h.actionOnHit()) ? BoardingAnswer.DO_NOT_BOARD
                    : BoardingAnswer.CONTACT_AUTHORITY;
            answer = answer.worst(a);
            reasons.add(a + ": document alert " + h.hitId() + " on " + h.documentKey() + ", action " + h.actionOnHit());
        }
        if (entry.outcome().isPresent()) {
            Outcome outcome = entry.outcome().get();
            if (outcome == Outcome.NOT_ELIGIBLE) {
                answer = answer.worst(BoardingAnswer.DO_NOT_BOARD);
                reasons.add("DO_NOT_BOARD: entry rules: not eligible: " + entry.summary());
            } else if (outcome == Outcome.VISA_REQUIRED && !entry.visaHeld()) {
                answer = answer.worst(BoardingAnswer.DO_NOT_BOARD);
                reasons.add("DO_NOT_BOARD: visa required and none held: " + entry.summary());
            }
        } else {
            reasons.add("entry rules not checked: " + entry.summary());
        }
        return new Decision(answer, reasons);
    }

    /** Screening could not be done: a person decides. */
    public static Decision failed(String why) {
        return new Decision(BoardingAnswer.CONTACT_AUTHORITY, List.of("CONTACT_AUTHORITY: screening failed: " + why));
    }
}
