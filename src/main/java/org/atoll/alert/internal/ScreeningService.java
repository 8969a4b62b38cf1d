package org.atoll.alert.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertKind;
import org.atoll.alert.model.Disposition;
import org.atoll.alert.model.HitEligibility;
import org.atoll.alert.model.HitId;
import org.atoll.alert.model.NeedToKnow;
import org.atoll.alert.screening.Candidate;
import org.atoll.alert.screening.DocumentHit;
import org.atoll.alert.screening.InvalidScreeningInputException;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.ScreeningInputPolicy;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.ScreeningResult;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.Suppressions;
import org.atoll.alert.screening.TravelDocument;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.CountryCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Screens a traveller against this node's index: refuses absurd input (422), leaves out alerts that
 * may not hit today (not yet valid, ended, review overdue) and hits judged false positives for the
 * traveller's document, records a hit for every candidate and document hit, audits each, and shows
 * each caller only what its agency may know.
 */
@Service
public class ScreeningService {

    private final AlertIndex index;
    private final AlertRepository alerts;
    private final HitRepository hits;
    private final AuditTrail audit;
    private final AlertProperties properties;
    private final Clock clock;
    private final TransactionTemplate transactions;

    ScreeningService(AlertIndex index, AlertRepository alerts, HitRepository hits, AuditTrail audit, AlertProperties properties, Clock clock,
                     PlatformTransactionManager transactionManager) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.index = index;
        this.alerts = alerts;
        this.hits = hits;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Screens and records the hits in one transaction; the audit records are written after it.
     * The audit trail writes each record in a transaction of its own (a second database
     * connection): written inside the screening transaction, every concurrent screening would hold
     * one connection while waiting for another, and as many concurrent screenings as the pool has
     * connections would starve it (seen with 20 HTTP clients and the default pool of 10).
     */
    public ScreeningOutcome screen(ScreeningRequest request, Viewer viewer) {
        if (request == null) {
            throw InvalidRequestException.field("names", "Send the traveller's names or documents.");
        }
        TravellerDetails traveller = traveller(request);
        ScreeningQuery query = query(traveller);
        List<String> documentKeys = query.documents().stream().map(TravelDocument::documentKey).distinct().toList();
        Suppressions suppressions = Suppressions.of(hits.suppressionsFor(documentKeys));
        ScreeningResult result;
        try {
            result = index.screen(query, suppressions);
        } catch (InvalidScreeningInputException e) {
            throw InvalidRequestException.field(e.field(), e.getMessage());
        }
        List<AuditEvent> audits = new ArrayList<>();
        // most travellers match nothing: no hit to record, so no transaction either
        ScreeningOutcome outcome = result.candidates().isEmpty() && result.documentHits().isEmpty()
                ? recordHits(traveller, documentKeys, result, viewer, audits)
                : transactions.execute(status -> recordHits(traveller, documentKeys, result, viewer, audits));
        audit.recordAll(audits);
        return outcome;
    }

