package org.atoll.alert.screening;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The person-alert index: a dictionary of distinct name tokens with fuzzy (deletion
 * neighbourhood) and consonant-key look-up, token → name-record postings, and the indexed
 * entries. Retrieval never scans the list: traveller tokens find dictionary tokens, rare tokens
 * expand to records, common ones only add to records already found, and a bounded set of the
 * best records is re-scored exactly. Not thread-safe by itself; {@link ScreeningEngine} guards it.
 */
final class PersonIndex {

    /** Postings longer than this are not expanded when rarer evidence exists. */
    static final int EXPAND_LIMIT = 2_000;
    /** How many name records go on to exact re-scoring. */
    static final int RESCORE_LIMIT = 80;
    /** How many dictionary tokens one traveller name part may bring in. */
    static final int MAX_HITS_PER_PART = 12;
    /**
     * How many dictionary tokens with exactly the consonant key of a vowel-less (Arabic-script)
     * traveller name part it may bring in besides: all of them are equally good readings of it
     * (MHMD: MUHAMMAD, MOHAMMED, MOHAMED, MAHMOUD...), so they are not ranked against each other
     * by similarity; past this many, the spellings most alerts use are kept.
     */
    static final int MAX_SAME_KEY_PER_PART = 64;
    /** Retrieval evidence for a year of birth that agrees (a common name part is worth about 4). */
    static final float BIRTH_YEAR_BONUS = 0.3f;
    /** How many found records common tokens may add evidence to. */
    static final int BOOST_LIMIT = 4_000;
    private static final long TEXT_SEED = 0;
    private static final long KEY_SEED = 0x5bd1e995L;

    private final Map<String, Integer> tokenIds = new HashMap<>();
    private NameToken[] tokens = new NameToken[1024];
    /** Per dictionary token: bit 0 common in the world's name tables, bit 1 the same for vowel-less spellings. */
    private byte[] tableCommon = new byte[1024];
    private IntList[] postings = new IntList[1024];
    private int tokenCount;
    private final LongIntMultiMap textNeighbours = new LongIntMultiMap(1 << 16);
    private final LongIntMultiMap keyNeighbours = new LongIntMultiMap(1 << 16);

    private int[] recordEntry = new int[1024];
    private int[][] recordTokens = new int[1024][];
    private byte[] recordFlags = new byte[1024];
    private short[] recordName = new short[1024];
    private int recordCount;
    private int liveRecords;

    private WatchlistEntry[] entries = new WatchlistEntry[1024];
    private int[][] entryRecords = new int[1024][];
    /** Per entry slot: earliest and latest year of birth the alert gives (0: none), for ranking ties. */
    private short[] slotYearFrom = new short[1024];
    private short[] slotYearTo = new short[1024];
    private int entryCount;
    private final Map<UUID, Integer> slotByAlert = new HashMap<>();
    private final IntList freeSlots = new IntList(16);

    /** A normalised entry, prepared outside the lock. */
    record Prepared(WatchlistEntry entry, List<List<NameToken>> names, boolean[] consonantsOnly) {
    }

    static Prepared prepare(WatchlistEntry entry) {
        NameNormaliser normaliser = NameNormaliser.instance();
        List<List<NameToken>> names = new ArrayList<>(entry.names().size());
        boolean[] consonants = new boolean[entry.names().size()];
        int k = 0;
        for (WatchlistName name : entry.names()) {
            List<NameToken> t = normaliser.normalise(name.text());
            if (t.size() > NameMatcher.MAX_PARTS) t = t.subList(0, NameMatcher.MAX_PARTS);
            names.add(t);
            consonants[k++] = !t.isEmpty() && t.get(0).consonantsOnly();
        }
        return new Prepared(entry, names, consonants);
    }

    int size() {
        return slotByAlert.size();
    }

    int distinctTokens() {
        return tokenCount;
    }

    WatchlistEntry get(UUID alertId) {
        Integer slot = slotByAlert.get(alertId);
        return slot == null ? null : entries[slot];
    }

