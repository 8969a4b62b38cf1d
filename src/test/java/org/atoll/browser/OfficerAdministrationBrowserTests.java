package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.atoll.ApiClient;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

class OfficerAdministrationBrowserTests extends BrowserTest {

    @Test
    void theAdministratorCreatesAnOfficerWhoSignsInAndSeesOnlyTheirMenu() {
        signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        Locator nav = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
        assertThat(nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Officers"))).isVisible();

        nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Officers")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New officer")).click();

        // First a mistake: the form comes back with the message next to the field and nothing saved.
        page.getByLabel("Username").fill("e.rechucher");
        page.getByLabel("Full name").fill("Elsa Rechucher");
        page.getByLabel("Agency").selectOption("IMMIGRATION");
        page.getByLabel("Primary officer").check();
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("short");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#password-error")).containsText("at least 12 characters");
        assertThat(page.getByLabel("Full name")).hasValue("Elsa Rechucher");

        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("Stone-Money-Path-2026");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Officer e.rechucher saved");
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("e.rechucher"))).containsText("Primary officer");

        signOut();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("signed out");

        signIn("e.rechucher", "Stone-Money-Path-2026");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome, Elsa Rechucher");
        assertThat(page.locator(".lead")).containsText("Primary officer");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Officers"))).hasCount(0);
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Audit trail"))).hasCount(0);

        page.navigate(url("/admin/officers"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Not allowed");
    }

    @Test
    void aWrongPasswordShowsOneMessageWhetherOrNotTheUserExists() {
        signIn("nobody-at-all", "whatever-password");
        String unknownUser = page.getByRole(AriaRole.ALERT).textContent();
        signIn(ApiClient.ADMIN, "not-the-admin-password");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(unknownUser);
    }
}
