package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.atoll.access.internal.OfficerService;
import org.atoll.document.MachineReadableZones;
import org.atoll.inspection.TestPassports;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The border as officers work it: a booth officer admits one traveller and refers another; a
 * secondary officer interviews the referred traveller and refuses entry on grounds from the rules;
 * a supervisor approves and the refusal notice is there to print.
 */
class BorderInspectionBrowserTests extends BrowserTest {

    static final String PASSWORD = "Malakal-Booth-Lagoon-2026";

    @Autowired
    OfficerService officers;

    @Autowired
    MachineReadableZones zones;

    String officer(String name, String role) {
        String username = role.toLowerCase().substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, name, "IMMIGRATION", List.of(role), PASSWORD));
        return username;
    }

    void scan(String mrz) {
        Locator zone = page.getByLabel("Machine readable zone");
        zone.fill(mrz);
        zone.press("Enter");
    }

    @Test
    void aBoothOfficerAdmitsOneTravellerAndRefersAnotherWhoIsRefusedAtSecondaryWithANotice() {
        String primary = officer("Ngiraked Booth", "PRIMARY_OFFICER");
        String secondary = officer("Rengiil Secondary", "SECONDARY_OFFICER");
        String supervisor = officer("Tellei Supervisor", "SUPERVISOR");
        TestPassports passports = new TestPassports(zones);
        String visitorSurname = TestPassports.newSurname("HARRIS");
        String referredSurname = TestPassports.newSurname("AHMED");

        signIn(primary, PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Booth")).click();
        page.getByLabel("Booth", new Page.GetByLabelOptions().setExact(true)).fill("A3");

        // an Australian visitor: visa on arrival, proposed for admission, confirmed with Enter
        scan(passports.passport("AUS", visitorSurname, TestPassports.newNumber()));
        Locator verdict = page.locator("#booth-result [role=status]").first();
        assertThat(verdict).containsText("ADMIT");
        assertThat(verdict).containsText("VOA");
        // at 1366x768 the verdict and the confirm button are on screen without scrolling
        assertThat(page.locator("#booth-result .verdict")).isInViewport();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision"))).isInViewport();
        page.screenshot(new Page.ScreenshotOptions().setPath(java.nio.file.Path.of("target", "screenshots", "booth-admit-1366x768.png")));
        page.getByLabel("Entry form checked").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#booth-decided")).containsText("Decision recorded: ADMIT");
        assertThat(page.getByLabel("Machine readable zone")).isFocused();

        // a Bangladeshi national without a visa: referred, citing the executive order
        scan(passports.passport("BGD", referredSurname, TestPassports.newNumber()));
        assertThat(page.locator("#booth-result .verdict")).containsText("REFER TO SECONDARY");
        assertThat(page.locator("#booth-result .verdict")).containsText("Executive Order 450, §VISA-REQUIRED");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#booth-decided")).containsText("Decision recorded: REFER");

        // a zone that is not one: what is wrong, and manual entry
        scan("P<AUSNOT<<A<ZONE\nSHORT");
        assertThat(page.locator("#booth-unreadable")).containsText("cannot be read");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Manual entry"))).isVisible();

        // the zone stays unreadable: the officer types the data page in and admits the traveller all the same
        String manualSurname = TestPassports.newSurname("TAUFA");
        page.getByLabel("Surname").fill(manualSurname);
        page.getByLabel("Given names").fill("SIONE");
        page.getByLabel("Passport number").fill(TestPassports.newNumber());
        page.getByLabel("Issuing state").fill("TON");
        page.getByLabel("Nationality").fill("TON");
        page.getByLabel("Date of birth").fill("1990-05-06");
        page.getByLabel("Sex").selectOption("M");
        page.getByLabel("Date of expiry").fill(org.atoll.TestDates.today().plusYears(3).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inspect these details")).click();
        assertThat(page.locator("#booth-result .verdict")).containsText("ADMIT");
        assertThat(page.locator("#booth-result .verdict")).containsText(manualSurname);
        assertThat(page.locator("#booth-result")).containsText("entered by hand");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#booth-decided")).containsText("Decision recorded: ADMIT");
        assertThat(page.getByLabel("Machine readable zone")).isFocused();
        signOut();

        // secondary: the queue, the interview, the refusal on grounds
        signIn(secondary, PASSWORD);
        page.navigate(url("/inspections/referrals?port=PWROR"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ANNA " + referredSurname)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("REFERRED");
        page.getByLabel("Language of the interview").fill("Bengali");
        page.getByLabel("Interpreter (name, or blank)").fill("M. Rahman (telephone)");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the interview")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The interview has started");
        page.getByLabel("1. What is the purpose of your visit to Palau?").fill("Visiting a cousin who works in Koror.");
        page.getByLabel("Documents examined").fill("Passport; no visa; no return ticket");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close the interview")).click();
        assertThat(page.getByRole(AriaRole.STATUS).first()).containsText("The interview is closed");

        page.getByLabel("Refuse entry").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#grounds-error")).containsText("cites at least one provision");
        page.getByLabel("Refuse entry").check();
        page.getByLabel("Executive Order 450, §VISA-REQUIRED").check();
        page.getByLabel("Written reason").fill("No visa held; Bangladeshi nationals need a visa obtained before travel.");
        page.getByLabel("Carrier (refusal: responsible for removal)").fill("United Airlines");
        page.getByLabel("Flight or vessel").fill("UA154");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("REFUSAL_AWAITING_APPROVAL");
        String referralUrl = page.url();
        signOut();

        // the supervisor approves; the notice is there to print
        signIn(supervisor, PASSWORD);
        page.navigate(referralUrl);
        page.getByLabel("Note").fill("Grounds stand.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve the refusal")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("REFUSED");
        Locator notice = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refusal notice (PDF)"));
        assertThat(notice).isVisible();
        APIResponse pdf = page.request().get(url(notice.getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }
}
