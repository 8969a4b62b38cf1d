package org.atoll.alert;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;

import org.atoll.ApiClient;
import org.atoll.TestDates;
import org.atoll.browser.BrowserTest;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** An alert manager creates an alert in the editor; a secondary officer screens a traveller and adjudicates the hit. */
class AlertWorkflowBrowserTests extends BrowserTest {

    private final HttpClient http = HttpClient.newHttpClient();

    private String createOfficer(String agency, String role) throws Exception {
        String token = JsonPath.read(post("/api/v1/auth/token", null,
                "{\"username\":\"" + ApiClient.ADMIN + "\",\"password\":\"" + ApiClient.ADMIN_PASSWORD + "\"}"), "$.token");
        String username = "b." + role.toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 6);
        post("/api/v1/officers", token, "{\"username\":\"" + username + "\",\"fullName\":\"Browser " + role + "\",\"agency\":\""
                + agency + "\",\"roles\":[\"" + role + "\"],\"password\":\"" + ApiClient.OFFICER_PASSWORD + "\"}");
        return username;
    }

    private String post(String path, String token, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) b.header("Authorization", "Bearer " + token);
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) throw new IllegalStateException(path + ": " + r.statusCode() + " " + r.body());
        return r.body();
    }

    private com.microsoft.playwright.Locator field(String label) {
        return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
    }

    private void click(AriaRole role, String name) {
        page.getByRole(role, new Page.GetByRoleOptions().setName(name).setExact(true)).click();
    }

    @Test
    void anAlertManagerCreatesAnAlertAndASecondaryOfficerAdjudicatesItsHit() throws Exception {
        String manager = createOfficer("POLICE", "ALERT_MANAGER");
        String secondary = createOfficer("IMMIGRATION", "SECONDARY_OFFICER");
        String reference = "POL-B-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();

        signIn(manager, ApiClient.OFFICER_PASSWORD);
        click(AriaRole.LINK, "Alert list");
        click(AriaRole.LINK, "New person alert");
        field("Reference").fill(reference);
        field("Category").selectOption("ARREST");
        field("Reason").fill("Warrant 2026/311: aggravated assault");
        field("Start as").selectOption("ACTIVE");
        field("Surname").fill("Rengiil");
        field("Given names").fill("Kelau Masang");
        field("Dates of birth").fill("1983-07-09");
        field("Nationalities").fill("PLW");
        field("Action on hit").selectOption("ARREST");
        field("Contact").fill("Police duty desk +680 488 1422");
        field("Violent").check();
        field("Review date").fill(TestDates.today().plusMonths(6).toString());
        field("Bureau of Customs and Border Protection - Immigration").check();
        // The legal basis is missing: the form comes back with the message beside that field and the rest kept.
        click(AriaRole.BUTTON, "Save");
        assertThat(page.locator("#legalBasis-error")).containsText("Fill in this field");
        assertThat(field("Surname")).hasValue("Rengiil");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Fill in this field.")).click();
        assertThat(field("Legal basis")).isFocused();
        page.keyboard().type("Criminal Procedure, 18 PNC § 201 (arrest warrants)");
        click(AriaRole.BUTTON, "Save");

        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("Alert " + reference + " saved");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Kelau Masang Rengiil");
        assertThat(page.locator("dl.details")).containsText("Active");
        assertThat(page.getByRole(AriaRole.TABLE)).containsText("Created");
        signOut();

        signIn(secondary, ApiClient.OFFICER_PASSWORD);
        openMoreInTheNavigation();
        click(AriaRole.LINK, "Screen a traveller");
        field("Surname").fill("RENGIIL");
        field("Given names").fill("KELAU");
        field("Date of birth").fill("1983-07-09");
        field("Document issuing state").fill("PLW");
        field("Document number").fill("PW3141592");
        click(AriaRole.BUTTON, "Screen");
        assertThat(page.locator("#results")).containsText("Kelau Masang Rengiil");
        assertThat(page.locator("#results")).containsText("Arrest");

        click(AriaRole.LINK, "Hit queue");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the hit on KELAU RENGIIL")).first().click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("side by side");
        assertThat(page.locator(".compare")).containsText("KELAU RENGIIL");
        assertThat(page.locator(".compare")).containsText("Kelau Masang Rengiil");
        assertThat(page.locator(".compare")).containsText("Violent");
        assertThat(page.locator(".action-banner")).containsText("Arrest");

        click(AriaRole.BUTTON, "Record disposition");
        assertThat(page.locator("#error-summary")).containsText("Say what you found");
        field("Confirmed").check();
        field("Note").fill("Identity confirmed against the warrant photograph; police called");
        field("Note").press("Tab");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Disposition recorded: Confirmed");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the hit on KELAU RENGIIL"))).hasCount(0);
    }
}