    void put(Prepared p) {
        remove(p.entry().alertId());
        int slot = freeSlots.size > 0 ? freeSlots.values[--freeSlots.size] : entryCount++;
        if (slot >= entries.length) {
            entries = Arrays.copyOf(entries, entries.length * 2);
            entryRecords = Arrays.copyOf(entryRecords, entryRecords.length * 2);
            slotYearFrom = Arrays.copyOf(slotYearFrom, slotYearFrom.length * 2);
            slotYearTo = Arrays.copyOf(slotYearTo, slotYearTo.length * 2);
        }
        entries[slot] = p.entry();
        int from = 0;
        int to = 0;
        for (BirthDateRange r : p.entry().datesOfBirth()) {
            if (from == 0 || r.earliest().year() < from) from = r.earliest().year();
            if (r.latest().year() > to) to = r.latest().year();
        }
        slotYearFrom[slot] = (short) from;
        slotYearTo[slot] = (short) to;
        int[] records = new int[p.names().size()];
        int used = 0;
        for (int n = 0; n < p.names().size(); n++) {
            List<NameToken> name = p.names().get(n);
            if (name.isEmpty()) continue;
            int record = recordCount++;
            ensureRecordCapacity();
            int[] ids = new int[name.size()];
            for (int i = 0; i < name.size(); i++) {
                ids[i] = tokenId(name.get(i));
            }
            recordEntry[record] = slot;
            recordTokens[record] = ids;
            recordFlags[record] = (byte) (p.consonantsOnly()[n] ? 1 : 0);
            recordName[record] = (short) n;
            for (int id : indexTokens(name, ids)) {
                postings[id].addIfNotLast(record);
            }
            records[used++] = record;
            liveRecords++;
        }
        entryRecords[slot] = used == records.length ? records : Arrays.copyOf(records, used);
        slotByAlert.put(p.entry().alertId(), slot);
    }

    boolean remove(UUID alertId) {
        Integer slot = slotByAlert.remove(alertId);
        if (slot == null) return false;
        for (int record : entryRecords[slot]) {
            List<NameToken> name = tokensOf(record);
            for (int id : indexTokens(name, recordTokens[record])) {
                postings[id].removeSorted(record);
            }
            recordEntry[record] = -1;
            recordTokens[record] = null;
            liveRecords--;
        }
        entries[slot] = null;
        entryRecords[slot] = null;
        freeSlots.add(slot);
        return true;
    }

    /** The tokens a record is posted under: its parts (not particles or initials) and particle compounds. */
    private int[] indexTokens(List<NameToken> name, int[] ids) {
        IntList out = new IntList(ids.length + 2);
        for (int i = 0; i < ids.length; i++) {
            NameToken t = name.get(i);
            if (!t.isParticle() && !t.isInitial()) out.add(ids[i]);
            if ((t.isParticle() || isPrefix(t)) && i + 1 < ids.length) {
                int span = name.get(i + 1).isParticle() && i + 2 < ids.length ? 3 : 2;
                NameToken joined = NameMatcher.join(name, i, span, t.consonantsOnly());
                out.add(tokenId(joined));
            }
        }
        int[] result = Arrays.copyOf(out.values, out.size);
        Arrays.sort(result);
        int n = 0;
        for (int i = 0; i < result.length; i++) {
            if (i == 0 || result[i] != result[i - 1]) result[n++] = result[i];
        }
        return Arrays.copyOf(result, n);
    }

    private static boolean isPrefix(NameToken t) {
        String c = t.canonical();
        return c.equals("ABD") || c.equals("ABU") || c.equals("UMM");
    }

    private int tokenId(NameToken t) {
        Integer id = tokenIds.get(t.text());
        if (id != null) return id;
        int newId = tokenCount++;
        if (newId >= tokens.length) {
            tokens = Arrays.copyOf(tokens, tokens.length * 2);
            postings = Arrays.copyOf(postings, postings.length * 2);
            tableCommon = Arrays.copyOf(tableCommon, tableCommon.length * 2);
        }
        // dictionary tokens are script-neutral; whether a record's tokens lack vowels is a record flag
        NameToken stored = new NameToken(t.text(), t.canonical(), t.key(), t.flags() & ~NameToken.CONSONANTS_ONLY);
        tokens[newId] = stored;
        tableCommon[newId] = (byte) ((NameVariants.isCommon(stored.canonical(), stored.key(), false) ? 1 : 0)
                | (NameVariants.isCommon(stored.canonical(), stored.key(), true) ? 2 : 0));
        postings[newId] = new IntList(2);
        tokenIds.put(stored.text(), newId);
        String text = stored.text();
        textNeighbours.put(LongIntMultiMap.hash(text, -1, TEXT_SEED), newId);
        if (text.length() >= 4) {
            for (int i = 0; i < text.length(); i++) {
                if (i > 0 && text.charAt(i) == text.charAt(i - 1)) continue;
                textNeighbours.put(LongIntMultiMap.hash(text, i, TEXT_SEED), newId);
            }
        }
        String key = stored.key();
        if (!key.isEmpty()) {
            keyNeighbours.put(LongIntMultiMap.hash(key, -1, KEY_SEED), newId);
            if (key.length() >= 3) {
                for (int i = 0; i < key.length(); i++) {
                    keyNeighbours.put(LongIntMultiMap.hash(key, i, KEY_SEED) ^ 0x9e3779b97f4a7c15L, newId);
                }
            }
        }
        return newId;
    }

