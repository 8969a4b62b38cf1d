package org.atoll.alert.internal;

import java.time.Instant;
import java.util.List;

import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertKind;
import org.atoll.alert.model.Disposition;
import org.atoll.alert.model.HitId;

/**
 * A hit: one alert version a screened traveller may match (person) or a presented document that is
 * on the list (document), with the traveller as screened and the officer's disposition; how often
 * the same traveller was screened into this pending hit, and when last.
 */
public record HitRecord(HitId id, AlertId alertId, long alertVersion, AlertKind kind, Double score, String band,
                        String matchedName, HitExplanation explanation, boolean reviewOverdue, TravellerDetails traveller,
                        List<String> travellerDocumentKeys, Instant screenedAt, String screenedBy, String screenedByAgency,
                        Disposition disposition, String note, String disposedBy, Instant disposedAt, long version,
                        int timesScreened, Instant lastScreenedAt) {

    public HitRecord {
        travellerDocumentKeys = List.copyOf(travellerDocumentKeys);
    }

    /** A new hit: screened once, now. */
    public HitRecord(HitId id, AlertId alertId, long alertVersion, AlertKind kind, Double score, String band,
                     String matchedName, HitExplanation explanation, boolean reviewOverdue, TravellerDetails traveller,
                     List<String> travellerDocumentKeys, Instant screenedAt, String screenedBy, String screenedByAgency,
                     Disposition disposition, String note, String disposedBy, Instant disposedAt, long version) {
        this(id, alertId, alertVersion, kind, score, band, matchedName, explanation, reviewOverdue, traveller, travellerDocumentKeys,
                screenedAt, screenedBy, screenedByAgency, disposition, note, disposedBy, disposedAt, version, 1, screenedAt);
    }
}
