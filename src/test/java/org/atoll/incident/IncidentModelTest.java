package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.incident.domain.Incident;
import org.atoll.incident.domain.IncidentTask;
import org.atoll.incident.domain.IncidentTypeCode;
import org.atoll.incident.domain.IncidentVisibility;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.RecordLink;
import org.atoll.incident.domain.Severity;
import org.atoll.reference.PortCode;
import org.junit.jupiter.api.Test;

class IncidentModelTest {

    static final AgencyCode CUSTOMS = new AgencyCode("CUSTOMS");
    static final AgencyCode BIOSECURITY = new AgencyCode("BIOSECURITY");
    static final AgencyCode POLICE = new AgencyCode("POLICE");
    static final Instant NOW = Instant.parse("2026-05-10T08:00:00Z");

    static Incident interception() {
        return Incident.report(IncidentId.random(), IncidentTypeCode.of("biosecurity_interception"),
                NOW.minusSeconds(3600), PortCode.of("PWROR"), "Baggage hall", "cust1", CUSTOMS,
                "Undeclared fruit in checked bag", Severity.MEDIUM, CUSTOMS, Set.of(BIOSECURITY, CUSTOMS), NOW);
    }

    @Test
    void theLeadAndParticipatingAgenciesAndTheReporterSeeAnIncidentAndNobodyElse() {
        Incident i = interception();
        IncidentVisibility v = new IncidentVisibility();
        assertThat(v.canSee(new OfficerIdentity("cust2", "x", CUSTOMS, Set.of(Role.ANALYST)), i)).isTrue();
        assertThat(v.canSee(new OfficerIdentity("bio1", "x", BIOSECURITY, Set.of(Role.ANALYST)), i)).isTrue();
        assertThat(v.canSee(new OfficerIdentity("pol1", "x", POLICE, Set.of(Role.ANALYST)), i)).isFalse();
        Incident ledByPolice = i.withDetails(i.type(), i.occurredAt(), i.port(), i.place(), i.description(), i.severity(),
                POLICE, Set.of());
        assertThat(v.canSee(new OfficerIdentity("cust1", "x", CUSTOMS, Set.of()), ledByPolice)).as("the reporter").isTrue();
        assertThat(v.canSee(new OfficerIdentity("cust2", "x", CUSTOMS, Set.of()), ledByPolice)).isFalse();
    }

    @Test
    void theLeadAgencyIsNotAlsoListedAsAParticipant() {
        assertThat(interception().participatingAgencies()).containsExactly(BIOSECURITY);
        assertThat(interception().agencies()).containsExactly(CUSTOMS, BIOSECURITY);
    }

    @Test
    void anIncidentCannotHaveHappenedAfterItWasReported() {
        assertThatThrownBy(() -> Incident.report(IncidentId.random(), IncidentTypeCode.of("OTHER"), NOW.plusSeconds(60), null,
                null, "x", CUSTOMS, "d", Severity.LOW, null, Set.of(), NOW)).hasMessageContaining("after it was reported");
    }

    @Test
    void aTaskIsOverdueOnlyWhenOpenAndPastItsDueDate() {
        IncidentTask t = new IncidentTask(UUID.randomUUID(), IncidentId.random(), "Inspect the fruit", BIOSECURITY, null,
                LocalDate.of(2026, 5, 12), "cust1", NOW, null, null, null);
        assertThat(t.isOverdue(LocalDate.of(2026, 5, 12))).isFalse();
        assertThat(t.isOverdue(LocalDate.of(2026, 5, 13))).isTrue();
        assertThat(t.complete("bio1", NOW, "Destroyed").isOverdue(LocalDate.of(2026, 5, 13))).isFalse();
    }

    @Test
    void aTaskForAnAgencyCanBeCompletedByAnyOfItsOfficersAndANamedTaskOnlyByItsOfficer() {
        IncidentTask agencyTask = new IncidentTask(UUID.randomUUID(), IncidentId.random(), "t", BIOSECURITY, null, null,
                "c", NOW, null, null, null);
        IncidentTask namedTask = new IncidentTask(UUID.randomUUID(), IncidentId.random(), "t", BIOSECURITY, "bio1", null,
                "c", NOW, null, null, null);
        OfficerIdentity bio2 = new OfficerIdentity("bio2", "x", BIOSECURITY, Set.of());
        assertThat(agencyTask.canBeCompletedBy(bio2)).isTrue();
        assertThat(namedTask.canBeCompletedBy(bio2)).isFalse();
        assertThat(agencyTask.canBeCompletedBy(new OfficerIdentity("c", "x", CUSTOMS, Set.of()))).isFalse();
    }

    @Test
    void aPersonIsLinkedByNameOrTravellerIdAndOtherRecordsByTheirId() {
        assertThat(new RecordLink(LinkKind.PERSON, null, "Anna Eriksson", LocalDate.of(1974, 8, 12), null).label())
                .isEqualTo("Anna Eriksson (1974-08-12)");
        assertThatThrownBy(() -> new RecordLink(LinkKind.PERSON, null, " ", null, null)).hasMessageContaining("name");
        assertThatThrownBy(() -> new RecordLink(LinkKind.DOCUMENT, null, "x", null, null)).hasMessageContaining("DOCUMENT");
    }
}
