package org.atoll.alert.screening;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

/**
 * The screening engine of the alert list: an in-memory index of person and document alerts,
 * updated one alert at a time, screened concurrently. Plain Java; the alert module feeds it
 * from its records and maps {@link InvalidScreeningInputException} to a 422.
 *
 * <p>Screening takes a read lock, updates a write lock: many booths screen at once while an
 * alert change waits only for the screenings in flight (microseconds to a millisecond each).
 */
public final class ScreeningEngine {

    private final ScreeningThresholds thresholds;
    private final PersonIndex persons = new PersonIndex();
    private final DocumentIndex documents = new DocumentIndex();
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final ThreadLocal<PersonIndex.Scratch> scratch = ThreadLocal.withInitial(PersonIndex.Scratch::new);

    public ScreeningEngine() {
        this(ScreeningThresholds.DEFAULT);
    }

    public ScreeningEngine(ScreeningThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    public ScreeningThresholds thresholds() {
        return thresholds;
    }

    /** Adds a person alert, or replaces the indexed version of the same alert. */
    public void put(WatchlistEntry entry) {
        PersonIndex.Prepared prepared = PersonIndex.prepare(entry);
        lock.writeLock().lock();
        try {
            persons.put(prepared);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Adds many person alerts. Names are normalised in parallel, one batch ahead of the batch being
     * inserted, so both cores work during a rebuild; the write lock is held per batch, so
     * screenings go on during a bulk load.
     */
    public void putAll(Collection<WatchlistEntry> entries) {
        List<WatchlistEntry> all = new ArrayList<>(entries);
        int batch = 4096;
        CompletableFuture<List<PersonIndex.Prepared>> next = prepare(all, 0, batch);
        for (int from = 0; from < all.size(); from += batch) {
            List<PersonIndex.Prepared> ready = next.join();
            if (from + batch < all.size()) {
                next = prepare(all, from + batch, batch);
            }
            lock.writeLock().lock();
            try {
                for (PersonIndex.Prepared p : ready) {
                    persons.put(p);
                }
            } finally {
                lock.writeLock().unlock();
            }
        }
        lock.writeLock().lock();
        try {
            persons.trim();
        } finally {
            lock.writeLock().unlock();
        }
    }

    private static CompletableFuture<List<PersonIndex.Prepared>> prepare(List<WatchlistEntry> all, int from, int batch) {
        List<WatchlistEntry> slice = all.subList(from, Math.min(all.size(), from + batch));
        return CompletableFuture.supplyAsync(() -> slice.stream().map(PersonIndex::prepare).collect(Collectors.toList()));
    }

    /** Removes a person alert; true if it was indexed. */
    public boolean remove(UUID alertId) {
        lock.writeLock().lock();
        try {
            return persons.remove(alertId);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void putDocument(DocumentAlertEntry entry) {
        lock.writeLock().lock();
        try {
            documents.put(entry);
        } finally {
            lock.writeLock().unlock();
        }
    }

    public void putAllDocuments(Collection<DocumentAlertEntry> entries) {
        lock.writeLock().lock();
        try {
            documents.ensureCapacity(documents.size() + entries.size());
            for (DocumentAlertEntry e : entries) {
                documents.put(e);
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Removes the document alert of this alert on this document; true if it was indexed. */
    public boolean removeDocument(UUID alertId, TravelDocument document) {
        lock.writeLock().lock();
        try {
            return documents.remove(alertId, document.documentKey());
        } finally {
            lock.writeLock().unlock();
        }
    }

    public int personAlertCount() {
        lock.readLock().lock();
        try {
            return persons.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public int documentAlertCount() {
        lock.readLock().lock();
        try {
            return documents.size();
        } finally {
            lock.readLock().unlock();
        }
    }

    public ScreeningResult screen(ScreeningQuery query) {
        return screen(query, Suppressions.NONE);
    }

    /**
     * Screens a traveller: ranked person candidates at or above the POSSIBLE threshold (at most
     * {@link ScreeningThresholds#maxCandidates()}), minus hits already judged false positives for
     * one of the traveller's documents and the same alert version; and, always, the document hits.
     */
    public ScreeningResult screen(ScreeningQuery query, Suppressions suppressions) {
        ScreeningInputPolicy.check(query);
        NameNormaliser normaliser = NameNormaliser.instance();
        List<List<NameToken>> names = new ArrayList<>(query.names().size());
        for (String name : query.names()) {
            List<NameToken> tokens = normaliser.normalise(name);
            if (!tokens.isEmpty()) names.add(tokens);
        }
        List<String> documentKeys = query.documents().stream().map(TravelDocument::documentKey).toList();
        lock.readLock().lock();
        try {
            List<Candidate> candidates = names.isEmpty() ? List.of() : scorePersons(names, query, suppressions, documentKeys);
            List<DocumentHit> hits = DocumentIndex.newHitList();
            for (TravelDocument d : query.documents()) {
                documents.find(d, hits);
            }
            return new ScreeningResult(candidates, hits);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The document check alone: exact match on normalised issuing state and number. */
    public List<DocumentHit> checkDocument(TravelDocument document) {
        List<DocumentHit> hits = DocumentIndex.newHitList();
        lock.readLock().lock();
        try {
            documents.find(document, hits);
        } finally {
            lock.readLock().unlock();
        }
        return hits;
    }

    private List<Candidate> scorePersons(List<List<NameToken>> names, ScreeningQuery query, Suppressions suppressions,
                                         List<String> documentKeys) {
        PersonIndex.Scratch s = scratch.get();
        IntList slots = persons.retrieve(names, query.dateOfBirth() == null ? 0 : query.dateOfBirth().year(), s);
        int nNames = names.size();
        boolean[][] queryCommon = new boolean[nNames][];
        NameToken[][][] queryJoins = new NameToken[nNames][][];
        CompareCache[] caches = s.compareCaches(nNames);
        for (int q = 0; q < nNames; q++) {
            queryCommon[q] = NameMatcher.queryCommonness(names.get(q), persons::isCommon);
            queryJoins[q] = NameMatcher.queryJoins(names.get(q));
            caches[q].clear();
        }
        List<Candidate> out = new ArrayList<>();
        for (int k = 0; k < slots.size; k++) {
            int slot = slots.values[k];
            WatchlistEntry entry = persons.entryAt(slot);
            if (suppressed(entry, documentKeys, suppressions)) continue;
            DateOfBirthAgreement dob = DateOfBirthComparison.compare(query.dateOfBirth(), entry.datesOfBirth());
            Agreement nationality = CandidateScoring.nationality(query.nationalities(), entry.nationalities());
            Agreement sex = CandidateScoring.sex(query.sex(), entry.sex());
            // a name score is at most 1: where the other details cap even a perfect name below
            // POSSIBLE (a conflicting date of birth and nationality), no name match can report it
            if (CandidateScoring.best(dob, nationality, sex) < thresholds.possible()) continue;
            double best = -1;
            NameMatch bestMatch = null;
            int bestName = 0;
            int bestRecord = -1;
            int bestQuery = -1;
            for (int record : persons.recordsAt(slot)) {
                List<NameToken> alertName = persons.tokensOf(record);
                int[] alertIds = persons.tokenIdsOf(record);
                boolean consonants = persons.consonantsOnly(record);
                int na = Math.min(alertName.size(), NameMatcher.MAX_PARTS);
                boolean[] alertCommon = new boolean[na];
                for (int j = 0; j < na; j++) {
                    NameToken t = alertName.get(j);
                    alertCommon[j] = !t.isParticle() && !t.isInitial() && persons.isCommon(alertIds[j], consonants);
                }
                for (int q = 0; q < nNames; q++) {
                    NameMatch m = NameMatcher.match(names.get(q), queryCommon[q], queryJoins[q], alertName, alertIds,
                            alertCommon, consonants, caches[q], false);
                    if (m.score() <= 0) continue;
                    double score = CandidateScoring.score(m, dob, nationality, sex, thresholds);
                    if (score > best) {
                        best = score;
                        bestMatch = m;
                        bestName = persons.nameIndexOf(record);
                        bestRecord = record;
                        bestQuery = q;
                    }
                }
            }
            Band band = bestMatch == null ? null : thresholds.bandOf(best);
            if (band == null) continue;
            // the explanation (part texts, leftovers) only for the pairing that is reported
            List<NameToken> alertName = persons.tokensOf(bestRecord);
            int[] alertIds = persons.tokenIdsOf(bestRecord);
            boolean consonants = persons.consonantsOnly(bestRecord);
            boolean[] alertCommon = new boolean[Math.min(alertName.size(), NameMatcher.MAX_PARTS)];
            for (int j = 0; j < alertCommon.length; j++) {
                NameToken t = alertName.get(j);
                alertCommon[j] = !t.isParticle() && !t.isInitial() && persons.isCommon(alertIds[j], consonants);
            }
            bestMatch = NameMatcher.match(names.get(bestQuery), queryCommon[bestQuery], queryJoins[bestQuery], alertName, alertIds,
                    alertCommon, consonants, caches[bestQuery], true);
            Explanation explanation = CandidateScoring.explain(bestMatch, dob, entry.datesOfBirth(), nationality,
                    entry.nationalities(), sex);
            out.add(new Candidate(entry.alertId(), entry.alertVersion(), entry.externalReference(),
                    Math.round(best * 1000) / 1000.0, band, entry.names().get(bestName).text(), explanation));
        }
        out.sort((a, b) -> Double.compare(b.score(), a.score()));
        return out.size() > thresholds.maxCandidates() ? out.subList(0, thresholds.maxCandidates()) : out;
    }

    private static boolean suppressed(WatchlistEntry entry, List<String> documentKeys, Suppressions suppressions) {
        for (String key : documentKeys) {
            if (suppressions.isSuppressed(entry.alertId(), entry.alertVersion(), key)) return true;
        }
        return false;
    }

    /** Figures about the index for operators and benchmarks. */
    public String describe() {
        lock.readLock().lock();
        try {
            return persons.size() + " person alerts, " + persons.distinctTokens() + " distinct name tokens, "
                    + documents.size() + " document alerts";
        } finally {
            lock.readLock().unlock();
        }
    }
}