    private void ensureRecordCapacity() {
        if (recordCount > recordEntry.length) {
            int cap = recordEntry.length * 2;
            recordEntry = Arrays.copyOf(recordEntry, cap);
            recordTokens = Arrays.copyOf(recordTokens, cap);
            recordFlags = Arrays.copyOf(recordFlags, cap);
            recordName = Arrays.copyOf(recordName, cap);
        }
    }

    List<NameToken> tokensOf(int record) {
        int[] ids = recordTokens[record];
        NameToken[] out = new NameToken[ids.length];
        for (int i = 0; i < ids.length; i++) out[i] = tokens[ids[i]];
        return Arrays.asList(out);
    }

    boolean consonantsOnly(int record) {
        return recordFlags[record] != 0;
    }

    /** Common in the world (name tables) or in this list (more than 0.3 % of names and at least 30 of them). */
    boolean isCommon(NameToken token, boolean consonantsOnly) {
        if (NameVariants.isCommon(token.canonical(), token.key(), consonantsOnly)) return true;
        Integer id = tokenIds.get(token.text());
        if (id == null) return false;
        int df = postings[id].size;
        return df >= 30 && df * 1000L > liveRecords * 3L;
    }

    /** {@link #isCommon} for the dictionary token of a record, without a dictionary look-up. */
    boolean isCommon(int tokenId, boolean consonantsOnly) {
        if ((tableCommon[tokenId] & (consonantsOnly ? 2 : 1)) != 0) return true;
        int df = postings[tokenId].size;
        return df >= 30 && df * 1000L > liveRecords * 3L;
    }

    /** The dictionary ids of a record's name parts, in order (do not modify). */
    int[] tokenIdsOf(int record) {
        return recordTokens[record];
    }

    // ---- retrieval ----

    /** Finds the entries worth exact scoring for the traveller's tokens, best evidence first. */
    IntList retrieve(List<List<NameToken>> queryNames, Scratch scratch) {
        return retrieve(queryNames, 0, scratch);
    }

    /**
     * As above; with the traveller's year of birth (0: unknown), records whose alert gives a year
     * of birth within two years of it rank a little higher ({@link #BIRTH_YEAR_BONUS}), so that
     * among thousands of records with equal name evidence (MOHAMMED ALI) exact scoring sees the
     * ones the date of birth will not rule out.
     */
    IntList retrieve(List<List<NameToken>> queryNames, int birthYear, Scratch scratch) {
        scratch.birthYear = birthYear;
        CandidateAccumulator acc = scratch.accumulator;
        acc.reset();
        List<long[]> deferred = scratch.deferred;
        deferred.clear();
        int part = 0;
        for (List<NameToken> name : queryNames) {
            for (int i = 0; i < name.size(); i++) {
                NameToken q = name.get(i);
                if (!q.isParticle() && !q.isInitial()) {
                    lookUp(q, part, scratch, deferred);
                }
                part++;
                if (i + 1 < name.size() && !name.get(i + 1).isInitial() && !q.isInitial()) {
                    NameToken joined = NameMatcher.join(name, i, 2, q.consonantsOnly());
                    lookUp(joined, part++, scratch, deferred);
                }
            }
        }
        if (!deferred.isEmpty()) {
            if (acc.size() == 0 && intersectCommon(deferred, scratch, acc)) {
                return topEntries(acc, scratch);
            }
            if (acc.size() == 0) {
                long[] smallest = null;
                for (long[] d : deferred) {
                    if (smallest == null || postings[(int) d[0]].size < postings[(int) smallest[0]].size) smallest = d;
                }
                expand((int) smallest[0], (int) smallest[1], Float.intBitsToFloat((int) smallest[2]), acc);
                deferred.remove(smallest);
            }
            // common tokens only add to records already found, and only while that set is small:
            // the found records, sorted, galloped through each common posting
            int n = Math.min(acc.size(), BOOST_LIMIT);
            int[] found = scratch.sortedFound(n);
            for (int k = 0; k < n; k++) found[k] = acc.recordAt(k);
            Arrays.sort(found, 0, n);
            for (long[] d : deferred) {
                IntList posting = postings[(int) d[0]];
                int boostPart = (int) d[1];
                float value = Float.intBitsToFloat((int) d[2]);
                int[] p = posting.values;
                int size = posting.size;
                int at = 0;
                for (int k = 0; k < n && at < size; k++) {
                    int record = found[k];
                    at = gallop(p, at, size, record);
                    if (at < size && p[at] == record) acc.add(record, part, value);
                }
            }
        }
        return topEntries(acc, scratch);
    }

