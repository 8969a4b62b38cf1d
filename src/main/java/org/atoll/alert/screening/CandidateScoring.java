package org.atoll.alert.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.atoll.reference.CountryCode;

/**
 * Turns a name match and the agreement of the other details into a score in [0,1] with its
 * explanation. A clear conflict on date of birth, nationality or sex lowers the score; a match
 * resting on common name parts only, or on a single name part, never reaches STRONG unless the
 * date of birth corroborates it (common parts) — officers' first complaint is false positives.
 */
final class CandidateScoring {

    private CandidateScoring() {
    }

    static double dateAdjustment(DateOfBirthAgreement a) {
        return switch (a) {
            case EXACT -> 0.08;
            case CONSISTENT -> 0.04;
            case WITHIN_RANGE -> 0.03;
            case DAY_MONTH_SWAPPED -> 0.05;
            case ONE_DIGIT_DIFFERS -> 0.04;
            case SAME_YEAR -> -0.03;
            case NEAR -> -0.06;
            case CONFLICT -> -0.25;
            case NOT_COMPARED -> 0;
        };
    }

    static Agreement nationality(Set<CountryCode> traveller, Set<CountryCode> alert) {
        if (traveller.isEmpty() || alert.isEmpty()) return Agreement.NOT_COMPARED;
        for (CountryCode c : traveller) {
            if (alert.contains(c)) return Agreement.AGREES;
        }
        return Agreement.CONFLICTS;
    }

    static Agreement sex(Sex traveller, Sex alert) {
        if (traveller == Sex.UNKNOWN || alert == Sex.UNKNOWN) return Agreement.NOT_COMPARED;
        return traveller == alert ? Agreement.AGREES : Agreement.CONFLICTS;
    }

    static boolean corroboratingDate(DateOfBirthAgreement a) {
        return a == DateOfBirthAgreement.EXACT || a == DateOfBirthAgreement.DAY_MONTH_SWAPPED
                || a == DateOfBirthAgreement.ONE_DIGIT_DIFFERS || a == DateOfBirthAgreement.CONSISTENT;
    }

    /**
     * The highest score an alert can reach with these agreements, whatever its name match: the
     * score of a perfect name (name scores are in [0,1] and the score rises with them). Below
     * the POSSIBLE threshold the engine need not match the names at all.
     */
    static double best(DateOfBirthAgreement dob, Agreement nationality, Agreement sex) {
        return Math.max(0, Math.min(1, adjusted(1.0, dob, nationality, sex)));
    }

    /** A name score with the date of birth, nationality and sex taken into account, in this order (not clamped). */
    private static double adjusted(double nameScore, DateOfBirthAgreement dob, Agreement nationality, Agreement sex) {
        double s = nameScore + dateAdjustment(dob);
        if (nationality == Agreement.AGREES) s += 0.03;
        if (nationality == Agreement.CONFLICTS) s -= 0.08;
        if (sex == Agreement.CONFLICTS) s -= 0.10;
        return s;
    }

    /** The score of one alert for the traveller, given its best name match. */
    static double score(NameMatch name, DateOfBirthAgreement dob, Agreement nationality, Agreement sex, ScreeningThresholds thresholds) {
        double s = adjusted(name.score(), dob, nationality, sex);
        s = Math.max(0, Math.min(1, s));
        double belowStrong = Math.max(thresholds.possible(), thresholds.strong() - 0.01);
        if (name.singlePart() || (name.commonPartsOnly() && !corroboratingDate(dob))) {
            s = Math.min(s, belowStrong);
        }
        return s;
    }

    static Explanation explain(NameMatch name, DateOfBirthAgreement dob, List<BirthDateRange> alertDates,
                               Agreement nationality, Set<CountryCode> alertNationalities, Agreement sex) {
        List<String> notes = new ArrayList<>(2);
        if (name.singlePart()) notes.add("only one name part matches");
        if (name.commonPartsOnly()) notes.add("common name parts only");
        StringBuilder t = new StringBuilder("name ");
        for (int i = 0; i < name.parts().size(); i++) {
            if (i > 0) t.append(", ");
            t.append(name.parts().get(i).describe());
        }
        if (!name.unmatchedQueryParts().isEmpty()) {
            t.append("; traveller's ").append(String.join(" ", name.unmatchedQueryParts())).append(" unmatched");
        }
        if (!name.unmatchedAlertParts().isEmpty()) {
            t.append("; alert's ").append(String.join(" ", name.unmatchedAlertParts())).append(" unmatched");
        }
        String dates = alertDates.isEmpty() ? "" : String.join(" or ", alertDates.stream().map(BirthDateRange::toString).toList());
        if (dob != DateOfBirthAgreement.NOT_COMPARED) {
            t.append(" | DOB ").append(dob.words()).append(" (alert ").append(dates).append(')');
        }
        if (nationality != Agreement.NOT_COMPARED) {
            t.append(" | nationality ").append(nationality == Agreement.AGREES ? "agrees" : "conflicts")
                    .append(" (alert ").append(String.join(",", alertNationalities.stream().map(CountryCode::value).sorted().toList())).append(')');
        }
        if (sex == Agreement.CONFLICTS) {
            t.append(" | sex conflicts");
        }
        for (String note : notes) {
            t.append(" | ").append(note);
        }
        return new Explanation(name.parts(), name.unmatchedQueryParts(), name.unmatchedAlertParts(), dob, dates,
                nationality, sex, notes, t.toString());
    }
}
