package org.atoll.incident.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.access.AgencyCode;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.alert.AlertDirectory;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.RecordLink;
import org.atoll.inspection.InspectionDirectory;
import org.atoll.manifest.ManifestDirectory;
import org.atoll.movement.MovementDirectory;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.VisaRecord;
import org.atoll.visa.Visas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

/** Which link targets are checked against which module, and what an unknown one answers. */
class LinkTargetsTest {

    static final OfficerIdentity CUSTOMS = new OfficerIdentity("cus-1", "Customs Officer", AgencyCode.of("CUSTOMS"),
            Set.of(Role.SECONDARY_OFFICER));
    static final UUID SHARED_ALERT = UUID.randomUUID();
    static final UUID POLICE_ALERT = UUID.randomUUID();
    static final UUID MANIFEST = UUID.randomUUID();
    static final UUID INSPECTION = UUID.randomUUID();
    static final UUID TRAVELLER = UUID.randomUUID();
    static final UUID MOVEMENT = UUID.randomUUID();

    final AlertDirectory alerts = (id, agency) -> id.equals(SHARED_ALERT) && agency.equals(AgencyCode.of("CUSTOMS"));
    final ManifestDirectory manifests = MANIFEST::equals;
    final InspectionDirectory inspections = INSPECTION::equals;
    final Visas visas = mock(Visas.class);

    LinkTargetsTest() {
        when(visas.byNumber(VisaNumber.of("V00000042"))).thenReturn(Optional.of(mock(VisaRecord.class)));
        when(visas.byNumber(VisaNumber.of("V00000043"))).thenReturn(Optional.empty());
    }

    LinkTargets targets(MovementDirectory movements) {
        var factory = movements == null ? new StaticListableBeanFactory()
                : new StaticListableBeanFactory(Map.of("movements", movements));
        return new LinkTargets(alerts, visas, manifests, inspections, factory.getBeanProvider(MovementDirectory.class));
    }

    static RecordLink link(LinkKind kind, String target) {
        return new RecordLink(kind, target, null, null, null);
    }

    @Test
    void anAlertIsLinkedOnlyWhenTheOfficersAgencyMaySeeIt() {
        LinkTargets t = targets(null);
        assertThat(t.exists(CUSTOMS, link(LinkKind.ALERT, SHARED_ALERT.toString()))).isTrue();
        assertThat(t.exists(CUSTOMS, link(LinkKind.ALERT, POLICE_ALERT.toString()))).isFalse();
        assertThat(t.exists(CUSTOMS, link(LinkKind.ALERT, "not-an-id"))).isFalse();
    }

    @Test
    void visasAndManifestsMustExist() {
        LinkTargets t = targets(null);
        assertThat(t.exists(CUSTOMS, link(LinkKind.VISA, "v00000042"))).isTrue();
        assertThat(t.exists(CUSTOMS, link(LinkKind.VISA, "V00000043"))).isFalse();
        assertThat(t.exists(CUSTOMS, link(LinkKind.VISA, "V-2026-0042"))).isFalse();
        assertThat(t.exists(CUSTOMS, link(LinkKind.MANIFEST, MANIFEST.toString()))).isTrue();
        assertThat(t.exists(CUSTOMS, link(LinkKind.MANIFEST, UUID.randomUUID().toString()))).isFalse();
    }

    @Test
    void travellersAndMovementsAreCheckedOnlyOnceTheMovementModuleAnswers() {
        LinkTargets without = targets(null);
        assertThat(without.checks(LinkKind.TRAVELLER)).isFalse();
        assertThat(without.exists(CUSTOMS, link(LinkKind.TRAVELLER, UUID.randomUUID().toString()))).isTrue();

        LinkTargets with = targets(new MovementDirectory() {
            public boolean movementExists(UUID id) {
                return id.equals(MOVEMENT);
            }

            public boolean travellerExists(UUID id) {
                return id.equals(TRAVELLER);
            }
        });
        assertThat(with.checks(LinkKind.MOVEMENT)).isTrue();
        assertThat(with.exists(CUSTOMS, link(LinkKind.TRAVELLER, TRAVELLER.toString()))).isTrue();
        assertThat(with.exists(CUSTOMS, link(LinkKind.TRAVELLER, MOVEMENT.toString()))).isFalse();
        assertThat(with.exists(CUSTOMS, link(LinkKind.MOVEMENT, MOVEMENT.toString()))).isTrue();
        assertThat(with.exists(CUSTOMS, link(LinkKind.PERSON, UUID.randomUUID().toString()))).isFalse();
        assertThat(with.exists(CUSTOMS, new RecordLink(LinkKind.PERSON, null, "Dirra Ngiraked", LocalDate.of(1981, 3, 9), null)))
                .as("a person described by name is not looked up").isTrue();
    }