    /**
     * When every traveller name part is common (MOHAMMED ALI, JOHN SMITH at 1 M alerts: postings
     * of tens of thousands), candidates are the records sharing at least two of its parts, one of
     * them the part with the shortest postings: that part's postings are marked in a per-thread
     * byte map, the other parts' postings are scanned against it. Returns false (nothing added)
     * when fewer than two parts are common or no record shares two of them.
     */
    private boolean intersectCommon(List<long[]> deferred, Scratch scratch, CandidateAccumulator acc) {
        // the driving part: the one whose common tokens have the fewest postings in total
        int driver = -1;
        long driverSize = Long.MAX_VALUE;
        int parts = 0;
        for (long[] d : deferred) {
            int part = (int) d[1];
            boolean seen = false;
            for (long[] e : deferred) {
                if (e == d) break;
                if ((int) e[1] == part) {
                    seen = true;
                    break;
                }
            }
            if (seen) continue;
            parts++;
            long size = 0;
            for (long[] e : deferred) {
                if ((int) e[1] == part) size += postings[(int) e[0]].size;
            }
            if (size < driverSize) {
                driverSize = size;
                driver = part;
            }
        }
        if (parts < 2) return false;
        byte[] mark = scratch.marks(recordCount);
        float[] driverValues = scratch.driverValues;
        int tokensMarked = 0;
        for (long[] d : deferred) {
            if ((int) d[1] != driver || tokensMarked == 127) continue;
            driverValues[tokensMarked] = Float.intBitsToFloat((int) d[2]);
            byte m = (byte) ++tokensMarked;
            IntList posting = postings[(int) d[0]];
            int[] v = posting.values;
            for (int k = 0, n = posting.size; k < n; k++) {
                int r = v[k];
                // keep the best driver token per record
                if (mark[r] == 0 || driverValues[(mark[r] & 0xFF) - 1] < driverValues[m - 1]) mark[r] = m;
            }
        }
        for (long[] d : deferred) {
            int part = (int) d[1];
            if (part == driver) continue;
            float value = Float.intBitsToFloat((int) d[2]);
            IntList posting = postings[(int) d[0]];
            int[] v = posting.values;
            for (int k = 0, n = posting.size; k < n; k++) {
                int r = v[k];
                int m = mark[r];
                if (m != 0) {
                    acc.add(r, driver, driverValues[(m & 0xFF) - 1]);
                    acc.add(r, part, value);
                }
            }
        }
        int marked = 0;
        for (long[] d : deferred) {
            if ((int) d[1] != driver || marked++ == 127) continue;
            IntList posting = postings[(int) d[0]];
            int[] v = posting.values;
            for (int k = 0, n = posting.size; k < n; k++) mark[v[k]] = 0;
        }
        return acc.size() > 0;
    }

    /** The first index at or after {@code from} whose value is at least {@code target} (exponential then binary search). */
    static int gallop(int[] a, int from, int size, int target) {
        if (from >= size || a[from] >= target) return from;
        int step = 1;
        int lo = from;
        int hi = from + 1;
        while (hi < size && a[hi] < target) {
            lo = hi;
            step <<= 1;
            hi = from + step;
        }
        if (hi > size) hi = size;
        // a[lo] < target; answer in (lo, hi]
        int l = lo + 1;
        int h = hi;
        while (l < h) {
            int mid = (l + h) >>> 1;
            if (a[mid] < target) l = mid + 1;
            else h = mid;
        }
        return l;
    }