    private ScreeningOutcome recordHits(TravellerDetails traveller, List<String> documentKeys, ScreeningResult result,
                                        Viewer viewer, List<AuditEvent> audits) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        String travellerKey = travellerKey(traveller, documentKeys);
        // the hits to record, first gathered and then written in the order of their keys: two screenings
        // of one traveller then wait for each other's pending hits in the same order, never crosswise
        record Found(Candidate candidate, DocumentHit documentHit, Alert alert, HitEligibility.Outcome eligibility,
                     HitExplanation explanation, HitRecord fresh) {
        }
        List<Found> found = new ArrayList<>();
        Map<UUID, Alert> stored = storedAlerts(result);
        for (Candidate c : result.candidates()) {
            var alert = stored.get(c.alertId());
            if (alert == null) continue;
            AlertContent content = alert.content();
            var eligibility = HitEligibility.check(alert.status(), content.validFrom(), content.validUntil(),
                    content.reviewDate(), today, properties.overdueReview());
            if (!eligibility.producesHit()) continue;
            HitExplanation explanation = HitExplanation.of(c.explanation());
            found.add(new Found(c, null, alert, eligibility, explanation, new HitRecord(HitId.random(), new AlertId(c.alertId()),
                    c.alertVersion(), AlertKind.PERSON, c.score(), c.band().name(), c.matchedName(), explanation,
                    eligibility.reviewOverdue(), traveller, documentKeys, now, viewer.name(), viewer.agencyCode(),
                    Disposition.PENDING, null, null, null, 0)));
        }
        for (DocumentHit d : result.documentHits()) {
            var alert = stored.get(d.alertId());
            if (alert == null) continue;
            AlertContent content = alert.content();
            var eligibility = HitEligibility.check(alert.status(), content.validFrom(), content.validUntil(),
                    content.reviewDate(), today, properties.overdueReview());
            if (!eligibility.producesHit()) continue;
            found.add(new Found(null, d, alert, eligibility, null, new HitRecord(HitId.random(), new AlertId(d.alertId()),
                    d.alertVersion(), AlertKind.DOCUMENT, null, null, null, null, eligibility.reviewOverdue(), traveller,
                    documentKeys, now, viewer.name(), viewer.agencyCode(), Disposition.PENDING, null, null, null, 0)));
        }
        Map<String, HitRecord> freshByKey = new TreeMap<>();
        found.forEach(f -> freshByKey.putIfAbsent(pendingKey(f.fresh(), travellerKey), f.fresh()));
        Map<String, HitRepository.Recorded> recorded = new HashMap<>();
        freshByKey.forEach((key, fresh) -> recorded.put(key, hits.recordPending(fresh, travellerKey)));
        List<ScreeningOutcome.CandidateView> candidates = new ArrayList<>();
        List<ScreeningOutcome.DocumentHitView> documentHits = new ArrayList<>();
        for (Found f : found) {
            HitRepository.Recorded hit = recorded.get(pendingKey(f.fresh(), travellerKey));
            HitId hitId = hit.id();
            String again = hit.screenedAgain() ? " (pending, screened again)" : "";
            AlertContent content = f.alert().content();
            var eligibility = f.eligibility();
            if (f.candidate() != null) {
                Candidate c = f.candidate();
                HitExplanation explanation = f.explanation();
                audits.add(AuditEvent.succeeded("ALERT_HIT", AlertService.RECORD, c.alertId().toString())
                        .withDetails("hit " + hitId + again + ", " + c.band() + " " + c.score() + ", alert version " + c.alertVersion()));
                if (viewer.viewOf(content) == NeedToKnow.View.FULL) {
                    candidates.add(new ScreeningOutcome.CandidateView(c.alertId(), hitId.value(), c.score(), c.band().name(),
                            content.actionOnHit().name(), content.contact(), c.externalReference(), c.alertVersion(),
                            c.matchedName(), explanation, content.category().name(), markers(content), content.owningAgency().value(),
                            eligibility.reviewOverdue(), "FULL"));
                } else {
                    candidates.add(new ScreeningOutcome.CandidateView(c.alertId(), hitId.value(), c.score(), c.band().name(),
                            content.actionOnHit().name(), content.contact(), null, null, null, null, null, null, null, null,
                            "ACTION_ONLY"));
                }
            } else {
                DocumentHit d = f.documentHit();
                TravellerDetails.Document presented = new TravellerDetails.Document(d.presented().issuingState().value(),
                        d.presented().number());
                audits.add(AuditEvent.succeeded("ALERT_HIT", AlertService.RECORD, d.alertId().toString())
                        .withDetails("hit " + hitId + again + ", document " + d.type() + " " + d.documentKey() + ", alert version " + d.alertVersion()));
                if (viewer.viewOf(content) == NeedToKnow.View.FULL) {
                    documentHits.add(new ScreeningOutcome.DocumentHitView(d.alertId(), hitId.value(), content.actionOnHit().name(),
                            content.contact(), presented, content.externalReference(), d.alertVersion(), d.type().name(),
                            d.documentKey(), content.category().name(), markers(content), content.owningAgency().value(),
                            eligibility.reviewOverdue(), "FULL"));
                } else {
                    documentHits.add(new ScreeningOutcome.DocumentHitView(d.alertId(), hitId.value(), content.actionOnHit().name(),
                            content.contact(), presented, null, null, null, null, null, null, null, null, "ACTION_ONLY"));
                }
            }
        }
        audits.add(AuditEvent.succeeded("TRAVELLER_SCREENED", "screening", null)
                .withDetails(candidates.size() + " candidates, " + documentHits.size() + " document hits"));
        return new ScreeningOutcome(candidates, documentHits);
    }

    private static String pendingKey(HitRecord h, String travellerKey) {
        return HitRepository.pendingKey(h.alertId(), h.alertVersion(), h.kind(), travellerKey, h.screenedByAgency());
    }

    /**
     * The stored alerts behind the candidates and document hits, read only when a screening finds
     * any (most find nothing): the index keeps no alert contents, so that a million of them do not
     * sit on the heap for the garbage collector to trace.
     */
    private Map<UUID, Alert> storedAlerts(ScreeningResult result) {
        List<AlertId> ids = new ArrayList<>();
        result.candidates().forEach(c -> ids.add(new AlertId(c.alertId())));
        result.documentHits().forEach(d -> ids.add(new AlertId(d.alertId())));
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, Alert> byId = new HashMap<>();
        alerts.findAll(ids).forEach(a -> byId.put(a.id().value(), a));
        return byId;
    }

    /**
     * Who the traveller is, for finding a pending hit again: the presented documents (normalised
     * issuing state and number) when there are any, otherwise the details as screened (names, date
     * of birth, nationalities, sex, spelled the same way). A hash, so the key has one length.
     */
    static String travellerKey(TravellerDetails traveller, List<String> documentKeys) {
        String identity;
        if (!documentKeys.isEmpty()) {
            identity = "documents|" + String.join(" ", new java.util.TreeSet<>(documentKeys));
        } else {
            identity = "details|" + String.join("|", traveller.names().stream()
                    .map(n -> n.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT)).toList())
                    + "|" + traveller.dateOfBirth() + "|" + String.join(",", new java.util.TreeSet<>(traveller.nationalities()))
                    + "|" + traveller.sex();
        }
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(identity.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> markers(AlertContent content) {
        TreeSet<String> names = new TreeSet<>();
        content.warningMarkers().forEach(m -> names.add(m.name()));
        return List.copyOf(names);
    }

    /** Checks the request's shape; the engine's input policy then refuses absurd names and numbers. */
    static TravellerDetails traveller(ScreeningRequest r) {
        List<FieldProblem> problems = new ArrayList<>();
        List<String> names = new ArrayList<>();
        if (r.names().size() > ScreeningInputPolicy.MAX_NAMES) {
            problems.add(new FieldProblem("names", "At most " + ScreeningInputPolicy.MAX_NAMES + " names."));
        } else {
            for (int i = 0; i < r.names().size(); i++) {
                String n = r.names().get(i);
                if (n == null || n.isBlank()) {
                    problems.add(new FieldProblem("names[" + i + "]", "A name is not empty."));
                } else {
                    names.add(n);
                }
            }
        }
        String given = blankToNull(r.givenNames());
        String surname = blankToNull(r.surname());
        if (given != null || surname != null) {
            String joined = given == null ? surname : surname == null ? given : given + " " + surname;
            if (joined.length() > 2 * ScreeningInputPolicy.MAX_NAME_LENGTH) {
                problems.add(new FieldProblem(surname != null ? "surname" : "givenNames", "longer than "
                        + ScreeningInputPolicy.MAX_NAME_LENGTH + " characters"));
            } else {
                names.add(0, joined);
            }
        }
        String dob = blankToNull(r.dateOfBirth());
        if (dob != null) {
            try {
                if (dob.length() > 10) throw new IllegalArgumentException();
                PartialDate.parse(dob);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("dateOfBirth", "A date of birth reads 1970, 1970-05 or 1970-05-17."));
            }
        }
        List<String> nationalities = new ArrayList<>();
        String nationality = blankToNull(r.nationality());
        if (nationality != null) {
            String code = nationality.toUpperCase(Locale.ROOT);
            if (!CountryCode.isWellFormed(code)) {
                problems.add(new FieldProblem("nationality", "A nationality is an ICAO 9303 code such as PLW or D."));
            } else {
                nationalities.add(code);
            }
        }
        String sex = blankToNull(r.sex());
        if (sex != null && !Set.of("M", "F", "X", "MALE", "FEMALE", "<").contains(sex.toUpperCase(Locale.ROOT))) {
            problems.add(new FieldProblem("sex", "Sex is M, F or X."));
        }
        List<TravellerDetails.Document> documents = new ArrayList<>();
        if (r.documents().size() > ScreeningInputPolicy.MAX_DOCUMENTS) {
            problems.add(new FieldProblem("documents", "At most " + ScreeningInputPolicy.MAX_DOCUMENTS + " documents."));
        } else {
            for (int i = 0; i < r.documents().size(); i++) {
                ScreeningRequest.Document d = r.documents().get(i);
                String state = d == null ? null : blankToNull(d.issuingState());
                String number = d == null ? null : blankToNull(d.number());
                if (state == null || !CountryCode.isWellFormed(state.toUpperCase(Locale.ROOT))) {
                    problems.add(new FieldProblem("documents[" + i + "].issuingState", "The issuing state is an ICAO 9303 code such as PLW."));
                }
                if (number == null) {
                    problems.add(new FieldProblem("documents[" + i + "].number", "Give the document number."));
                } else if (number.length() > ScreeningInputPolicy.MAX_DOCUMENT_NUMBER_LENGTH) {
                    problems.add(new FieldProblem("documents[" + i + "].number", "longer than "
                            + ScreeningInputPolicy.MAX_DOCUMENT_NUMBER_LENGTH + " characters"));
                } else if (org.atoll.alert.screening.DocumentKeys.normaliseNumber(number).isEmpty()) {
                    problems.add(new FieldProblem("documents[" + i + "].number", "A document number has letters or digits."));
                }
                if (state != null && number != null) {
                    documents.add(new TravellerDetails.Document(state.toUpperCase(Locale.ROOT), number));
                }
            }
        }
        if (names.isEmpty() && documents.isEmpty() && problems.isEmpty()) {
            problems.add(new FieldProblem("names", "Give the traveller's names (or surname and givenNames) or a document."));
        }
        AlertService.reject(problems);
        return new TravellerDetails(names, dob, nationalities, sex == null ? null : sex.toUpperCase(Locale.ROOT), documents);
    }

    static ScreeningQuery query(TravellerDetails t) {
        ScreeningQuery.Builder b = ScreeningQuery.builder();
        t.names().forEach(b::name);
        if (t.dateOfBirth() != null) b.bornOn(t.dateOfBirth());
        t.nationalities().forEach(b::nationality);
        b.sex(t.sex() == null ? Sex.UNKNOWN : Sex.fromText(t.sex()));
        t.documents().forEach(d -> b.document(d.issuingState(), d.number()));
        return b.build();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Set<String> keys(List<TravelDocument> documents) {
        Set<String> keys = new LinkedHashSet<>();
        documents.forEach(d -> keys.add(d.documentKey()));
        return keys;
    }
}
