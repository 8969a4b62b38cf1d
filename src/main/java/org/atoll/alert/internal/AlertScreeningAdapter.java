package org.atoll.alert.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.alert.AlertScreening;
import org.atoll.alert.AlertScreeningResult;
import org.atoll.alert.AlertScreeningResult.DocumentAlertHit;
import org.atoll.alert.AlertScreeningResult.PersonAlertHit;
import org.atoll.alert.Screener;
import org.atoll.alert.TravellerToScreen;
import org.atoll.alert.model.HitId;
import org.springframework.stereotype.Component;

/** The alert list's public screening API, on the same service the screening endpoint uses. */
@Component
class AlertScreeningAdapter implements AlertScreening {

    private final ScreeningService screening;
    private final HitService hits;

    AlertScreeningAdapter(ScreeningService screening, HitService hits) {
        this.screening = screening;
        this.hits = hits;
    }

    @Override
    public AlertScreeningResult screen(TravellerToScreen traveller, Screener screener) {
        ScreeningRequest request = new ScreeningRequest(traveller.otherNames(), blankToNull(traveller.surname()),
                blankToNull(traveller.givenNames()), traveller.dateOfBirth().map(Object::toString).orElse(null),
                traveller.nationality().map(c -> c.value()).orElse(null),
                traveller.sex().map(s -> String.valueOf(s.mrzCode())).filter(s -> !"<".equals(s)).orElse(null),
                traveller.documents().stream()
                        .map(d -> new ScreeningRequest.Document(d.issuingState().value(), d.number().value())).toList());
        ScreeningOutcome outcome = screening.screen(request, viewer(screener));
        List<PersonAlertHit> persons = outcome.candidates().stream().map(c -> new PersonAlertHit(c.hitId(), c.alertId(),
                c.score() == null ? 0 : c.score(), c.band(), c.actionOnHit(), c.contact(), "FULL".equals(c.view()),
                Optional.ofNullable(c.externalReference()), Optional.ofNullable(c.matchedName()),
                Optional.ofNullable(c.category()), Optional.ofNullable(c.owningAgency()),
                c.explanation() == null ? "" : c.explanation().text())).toList();
        List<DocumentAlertHit> documents = outcome.documentHits().stream().map(d -> new DocumentAlertHit(d.hitId(),
                d.alertId(), d.actionOnHit(), d.contact(), "FULL".equals(d.view()),
                d.presented().issuingState() + ":" + d.presented().number(), Optional.ofNullable(d.type()),
                Optional.ofNullable(d.externalReference()), Optional.ofNullable(d.owningAgency()))).toList();
        return new AlertScreeningResult(persons, documents);
    }

    @Override
    public void dispose(UUID hitId, HitDisposition disposition, String note, Screener screener) {
        hits.dispose(new HitId(hitId), disposition.name(), note, null, viewer(screener));
    }

    private static Viewer viewer(Screener screener) {
        return new Viewer(screener.name(), screener.agency(), screener.roles());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
