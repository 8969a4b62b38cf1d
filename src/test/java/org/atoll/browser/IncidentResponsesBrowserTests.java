package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.atoll.ApiClient;
import org.atoll.TestDates;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/**
 * Responses from the incident page: a customs officer proposes an alert to Immigration, proposes
 * revoking a visa and refers the incident to Police, then opens the link graph; a visa officer
 * finds the proposed revocation on the visa office's list and opens the visa.
 */
class IncidentResponsesBrowserTests extends BrowserTest {

    String adminToken(APIRequestContext request) {
        var token = request.post(url("/api/v1/auth/token"), RequestOptions.create()
                .setData(Map.of("username", ApiClient.ADMIN, "password", ApiClient.ADMIN_PASSWORD)));
        return JsonPath.read(token.text(), "$.token");
    }

    String createOfficer(String agency, String role) {
        var request = page.request();
        String username = agency.toLowerCase().substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 6);
        var created = request.post(url("/api/v1/officers"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + adminToken(request))
                .setData(Map.of("username", username, "fullName", "Officer " + username, "agency", agency,
                        "roles", List.of(role), "password", ApiClient.OFFICER_PASSWORD)));
        if (created.status() != 201) {
            throw new IllegalStateException("officer not created: " + created.status() + " " + created.text());
        }
        return username;
    }

    /** A visa issued through the visa API, as a visa officer's client would. */
    String issuedVisa(String visaOfficer) {
        var request = page.request();
        var token = request.post(url("/api/v1/auth/token"), RequestOptions.create()
                .setData(Map.of("username", visaOfficer, "password", ApiClient.OFFICER_PASSWORD)));
        String bearer = "Bearer " + JsonPath.read(token.text(), "$.token");
        LocalDate today = TestDates.today();
        String passport = "BX" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        var submitted = request.post(url("/api/v1/visa-applications"), RequestOptions.create()
                .setHeader("Authorization", bearer).setHeader("Content-Type", "application/json").setData("""
                        {"applicant":{"surname":"Hossain","givenNames":"Rahim","dateOfBirth":"1990-04-02","nationality":"BGD","sex":"M",
                          "passport":{"number":"%s","issuingState":"BGD","expiry":"%s"}},
                         "visaType":"EV","purpose":"TOURISM","intendedArrival":"%s","intendedDeparture":"%s","feeStatus":"PAID"}"""
                        .formatted(passport, today.plusYears(5), today.plusDays(30), today.plusDays(43))));
        String application = JsonPath.read(submitted.text(), "$.id");
        String base = "/api/v1/visa-applications/" + application;
        request.post(url(base + "/review"), RequestOptions.create().setHeader("Authorization", bearer));
        request.post(url(base + "/decision"), RequestOptions.create().setHeader("Authorization", bearer)
                .setHeader("Content-Type", "application/json").setData("{\"decision\":\"APPROVED\"}"));
        var issued = request.post(url(base + "/issue"), RequestOptions.create().setHeader("Authorization", bearer)
                .setHeader("Content-Type", "application/json").setData("{}"));
        return JsonPath.read(issued.text(), "$.number");
    }

    void press(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name)).click();
    }

    @Test
    void anOfficerProposesAnAlertAVisaRevocationAndAReferralAndTheVisaOfficeSeesTheProposal() {
        String customs = createOfficer("CUSTOMS", "SECONDARY_OFFICER");
        String visaOfficer = createOfficer("IMMIGRATION", "VISA_OFFICER");
        String visa = issuedVisa(visaOfficer);

        signIn(customs, ApiClient.OFFICER_PASSWORD);
        page.navigate(url("/incidents/new"));
        page.getByLabel("Type").selectOption("FRAUDULENT_DOCUMENT");
        page.getByLabel("When (local time)").fill("2026-01-12T14:05");
        page.getByLabel("What happened").fill("Altered data page presented at the arrival booth");
        page.getByLabel("Severity").selectOption("HIGH");
        press("Report the incident");
        assertThat(page.locator("h1")).containsText("raudulent");

        page.locator("#alert-owningAgency").selectOption("IMMIGRATION");
        page.locator("#alert-surname").fill("Ngiraked");
        page.locator("#alert-givenNames").fill("Dirra");
        page.locator("#alert-reason").fill("Presented an altered passport");
        press("Propose the alert as a draft");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft alert PROPOSED-");
        assertThat(page.locator("ul.links")).containsText("draft proposed to IMMIGRATION");

        page.locator("#revocation-visaId").fill("V99999996");
        page.locator("#revocation-reason").fill("Altered passport");
        press("Propose the revocation");
        assertThat(page.locator("#error-summary")).containsText("There is no visa V99999996");

        page.locator("#revocation-visaId").fill(visa);
        page.locator("#revocation-reason").fill("Holder presented an altered passport");
        press("Propose the revocation");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Revocation of visa " + visa + " proposed");

        page.locator("#referral-agency").selectOption("POLICE");
        page.locator("#referral-reason").fill("Prosecution for document fraud");
        press("Refer the incident");
        assertThat(page.locator("table.tasks")).containsText("Accept or decline the referral: Prosecution for document fraud");
        assertThat(page.locator(".timeline")).containsText("Referred to POLICE");

        page.getByLabel("Kind of record").selectOption("DOCUMENT");
        page.getByLabel("Record id (traveller, document number, alert...)").fill("PW5550001");
        press("Add the link");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show the link graph")).click();
        assertThat(page.locator("h1")).hasText("Link graph");
        assertThat(page.locator("svg.link-graph-svg circle")).hasCount(1);
        assertThat(page.locator("svg.link-graph-svg rect")).hasCount(3);
        assertThat(page.locator(".graph-list")).containsText("DOCUMENT PW5550001");
        assertThat(page.locator(".graph-list")).containsText("VISA " + visa);
        assertThat(page.locator("figcaption")).containsText("4 records and 3 links");
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                .setPath(java.nio.file.Path.of("target", "screenshots", "IncidentResponsesBrowserTests-link-graph.png")));
        signOut();

        signIn(visaOfficer, ApiClient.OFFICER_PASSWORD);
        page.navigate(url("/visas/revocation-proposals"));
        assertThat(page.locator("table.revocation-proposals")).containsText("Holder presented an altered passport");
        assertThat(page.locator("table.revocation-proposals")).containsText(customs + " (CUSTOMS)");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(visa)).click();
        assertThat(page.locator("h2#revoke-heading")).isVisible();
    }
}
