package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.incident.domain.DisseminationPolicy;
import org.atoll.incident.domain.Grading;
import org.atoll.incident.domain.GradingScheme;
import org.atoll.incident.domain.HandlingConditions;
import org.atoll.incident.domain.IntelligenceReport;
import org.atoll.incident.domain.Recipient;
import org.atoll.incident.domain.Sensitivity;
import org.junit.jupiter.api.Test;

class IntelligenceRulesTest {

    static final AgencyCode CUSTOMS = new AgencyCode("CUSTOMS");
    static final AgencyCode POLICE = new AgencyCode("POLICE");
    static final AgencyCode LABOUR = new AgencyCode("LABOUR");

    private final DisseminationPolicy policy = new DisseminationPolicy();

    static OfficerIdentity officer(String username, AgencyCode agency) {
        return new OfficerIdentity(username, username, agency, Set.of(Role.ANALYST));
    }

    static IntelligenceReport report(boolean mayBePassedOn, Set<AgencyCode> permitted) {
        return new IntelligenceReport(IntelligenceReportId.random(), "origin", CUSTOMS, LocalDate.of(2026, 3, 1),
                "Courier pattern", "Two couriers on PR flights", new Grading(GradingScheme.ADMIRALTY, "B", "2", null),
                new HandlingConditions(permitted, mayBePassedOn, null), Sensitivity.SENSITIVE, List.of(),
                Instant.parse("2026-03-01T00:00:00Z"), 0);
    }

    @Test
    void admiraltyGradesAreAToFAndOneToSix() {
        assertThat(new Grading(GradingScheme.ADMIRALTY, "a", "1", null).code()).isEqualTo("A1");
        assertThat(new Grading(GradingScheme.ADMIRALTY, "F", "6", null).code()).isEqualTo("F6");
        assertThatThrownBy(() -> new Grading(GradingScheme.ADMIRALTY, "G", "1", null))
                .isInstanceOfSatisfying(Grading.InvalidGradingException.class, e -> assertThat(e.field()).isEqualTo("sourceReliability"));
        assertThatThrownBy(() -> new Grading(GradingScheme.ADMIRALTY, "A", "7", null))
                .isInstanceOfSatisfying(Grading.InvalidGradingException.class, e -> assertThat(e.field()).isEqualTo("informationCredibility"));
    }

    @Test
    void ukThreeByFiveByTwoGradesAreSourceOneToThreeIntelligenceAToEAndHandlingPOrC() {
        assertThat(new Grading(GradingScheme.UK_3X5X2, "1", "A", "P").code()).isEqualTo("1AP");
        assertThatThrownBy(() -> new Grading(GradingScheme.UK_3X5X2, "4", "A", "P")).isInstanceOf(Grading.InvalidGradingException.class);
        assertThatThrownBy(() -> new Grading(GradingScheme.UK_3X5X2, "1", "F", "P")).isInstanceOf(Grading.InvalidGradingException.class);
        assertThatThrownBy(() -> new Grading(GradingScheme.UK_3X5X2, "1", "A", null))
                .isInstanceOfSatisfying(Grading.InvalidGradingException.class, e -> assertThat(e.field()).isEqualTo("handling"));
    }

    @Test
    void theCircleIsTheOriginatorAndTheRecipients() {
        IntelligenceReport r = report(false, Set.of());
        List<Recipient> recipients = List.of(Recipient.agency(POLICE), Recipient.officer("lab1", LABOUR));
        assertThat(policy.inCircle(officer("origin", CUSTOMS), r, recipients)).isTrue();
        assertThat(policy.inCircle(officer("anyPolice", POLICE), r, recipients)).isTrue();
        assertThat(policy.inCircle(officer("lab1", LABOUR), r, recipients)).isTrue();
        assertThat(policy.inCircle(officer("lab2", LABOUR), r, recipients)).isFalse();
        assertThat(policy.inCircle(officer("otherCustoms", CUSTOMS), r, recipients)).isFalse();
    }

    @Test
    void aRecipientCannotPassOnAReportWhoseHandlingForbidsIt() {
        var outcome = policy.mayDisseminate(officer("p1", POLICE), report(false, Set.of()),
                List.of(Recipient.agency(POLICE)), Recipient.agency(LABOUR));
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.reason()).contains("pass this report on");
    }

    @Test
    void aRecipientMayPassOnWhenHandlingAllowsButOnlyToPermittedAgencies() {
        IntelligenceReport r = report(true, Set.of(POLICE, CUSTOMS));
        assertThat(policy.mayDisseminate(officer("p1", POLICE), r, List.of(Recipient.agency(POLICE)),
                Recipient.agency(CUSTOMS)).allowed()).isTrue();
        var outcome = policy.mayDisseminate(officer("p1", POLICE), r, List.of(Recipient.agency(POLICE)), Recipient.agency(LABOUR));
        assertThat(outcome.allowed()).isFalse();
        assertThat(outcome.reason()).contains("LABOUR");
    }

    @Test
    void theOriginatorMayShareWithAnyPermittedAgencyEvenWhenRecipientsMayNotPassItOn() {
        assertThat(policy.mayDisseminate(officer("origin", CUSTOMS), report(false, Set.of()), List.of(),
                Recipient.agency(LABOUR)).allowed()).isTrue();
        assertThat(policy.mayDisseminate(officer("origin", CUSTOMS), report(false, Set.of(POLICE)), List.of(),
                Recipient.agency(LABOUR)).allowed()).isFalse();
    }
}
