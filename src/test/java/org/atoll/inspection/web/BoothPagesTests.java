package org.atoll.inspection.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.util.List;

import org.atoll.ApiClient;
import org.atoll.AtollIntegrationTest;
import org.atoll.TestDates;
import org.atoll.inspection.TestPassports;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The booth screen with a real sign-in: an unreadable zone offers manual entry, which inspects the same way. */
@AtollIntegrationTest
class BoothPagesTests {

    @Autowired
    MockMvc mvc;

    MockHttpSession session;

    @Autowired
    org.atoll.document.MachineReadableZones zones;

    @BeforeEach
    void signIn() throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of("PRIMARY_OFFICER"));
        session = (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    String send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.session(session).with(csrf()).header("HX-Request", "true")).andReturn().getResponse()
                .getContentAsString();
    }

    MockHttpServletRequestBuilder booth(String path) {
        return post(path).param("port", "PWMAL").param("booth", "H1").param("direction", "ENTRY").param("mode", "SEA")
                .param("role", "PASSENGER");
    }

    @Test
    void anUnreadableZoneShowsWhatIsWrongAndManualEntryInspectsTheTraveller() throws Exception {
        String page = mvc.perform(get("/inspections/booth").session(session)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Machine readable zone").contains("PWMAL");

        String unreadable = send(booth("/inspections/booth").param("mrz", "P<NZLNOT<<QUITE\n12345"));
        assertThat(unreadable).contains("cannot be read").contains("Line").contains("Manual entry");
        // htmx swaps this into the page's one live region: the answer must not bring a second one
        assertThat(unreadable).doesNotContain("id=\"booth-result\"");

        String surname = TestPassports.newSurname("TAUFA");
        String manual = send(booth("/inspections/booth/manual").param("surname", surname).param("givenNames", "Sione")
                .param("documentNumber", TestPassports.newNumber()).param("issuingState", "TON").param("nationality", "TON")
                .param("dateOfBirth", "1990-05-06").param("sex", "M").param("dateOfExpiry", TestDates.today().plusYears(3).toString()));
        assertThat(manual).contains("ADMIT").contains(surname).contains("entered by hand").contains("Record the decision");
    }

    @Test
    void manualEntryWithoutTheEssentialsSaysSoAndKeepsWhatWasTyped() throws Exception {
        String manual = send(booth("/inspections/booth/manual").param("surname", "FONUA").param("issuingState", "TON"));
        assertThat(manual).contains("cannot describe a passport").contains("value=\"FONUA\"");
    }

    MockHttpSession signedIn(String role) throws Exception {
        String username = new ApiClient(mvc).createOfficer("IMMIGRATION", List.of(role));
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(ApiClient.OFFICER_PASSWORD))
                .andReturn().getRequest().getSession();
    }

    @Test
    void supervisorsSeeTheBoothOverridesWithTheOfficerAndTheReason() throws Exception {
        String surname = TestPassports.newSurname("OVERRULED");
        String result = send(booth("/inspections/booth").param("mrz", new TestPassports(zones).passport("NZL", surname,
                TestPassports.newNumber())));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/inspections/([0-9a-f-]{36})/decision").matcher(result);
        assertThat(m.find()).as(result).isTrue();
        String decided = send(post("/inspections/" + m.group(1) + "/decision").param("outcome", "REFER")
                .param("overrideReason", "Story about the yacht charter does not add up"));
        assertThat(decided).contains("REFER");

        MockHttpSession supervisor = signedIn("SUPERVISOR");
        String page = mvc.perform(get("/inspections/overrides").session(supervisor)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Booth overrides").contains(surname).contains("Story about the yacht charter does not add up")
                .contains("PWMAL, H1").contains("ADMIT").contains("REFER");
        assertThat(mvc.perform(get("/inspections/overrides").session(session)).andReturn().getResponse().getStatus())
                .isEqualTo(403);
    }

    @Autowired
    org.atoll.movement.Movements movements;

    @Test
    void theExitOfAnOverstayerShowsTheDaysOverInTheVerdictAndRecordsThem() throws Exception {
        String surname = TestPassports.newSurname("STAYER");
        String number = TestPassports.newNumber();
        LocalDate birth = LocalDate.of(1981, 7, 9);
        LocalDate today = TestDates.today();
        movements.record(new org.atoll.movement.CrossingToRecord(java.util.UUID.randomUUID(),
                new org.atoll.movement.TravellerDocument(org.atoll.reference.CountryCode.of("FJI"),
                        org.atoll.document.DocumentNumber.of(number), "P", java.util.Optional.of(today.plusYears(4)),
                        org.atoll.document.PersonName.of(surname, "ANNA"), org.atoll.reference.CountryCode.of("FJI"),
                        java.util.Optional.of(birth), java.util.Optional.empty()),
                org.atoll.movement.Direction.ENTRY, org.atoll.reference.PortCode.of("PWMAL"),
                java.time.Instant.now().minus(50, java.time.temporal.ChronoUnit.DAYS), org.atoll.movement.TransportMode.SEA,
                org.atoll.movement.TravellerRole.PASSENGER, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.of("VOA"), java.util.Optional.of(today.minusDays(20)), "earlier-officer", "ADMIT"));

        String result = send(post("/inspections/booth").param("port", "PWMAL").param("booth", "H1").param("direction", "EXIT")
                .param("mode", "SEA").param("role", "PASSENGER")
                .param("mrz", new TestPassports(zones).passport("FJI", surname, "ANNA", number, birth, today.plusYears(4))));
        assertThat(result).contains("CLEAR TO DEPART").contains("· OVERSTAYED 20 DAYS").contains("OVERSTAYED by 20 day(s)")
                .contains("permitted until " + today.minusDays(20));
        // the overstay is in the verdict heading, which is inside the live region read out to screen readers
        String verdict = result.substring(result.indexOf("role=\"status\""), result.indexOf("</h2>", result.indexOf("verdict-title")));
        assertThat(verdict).contains("OVERSTAYED 20 DAYS");

        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/inspections/([0-9a-f-]{36})/decision").matcher(result);
        assertThat(m.find()).isTrue();
        String decided = send(post("/inspections/" + m.group(1) + "/decision").param("outcome", "ADMIT"));
        assertThat(decided).contains("Decision recorded: ADMIT").contains("overstay of 20 day(s) recorded");
    }

    @Test
    void aSecondaryOfficerHandsATravellerWantedForArrestOverToThePoliceFromTheReferralPage() throws Exception {
        String surname = TestPassports.newSurname("SOUGHT");
        String number = TestPassports.newNumber();
        org.atoll.alert.AlertApiTestSupport alerts = new org.atoll.alert.AlertApiTestSupport(mvc);
        alerts.create(alerts.officer("IMMIGRATION", "ALERT_MANAGER"),
                org.atoll.alert.AlertFixtures.aDocumentAlert("ARP-" + number, "NZL", number, "STOLEN").with("actionOnHit", "ARREST").active());
        String result = send(booth("/inspections/booth").param("mrz", new TestPassports(zones).passport("NZL", surname, number)));
        assertThat(result).contains("REFER TO SECONDARY");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("/inspections/([0-9a-f-]{36})/decision").matcher(result);
        assertThat(m.find()).isTrue();
        String id = m.group(1);
        send(post("/inspections/" + id + "/decision").param("outcome", "REFER"));

        MockHttpSession secondary = signedIn("SECONDARY_OFFICER");
        String referral = mvc.perform(get("/inspections/" + id).session(secondary)).andReturn().getResponse().getContentAsString();
        assertThat(referral).contains("An alert asks for arrest on a hit").contains("value=\"HANDED_OVER\"")
                .contains("value=\"ADMIT_TRANSIT\"").contains("Handed over to (agency and officer)");

        String missing = mvc.perform(post("/inspections/" + id + "/secondary-decision").session(secondary).with(csrf())
                .param("outcome", "HANDED_OVER")).andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("the agency (and officer) the traveller is handed over to");

        var done = mvc.perform(post("/inspections/" + id + "/secondary-decision").session(secondary).with(csrf())
                .param("outcome", "HANDED_OVER").param("handedOverTo", "Bureau of Public Safety, Sgt. Ngirmang")
                .param("reason", "Alert action on hit ARREST; passport reported stolen")).andReturn().getResponse();
        assertThat(done.getStatus()).isEqualTo(302);
        String page = mvc.perform(get("/inspections/" + id).session(secondary)).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("HANDED_OVER").contains("Handed over to: Bureau of Public Safety, Sgt. Ngirmang")
                .doesNotContain("Refusal notice (PDF)");
    }
}
