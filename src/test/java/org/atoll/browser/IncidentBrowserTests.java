package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.atoll.ApiClient;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/** A customs officer reports a biosecurity interception and tasks Biosecurity; a biosecurity officer completes the task. */
class IncidentBrowserTests extends BrowserTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    String createOfficer(String agency) {
        var request = page.request();
        var token = request.post(url("/api/v1/auth/token"), RequestOptions.create()
                .setData(Map.of("username", ApiClient.ADMIN, "password", ApiClient.ADMIN_PASSWORD)));
        String admin = com.jayway.jsonpath.JsonPath.read(token.text(), "$.token");
        String username = agency.toLowerCase().substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 6);
        var created = request.post(url("/api/v1/officers"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + admin)
                .setData(Map.of("username", username, "fullName", "Officer " + username, "agency", agency,
                        "roles", java.util.List.of("ANALYST"), "password", ApiClient.OFFICER_PASSWORD)));
        if (created.status() != 201) {
            throw new IllegalStateException("officer not created: " + created.status() + " " + created.text());
        }
        return username;
    }

    @Test
    void aCustomsOfficerReportsAnInterceptionAndABiosecurityOfficerCompletesTheTask() {
        String customs = createOfficer("CUSTOMS");
        String biosecurity = createOfficer("BIOSECURITY");

        signIn(customs, ApiClient.OFFICER_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Incidents").setExact(true)).first().click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Report an incident")).click();
        page.getByLabel("Type").selectOption("BIOSECURITY_INTERCEPTION");
        page.getByLabel("When (local time)").fill("2026-01-10T09:30");
        page.getByLabel("Port (UN/LOCODE, e.g. PWROR)").fill("PWROR");
        page.getByLabel("Place").fill("Baggage hall, belt 2");
        page.getByLabel("What happened").fill("Undeclared mangoes and soil-covered plant cuttings in a checked bag");
        page.getByLabel("Severity").selectOption("MEDIUM");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Report the incident")).click();

        assertThat(page.locator("h1")).containsText("Biosecurity interception");
        page.getByLabel("Task", new Page.GetByLabelOptions().setExact(true)).fill("Inspect and destroy the plant material");
        page.getByLabel("Assign to agency").selectOption("BIOSECURITY");
        page.getByLabel("Due date").fill("2026-12-31");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Assign the task")).click();
        assertThat(page.locator("table.tasks")).containsText("Inspect and destroy the plant material");
        assertThat(page.locator(".timeline")).containsText("Task for BIOSECURITY");
        page.getByLabel("Photo or scan (JPEG, PNG, PDF or TIFF, at most 10 MB)").setInputFiles(
                new com.microsoft.playwright.options.FilePayload("cuttings.png", "image/png", PNG));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Attach")).click();
        assertThat(page.locator(".attachments")).containsText("cuttings.png");
        signOut();

        signIn(biosecurity, ApiClient.OFFICER_PASSWORD);
        page.navigate(url("/incidents"));
        assertThat(page.locator(".notifications")).containsText("Task assigned to you: Inspect and destroy the plant material");
        page.locator(".task-list").getByRole(AriaRole.LINK,
                new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Inspect and destroy the plant material")).click();
        page.getByLabel("Outcome").fill("Material seized and incinerated");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Mark completed")).click();
        assertThat(page.locator("table.tasks")).containsText("Completed by " + biosecurity);
        assertThat(page.locator(".timeline")).containsText("Task completed: Inspect and destroy the plant material");
        signOut();

        signIn(customs, ApiClient.OFFICER_PASSWORD);
        page.navigate(url("/incidents"));
        assertThat(page.locator(".notifications")).containsText("Task completed: Inspect and destroy the plant material");
    }
}
