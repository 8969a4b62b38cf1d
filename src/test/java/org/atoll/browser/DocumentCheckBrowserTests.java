package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.atoll.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The document check page as an officer uses it: a desk reader's keystroke burst, a bad check digit, manual entry. */
class DocumentCheckBrowserTests extends BrowserTest {

    // ICAO Doc 9303 Part 4 specimen (Utopia), as in the cheminfo/mrz test suite (MIT).
    static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @BeforeEach
    void signInAsPrimaryOfficer() {
        signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Document check")).first().click();
    }

    @Test
    void aScannedZoneIsReadAsTheKeystrokesArrive() {
        page.getByLabel("Machine readable zone").focus();
        // A desk reader types the lines as keystrokes with a line break between them.
        page.keyboard().type(LINE1 + "\n" + LINE2, new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(2));
        assertThat(page.locator(".mrz-result")).containsText("ERIKSSON");
        assertThat(page.locator(".mrz-verdicts")).containsText("Syntax and check digits: valid");
        assertThat(page.locator(".mrz-verdicts")).containsText("EXPIRED");
    }

    @Test
    void aWrongCheckDigitIsNamedInWordsAndHighlighted() {
        page.getByLabel("Machine readable zone").fill(LINE1 + "\n" + LINE2.replace("L898902C36", "L898902C37"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read")).click();
        assertThat(page.locator(".mrz-verdicts")).containsText("INVALID");
        assertThat(page.locator("tr.check-failed").first()).containsText("documentNumber");
        assertThat(page.locator("tr.check-failed").first()).containsText("FAILS");
        assertThat(page.locator(".mrz-errors")).containsText("Line 2");
    }

    @Test
    void garbageOffersManualEntryWhichChecksTheTypedDetails() {
        page.getByLabel("Machine readable zone").fill("THIS IS NOT A PASSPORT");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read")).click();
        assertThat(page.locator("#not-an-mrz")).containsText("not a machine readable zone");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Enter the document by hand instead")).click();
        page.getByLabel("Issuing state (ICAO code)").fill("PLW");
        page.getByLabel("Document number").fill("PW1234567");
        page.getByLabel("Surname").fill("Ngiraked");
        page.getByLabel("Given names").fill("Dirra");
        page.getByLabel("Nationality (ICAO code)").fill("PLW");
        page.getByLabel("Date of birth (YYYY, YYYY-MM or YYYY-MM-DD)").fill("1981-03-09");
        page.getByLabel("Sex").selectOption("FEMALE");
        page.getByLabel("Date of expiry").fill("2031-05-01");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Check these details")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Entered by hand");
        assertThat(page.locator(".mrz-result")).containsText("NGIRAKED");
        assertThat(page.locator(".mrz-verdicts")).containsText("not expired");
    }
}
