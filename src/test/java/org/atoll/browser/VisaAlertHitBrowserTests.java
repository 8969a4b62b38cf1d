package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.atoll.TestDates;
import org.atoll.access.internal.OfficerService;
import org.atoll.alert.AlertFixtures;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.internal.ApplicationForm;
import org.atoll.visa.internal.VisaApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/**
 * A visa officer finds a strong alert hit on an application, cannot approve it until the hit is
 * settled, records it as a false positive, approves, records the fee, issues an MRV-B visa and
 * finds it again by passport.
 */
class VisaAlertHitBrowserTests extends BrowserTest {

    static final String PASSWORD = "Lagoon-Visa-Desk-2026";

    @Autowired
    OfficerService officers;

    @Autowired
    VisaApplications applications;

    private void activeAlertOn(String surname, String givenNames, String bornOn) {
        String manager = "alerts-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(manager, "Alert Manager", "IMMIGRATION", List.of("ALERT_MANAGER"), PASSWORD));
        APIResponse token = page.request().post(url("/api/v1/auth/token"), RequestOptions.create()
                .setHeader("Content-Type", "application/json")
                .setData("{\"username\":\"" + manager + "\",\"password\":\"" + PASSWORD + "\"}"));
        assertThat(token.status()).isEqualTo(200);
        String bearer = JsonPath.read(token.text(), "$.token");
        APIResponse created = page.request().post(url("/api/v1/alerts"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + bearer).setHeader("Content-Type", "application/json")
                .setData(AlertFixtures.aPersonAlert(AlertFixtures.uniqueReference("VISA")).named(surname, givenNames)
                        .bornOn(bornOn).nationality("MMR").sex("F").active().json()));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
    }

    @Test
    void aStrongHitIsSettledBeforeTheVisaIsApprovedAndIssued() {
        String username = "visa-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, "Dirra Ngiraked", "IMMIGRATION", List.of("VISA_OFFICER"), PASSWORD));
        activeAlertOn("NGWE-KALAMBAYI", "Thandeka Moe", "1985-09-09");
        LocalDate today = TestDates.today();
        String passport = "MB" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
        VisaApplication application = applications.submit(new ApplicationForm("Ngwe-Kalambayi", "Thandeka Moe",
                LocalDate.of(1985, 9, 9), "MMR", "F", passport, "MMR", today.plusYears(4), "EV", "TOURISM", today.plusDays(20),
                today.plusDays(34), null, null, null, "UNPAID"));

        signIn(username, PASSWORD);
        page.navigate(url("/visas/applications/" + application.id()));
        Locator alertList = page.locator("#alerts");
        assertThat(alertList).containsText("1 hits");
        assertThat(alertList.getByRole(AriaRole.TABLE)).containsText("Strong match");
        assertThat(alertList).containsText("Must be settled");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the review")).click();
        page.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#error-summary")).containsText("is not settled");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Under review");

        alertList.getByLabel("Disposition").selectOption("FALSE_POSITIVE");
        alertList.getByLabel("What you found").fill("Different person: other birthplace, photo does not match");
        alertList.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Record the disposition")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The disposition of the hit is recorded");
        assertThat(alertList).containsText("False positive by " + username);
        assertThat(alertList).containsText("Nothing on the alert list stops an approval");

        page.getByLabel("Fee status").selectOption("PAID");
        page.getByLabel("Amount paid").fill("USD 25");
        page.getByLabel("Receipt").fill("R-2026-0777");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the fee status")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The fee status is recorded");
        assertThat(page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Fee recordings")))
                .containsText("Paid, USD 25.00, Receipt R-2026-0777 (" + username + ")");

        page.getByLabel("Approve", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Approved");

        page.getByLabel("MRZ format").selectOption("MRV-B");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Issue the visa")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The visa is issued");
        String mrz = page.locator("pre.visa-mrz").textContent().strip();
        List<String> lines = mrz.lines().toList();
        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l).hasSize(36));
        assertThat(lines.get(0)).startsWith("V<PLWNGWE<KALAMBAYI<<THANDEKA<MOE");

        openMoreInTheNavigation();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visas by passport")).click();
        page.getByLabel("Nationality (3-letter code)").fill("MMR");
        page.getByLabel("Passport number").fill(passport);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find")).click();
        Locator results = page.locator("#lookup-results");
        assertThat(results).containsText("1 visas for passport " + passport + " of MMR");
        assertThat(results.getByRole(AriaRole.TABLE)).containsText("Usable today");
        String visaNumber = results.getByRole(AriaRole.LINK).first().textContent().strip();

        // and by its number
        page.getByLabel("Visa number").fill("V99999999");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the visa")).click();
        assertThat(page.locator("#number-error")).containsText("No visa has the number V99999999");
        page.getByLabel("Visa number").fill(visaNumber);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open the visa")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(visaNumber);
        assertThat(page.locator("pre.visa-mrz")).containsText("NGWE<KALAMBAYI");
    }
}
