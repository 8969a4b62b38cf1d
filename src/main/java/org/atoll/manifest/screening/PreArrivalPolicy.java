package org.atoll.manifest.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.AlertScreeningResult.DocumentAlertHit;
import org.atoll.alert.AlertScreeningResult.PersonAlertHit;
import org.atoll.regulation.Outcome;

/**
 * Turns what the alert list and the entry rules said about a manifested person into the board's
 * verdict. Screening before arrival never decides: every alert hit (strong or possible) and every
 * refusal by the rules refers the person to the booth, where an officer disposes of it; a visa
 * required and not held is flagged so the airline or the traveller can still be told.
 */
public final class PreArrivalPolicy {

    private PreArrivalPolicy() {
    }

    public static PreArrivalVerdict verdict(AlertScreeningResult alerts, EntryCheck entry) {
        List<String> reasons = new ArrayList<>();
        List<UUID> hits = new ArrayList<>();
        boolean refer = false;
        for (PersonAlertHit h : alerts.personHits()) {
            refer = true;
            hits.add(h.hitId());
            reasons.add("alert hit (" + h.band() + " person match): " + h.actionOnHit()
                    + (h.contact() == null || h.contact().isBlank() ? "" : ", contact " + h.contact()));
        }
        for (DocumentAlertHit h : alerts.documentHits()) {
            refer = true;
            hits.add(h.hitId());
            reasons.add("document alert on " + h.documentKey() + h.type().map(t -> " (" + t + ")").orElse("") + ": "
                    + h.actionOnHit());
        }
        boolean visaNeeded = false;
        if (entry.outcome().isEmpty()) {
            reasons.add("entry rules not checked: " + entry.summary());
        } else {
            Outcome outcome = entry.outcome().get();
            if (outcome == Outcome.NOT_ELIGIBLE) {
                refer = true;
                reasons.add("entry rules: not eligible: " + entry.summary());
            } else if (outcome == Outcome.VISA_REQUIRED && !entry.visaHeld()) {
                visaNeeded = true;
                reasons.add("visa required and none held: " + entry.summary());
            }
        }
        ScreeningStatus status = refer ? ScreeningStatus.REFER : visaNeeded ? ScreeningStatus.VISA_NEEDED : ScreeningStatus.CLEAR;
        return new PreArrivalVerdict(status, reasons, hits, visaNeeded);
    }
}