    @Test
    void inspectionsMustExist() {
        LinkTargets t = targets(null);
        assertThat(t.checks(LinkKind.INSPECTION)).isTrue();
        assertThat(t.exists(CUSTOMS, link(LinkKind.INSPECTION, INSPECTION.toString()))).isTrue();
        assertThat(t.exists(CUSTOMS, link(LinkKind.INSPECTION, UUID.randomUUID().toString()))).isFalse();
        assertThat(t.exists(CUSTOMS, link(LinkKind.INSPECTION, "booth-7-0042"))).isFalse();
        assertThatThrownBy(() -> t.check(CUSTOMS, link(LinkKind.INSPECTION, "booth-7-0042"), "targetId"))
                .isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("targetId");
                            assertThat(p.message()).isEqualTo("No inspection booth-7-0042 to link to");
                        }));
    }

    static OfficerIdentity officer(Role... roles) {
        return new OfficerIdentity("o-1", "Officer", AgencyCode.of("CUSTOMS"), Set.of(roles));
    }

    @Test
    void visasManifestsAndInspectionsAreLinkedOnlyByRolesThatMayReadThemAndRefusedBeforeAnyLookUp() {
        LinkTargets t = targets(null);
        OfficerIdentity analyst = officer(Role.ANALYST);
        assertThat(t.mayLink(analyst, LinkKind.MANIFEST)).isTrue();
        assertThat(t.mayLink(analyst, LinkKind.VISA)).isFalse();
        assertThat(t.mayLink(analyst, LinkKind.INSPECTION)).isFalse();
        assertThat(t.mayLink(officer(Role.LABOUR_OFFICER), LinkKind.MANIFEST)).isFalse();
        assertThat(t.mayLink(officer(Role.VISA_OFFICER), LinkKind.VISA)).isTrue();
        assertThat(t.mayLink(officer(Role.STATISTICIAN, Role.PRIMARY_OFFICER), LinkKind.INSPECTION)).isTrue();
        assertThat(t.mayLink(officer(Role.STATISTICIAN), LinkKind.DOCUMENT)).as("free references").isTrue();
        assertThat(t.mayLink(officer(Role.STATISTICIAN), LinkKind.ALERT)).as("alerts: by agency, in AlertDirectory").isTrue();

        assertThatThrownBy(() -> t.check(analyst, link(LinkKind.VISA, "V00000042"), "targetId"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.problems()).singleElement()
                        .satisfies(p -> assertThat(p.message()).startsWith("Your roles may not read visa records")));
        org.mockito.Mockito.verify(visas, org.mockito.Mockito.never()).byNumber(VisaNumber.of("V00000042"));
    }

    /** The roles restated in LinkTargets.READERS are the owning modules' own read rules. */
    @Test
    void theReaderRolesAreThoseOfTheOwningModules() throws Exception {
        var visaGet = Class.forName("org.atoll.visa.web.VisaApiController").getDeclaredMethod("get", String.class);
        assertThat(roles(visaGet.getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class).value()))
                .isEqualTo(LinkTargets.READERS.get(LinkKind.VISA));
        var inspections = Class.forName("org.atoll.inspection.web.InspectionApiController");
        assertThat(roles(inspections.getAnnotation(org.springframework.security.access.prepost.PreAuthorize.class).value()))
                .isEqualTo(LinkTargets.READERS.get(LinkKind.INSPECTION));
        var field = Class.forName("org.atoll.manifest.internal.ManifestIngest").getDeclaredField("PERSON_DATA_ROLES");
        field.setAccessible(true);
        assertThat(Set.of((Role[]) field.get(null))).isEqualTo(LinkTargets.READERS.get(LinkKind.MANIFEST));
    }

    static Set<Role> roles(String expression) {
        var m = java.util.regex.Pattern.compile("'([A-Z_]+)'").matcher(expression);
        Set<Role> roles = new java.util.HashSet<>();
        while (m.find()) {
            roles.add(Role.valueOf(m.group(1)));
        }
        return roles;
    }

    @Test
    void freeReferencesAreNotChecked() {
        LinkTargets t = targets(null);
        for (LinkKind kind : new LinkKind[] {LinkKind.DOCUMENT, LinkKind.FLIGHT, LinkKind.VESSEL, LinkKind.SEIZED_ITEM}) {
            assertThat(t.exists(CUSTOMS, link(kind, "anything-" + kind))).as(kind.name()).isTrue();
            assertThat(t.checks(kind)).as(kind.name()).isFalse();
        }
    }

    @Test
    void anUnknownTargetIsRefusedNamingTheFieldAndNotTheOwner() {
        assertThatThrownBy(() -> targets(null).check(CUSTOMS, link(LinkKind.ALERT, POLICE_ALERT.toString()), "links[1].targetId"))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> {
                    assertThat(e.problems()).singleElement().satisfies(p -> {
                        assertThat(p.field()).isEqualTo("links[1].targetId");
                        assertThat(p.message()).isEqualTo("No alert " + POLICE_ALERT + " to link to");
                    });
                });
    }
}
