package org.atoll.alert.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The bound the engine relies on to skip name matching: no name match scores above the score of
 * a perfect name with the same date-of-birth, nationality and sex agreement.
 */
class CandidateScoringTest {

    private static final ScreeningThresholds THRESHOLDS = ScreeningThresholds.DEFAULT;

    @Test
    void noNameMatchScoresAboveThePerfectNameBound() {
        Random random = new Random(20261128);
        for (DateOfBirthAgreement dob : DateOfBirthAgreement.values()) {
            for (Agreement nationality : Agreement.values()) {
                for (Agreement sex : Agreement.values()) {
                    double bound = CandidateScoring.best(dob, nationality, sex);
                    for (int k = 0; k < 2_000; k++) {
                        double nameScore = k == 0 ? 1.0 : k == 1 ? 0.0 : random.nextDouble();
                        NameMatch m = new NameMatch(nameScore, List.of(), List.of(), List.of(), random.nextBoolean(), random.nextBoolean());
                        assertThat(CandidateScoring.score(m, dob, nationality, sex, THRESHOLDS))
                                .as("%s %s %s name %s", dob, nationality, sex, nameScore)
                                .isLessThanOrEqualTo(bound);
                    }
                    NameMatch perfect = new NameMatch(1.0, List.of(), List.of(), List.of(), false, false);
                    assertThat(CandidateScoring.score(perfect, dob, nationality, sex, THRESHOLDS)).isEqualTo(bound);
                }
            }
        }
    }

    @Test
    void aConflictingDateOfBirthAndNationalityRuleOutEvenAPerfectName() {
        assertThat(CandidateScoring.best(DateOfBirthAgreement.CONFLICT, Agreement.CONFLICTS, Agreement.NOT_COMPARED))
                .isLessThan(THRESHOLDS.possible());
        assertThat(CandidateScoring.best(DateOfBirthAgreement.CONFLICT, Agreement.NOT_COMPARED, Agreement.CONFLICTS))
                .isLessThan(THRESHOLDS.possible());
        // a conflicting date alone still leaves room for POSSIBLE: the name decides
        assertThat(CandidateScoring.best(DateOfBirthAgreement.CONFLICT, Agreement.AGREES, Agreement.AGREES))
                .isGreaterThanOrEqualTo(THRESHOLDS.possible());
        assertThat(CandidateScoring.best(DateOfBirthAgreement.NOT_COMPARED, Agreement.NOT_COMPARED, Agreement.NOT_COMPARED))
                .isEqualTo(1.0);
    }
}