    private void lookUp(NameToken q, int part, Scratch scratch, List<long[]> deferred) {
        IntList found = scratch.found;
        found.clear();
        Integer exact = tokenIds.get(q.text());
        if (exact != null) found.add(exact);
        String text = q.text();
        if (!q.consonantsOnly() && text.length() >= 4) {
            textNeighbours.get(LongIntMultiMap.hash(text, -1, TEXT_SEED), found);
            for (int i = 0; i < text.length(); i++) {
                if (i > 0 && text.charAt(i) == text.charAt(i - 1)) continue;
                textNeighbours.get(LongIntMultiMap.hash(text, i, TEXT_SEED), found);
            }
        }
        String key = q.key();
        // short keys (two consonants) match thousands of unrelated names: Latin tokens need three
        if (key.length() >= 3 || (q.consonantsOnly() && key.length() == 2)) {
            keyNeighbours.get(LongIntMultiMap.hash(key, -1, KEY_SEED), found);
            if (q.consonantsOnly() && key.length() >= 4) {
                for (int i = 0; i < key.length(); i++) {
                    keyNeighbours.get(LongIntMultiMap.hash(key, i, KEY_SEED) ^ 0x9e3779b97f4a7c15L, found);
                }
            }
        }
        int[] ids = found.values;
        int n = found.size;
        Arrays.sort(ids, 0, n);
        float live = Math.max(1, liveRecords);
        // keep the best MAX_HITS_PER_PART dictionary tokens by similarity, packed (similarity, id);
        // for a vowel-less part, the tokens with its very consonant key apart, packed (postings, id)
        long[] best = scratch.hits;
        int kept = 0;
        long[] sameKey = scratch.sameKey;
        float[] sameKeySimilarity = scratch.sameKeySimilarity;
        int sameKept = 0;
        for (int k = 0; k < n; k++) {
            int id = ids[k];
            if (k > 0 && id == ids[k - 1]) continue;
            if (postings[id].size == 0) continue;
            NameToken t = tokens[id];
            long cmp = TokenComparison.compare(q, t, q.consonantsOnly());
            if (cmp == TokenComparison.NONE && q.consonantsOnly()) continue;
            if (cmp == TokenComparison.NONE) {
                // Latin traveller token vs vowel-less alert token from Arabic script
                cmp = TokenComparison.compare(q, t, true);
                if (cmp == TokenComparison.NONE) continue;
            }
            if (q.consonantsOnly() && key.equals(t.key())) {
                long byUse = ((long) postings[id].size << 32) | id;
                int at = sameKept;
                if (sameKept < MAX_SAME_KEY_PER_PART) {
                    sameKept++;
                } else {
                    at = 0;
                    for (int w = 1; w < sameKept; w++) if (sameKey[w] < sameKey[at]) at = w;
                    if (byUse < sameKey[at]) continue;
                }
                sameKey[at] = byUse;
                sameKeySimilarity[at] = (float) TokenComparison.similarity(cmp);
                continue;
            }
            long packed = ((long) Math.round(TokenComparison.similarity(cmp) * 1_000_000) << 32) | id;
            if (kept < MAX_HITS_PER_PART) {
                best[kept++] = packed;
            } else {
                int worst = 0;
                for (int w = 1; w < kept; w++) if (best[w] < best[worst]) worst = w;
                if (packed > best[worst]) best[worst] = packed;
            }
        }
        for (int k = 0; k < kept; k++) {
            take((int) best[k], (float) ((best[k] >>> 32) / 1_000_000.0), part, live, scratch, deferred);
        }
        for (int k = 0; k < sameKept; k++) {
            take((int) sameKey[k], sameKeySimilarity[k], part, live, scratch, deferred);
        }
    }

    /** Adds a dictionary token's records as evidence for a name part, or defers a common token. */
    private void take(int id, float similarity, int part, float live, Scratch scratch, List<long[]> deferred) {
        IntList posting = postings[id];
        float idf = (float) Math.log(1 + live / posting.size);
        float value = similarity * idf;
        if (posting.size > EXPAND_LIMIT) {
            deferred.add(new long[]{id, part, Float.floatToIntBits(value)});
        } else {
            expand(id, part, value, scratch.accumulator);
        }
    }

    private void expand(int tokenId, int part, float value, CandidateAccumulator acc) {
        IntList posting = postings[tokenId];
        int[] v = posting.values;
        for (int k = 0, n = posting.size; k < n; k++) {
            acc.add(v[k], part, value);
        }
    }

