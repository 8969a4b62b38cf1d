package org.atoll.alert.screening;

import java.util.List;

/**
 * Why a candidate scored as it did, for an officer to read at a glance: which name parts
 * matched which and how, which were left over, and whether date of birth, nationality and sex
 * agree. {@link #text()} is the one-line form, e.g.
 * {@code name MUHAMMAD~MOHAMMED (spelling variant), ZAWAHIRI; +AYMAN unmatched | DOB 1951-06-19 same date | nationality EGY agrees}.
 */
public record Explanation(
        List<NamePartMatch> nameParts,
        List<String> unmatchedQueryParts,
        List<String> unmatchedAlertParts,
        DateOfBirthAgreement dateOfBirth,
        String alertDatesOfBirth,
        Agreement nationality,
        Agreement sex,
        List<String> notes,
        String text) {

    public Explanation {
        nameParts = List.copyOf(nameParts);
        unmatchedQueryParts = List.copyOf(unmatchedQueryParts);
        unmatchedAlertParts = List.copyOf(unmatchedAlertParts);
        notes = List.copyOf(notes);
    }
}
