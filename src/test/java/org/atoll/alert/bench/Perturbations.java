package org.atoll.alert.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.ScreeningQuery;
import org.atoll.alert.screening.WatchlistEntry;

/**
 * Perturbed queries with known truth, made from each list entry's primary name: one query per
 * applicable kind (typo, transposed letters, order swap, dropped or added middle name, particle
 * dropped or joined, initial, Latin spelling variant, DOB typo, DOB day/month swap), plus the
 * unchanged name as control. Each carries the entry's first date of birth and nationality.
 */
final class Perturbations {

    private static final String[][] SPELLINGS = {
            {"MOHAMMED", "MUHAMMAD"}, {"MOHAMMAD", "MOHAMED"}, {"MUHAMMAD", "MOHAMAD"}, {"MOHAMED", "MUHAMMED"},
            {"AHMED", "AHMAD"}, {"AHMAD", "AHMED"}, {"HUSSEIN", "HUSAYN"}, {"HUSSAIN", "HOSSEIN"}, {"HASSAN", "HASAN"},
            {"YOUSSEF", "YUSUF"}, {"YUSUF", "YOUSEF"}, {"ABDUL", "ABDEL"}, {"ABDEL", "ABDUL"}, {"OMAR", "UMAR"},
            {"OSAMA", "USAMA"}, {"KHALID", "KHALED"}, {"SAID", "SAEED"}, {"MUSTAFA", "MOSTAFA"}, {"ABDULLAH", "ABDALLAH"},
    };
    private static final String[][] RULES = {{"OU", "U"}, {"EE", "I"}, {"SS", "S"}, {"IE", "I"}, {"EI", "AY"}, {"AI", "AY"},
            {"KH", "H"}, {"Q", "K"}, {"U", "OU"}, {"I", "EE"}};
    private static final String[] PARTICLES = {"AL", "EL", "BIN", "BEN", "IBN", "DE", "VAN", "VON", "DA", "DI", "DOS", "DEL"};

    private Perturbations() {
    }

    static Optional<PartialDate> firstDate(WatchlistEntry e) {
        return e.datesOfBirth().stream().filter(BirthDateRange::isSingleDate).map(BirthDateRange::earliest).findFirst();
    }

    static List<QualityEvaluation.Query> queries(List<WatchlistEntry> entries, SplittableRandom random) {
        List<QualityEvaluation.Query> out = new ArrayList<>();
        for (WatchlistEntry e : entries) {
            String name = e.primaryName().text().replace(",", " ").trim();
            List<String> tokens = new ArrayList<>(Arrays.asList(name.toUpperCase().split("\\s+")));
            PartialDate dob = firstDate(e).orElse(null);
            add(out, e, "unchanged", name, dob);
            longToken(tokens, random).ifPresent(i -> add(out, e, "typo", with(tokens, i, typo(tokens.get(i), random)), dob));
            longToken(tokens, random).ifPresent(i -> add(out, e, "transposed letters", with(tokens, i, transpose(tokens.get(i), random)), dob));
            if (tokens.size() >= 2) {
                List<String> swapped = new ArrayList<>(tokens);
                swapped.add(0, swapped.remove(swapped.size() - 1));
                add(out, e, "order swap", String.join(" ", swapped), dob);
            }
            if (tokens.size() >= 3) {
                List<String> dropped = new ArrayList<>(tokens);
                dropped.remove(1 + random.nextInt(tokens.size() - 2));
                add(out, e, "dropped middle name", String.join(" ", dropped), dob);
            }
            List<String> added = new ArrayList<>(tokens);
            added.add(Math.max(1, added.size() - 1), random.nextBoolean() ? "AHMED" : "JOSEPH");
            add(out, e, "added middle name", String.join(" ", added), dob);
            particle(tokens).ifPresent(p -> add(out, e, "particle", p, dob));
            if (tokens.size() >= 2 && tokens.get(0).length() > 1) {
                add(out, e, "initial", with(tokens, 0, tokens.get(0).substring(0, 1) + "."), dob);
            }
            spelling(tokens).ifPresent(s -> add(out, e, "spelling variant", s, dob));
            if (dob != null && dob.isComplete()) {
                int day = dob.day() % 10 == 9 ? dob.day() - 1 : dob.day() + 1;
                add(out, e, "DOB typo", name, PartialDate.of(dob.year(), dob.month(), Math.min(28, day)));
                if (dob.day() <= 12 && dob.day() != dob.month()) {
                    add(out, e, "DOB day/month swap", name, PartialDate.of(dob.year(), dob.day(), dob.month()));
                }
            }
        }
        return out;
    }

    private static void add(List<QualityEvaluation.Query> out, WatchlistEntry e, String kind, String name, PartialDate dob) {
        ScreeningQuery.Builder q = ScreeningQuery.forName(name);
        if (dob != null) q.bornOn(dob);
        e.nationalities().stream().findFirst().ifPresent(q::nationality);
        out.add(new QualityEvaluation.Query(kind, q.build(), e.alertId()));
    }

    private static Optional<Integer> longToken(List<String> tokens, SplittableRandom random) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) if (tokens.get(i).length() >= 5) candidates.add(i);
        return candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(random.nextInt(candidates.size())));
    }

    private static String with(List<String> tokens, int i, String replacement) {
        List<String> copy = new ArrayList<>(tokens);
        copy.set(i, replacement);
        return String.join(" ", copy);
    }

    private static String typo(String token, SplittableRandom random) {
        char[] c = token.toCharArray();
        int i = 1 + random.nextInt(c.length - 1);
        char r;
        do {
            r = (char) ('A' + random.nextInt(26));
        } while (r == c[i]);
        c[i] = r;
        return new String(c);
    }

    private static String transpose(String token, SplittableRandom random) {
        char[] c = token.toCharArray();
        for (int attempt = 0; attempt < 10; attempt++) {
            int i = 1 + random.nextInt(c.length - 2);
            if (c[i] != c[i + 1]) {
                char t = c[i];
                c[i] = c[i + 1];
                c[i + 1] = t;
                return new String(c);
            }
        }
        return token;
    }

    private static Optional<String> particle(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            int dash = t.indexOf('-');
            if (dash > 0 && Arrays.asList(PARTICLES).contains(t.substring(0, dash))) {
                return Optional.of(with(tokens, i, t.substring(0, dash) + t.substring(dash + 1)));  // AL-ZAWAHIRI -> ALZAWAHIRI
            }
            if (Arrays.asList(PARTICLES).contains(t) && i + 1 < tokens.size()) {
                List<String> copy = new ArrayList<>(tokens);
                copy.remove(i);                                                                  // drop the particle
                return Optional.of(String.join(" ", copy));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> spelling(List<String> tokens) {
        for (int i = 0; i < tokens.size(); i++) {
            for (String[] s : SPELLINGS) {
                if (tokens.get(i).equals(s[0])) return Optional.of(with(tokens, i, s[1]));
            }
        }
        for (String[] rule : RULES) {
            for (int i = 0; i < tokens.size(); i++) {
                String t = tokens.get(i);
                int at = t.indexOf(rule[0], 1);
                if (t.length() >= 4 && at > 0) {
                    return Optional.of(with(tokens, i, t.substring(0, at) + rule[1] + t.substring(at + rule[0].length())));
                }
            }
        }
        return Optional.empty();
    }
}