    private IntList topEntries(CandidateAccumulator acc, Scratch scratch) {
        int n = acc.size();
        int limit = Math.min(RESCORE_LIMIT, n);
        // partial selection: keep the best `limit` (total, record) pairs packed into longs
        long[] heap = scratch.heap;
        int size = 0;
        int year = scratch.birthYear;
        for (int k = 0; k < n; k++) {
            int rec = acc.recordAt(k);
            float total = acc.totalAt(k);
            if (year != 0) {
                int slot = recordEntry[rec];
                if (slot >= 0 && slotYearFrom[slot] != 0 && year >= slotYearFrom[slot] - 2 && year <= slotYearTo[slot] + 2) {
                    total += BIRTH_YEAR_BONUS;
                }
            }
            long packed = ((long) Float.floatToIntBits(total) << 32) | (rec & 0xFFFFFFFFL);
            if (size < limit) {
                heap[size++] = packed;
                siftUp(heap, size - 1);
            } else if (packed > heap[0]) {
                heap[0] = packed;
                siftDown(heap, size);
            }
        }
        Arrays.sort(heap, 0, size);
        IntList seen = scratch.slots;
        seen.clear();
        for (int k = size - 1; k >= 0; k--) {
            int record = (int) heap[k];
            int slot = recordEntry[record];
            if (slot < 0) continue;
            boolean dup = false;
            for (int s = 0; s < seen.size; s++) {
                if (seen.values[s] == slot) {
                    dup = true;
                    break;
                }
            }
            if (dup) continue;
            seen.add(slot);
        }
        return seen;
    }

    WatchlistEntry entryAt(int slot) {
        return entries[slot];
    }

    int[] recordsAt(int slot) {
        return entryRecords[slot];
    }

    int nameIndexOf(int record) {
        return recordName[record];
    }

    int[] recordsOf(UUID alertId) {
        Integer slot = slotByAlert.get(alertId);
        return slot == null ? new int[0] : entryRecords[slot];
    }

    private static void siftUp(long[] h, int i) {
        while (i > 0) {
            int p = (i - 1) >> 1;
            if (h[p] <= h[i]) break;
            long t = h[p];
            h[p] = h[i];
            h[i] = t;
            i = p;
        }
    }

    private static void siftDown(long[] h, int size) {
        int i = 0;
        while (true) {
            int l = 2 * i + 1;
            if (l >= size) break;
            int r = l + 1;
            int m = r < size && h[r] < h[l] ? r : l;
            if (h[i] <= h[m]) break;
            long t = h[m];
            h[m] = h[i];
            h[i] = t;
            i = m;
        }
    }

    void trim() {
        for (int i = 0; i < tokenCount; i++) postings[i].trim();
    }

    /** Per-thread working memory for one screening at a time. */
    static final class Scratch {
        final CandidateAccumulator accumulator = new CandidateAccumulator();
        final List<long[]> deferred = new ArrayList<>();
        final IntList found = new IntList(256);
        final long[] heap = new long[RESCORE_LIMIT];
        final IntList slots = new IntList(RESCORE_LIMIT);
        final long[] hits = new long[MAX_HITS_PER_PART];
        final long[] sameKey = new long[MAX_SAME_KEY_PER_PART];
        final float[] sameKeySimilarity = new float[MAX_SAME_KEY_PER_PART];
        final float[] driverValues = new float[128];
        int birthYear;
        private byte[] marks = new byte[0];
        private int[] sortedFound = new int[256];

        /** One byte per name record, all zero between uses (about 1.3 MB per thread at 1 M alerts). */
        byte[] marks(int records) {
            if (marks.length < records) marks = new byte[records + (records >> 3)];
            return marks;
        }

        private CompareCache[] compareCaches = new CompareCache[0];

        /** One comparison memo per traveller name. */
        CompareCache[] compareCaches(int names) {
            if (compareCaches.length < names) {
                CompareCache[] grown = java.util.Arrays.copyOf(compareCaches, names);
                for (int i = compareCaches.length; i < names; i++) grown[i] = new CompareCache();
                compareCaches = grown;
            }
            return compareCaches;
        }

        int[] sortedFound(int n) {
            if (sortedFound.length < n) sortedFound = new int[Math.max(n, sortedFound.length * 2)];
            return sortedFound;
        }
    }
}
