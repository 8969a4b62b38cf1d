package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;

import org.atoll.ApiClient;
import org.atoll.TestDates;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** An administrator drafts a change to the rules, sees it fail validation, and previews whom it affects. */
class RegulationEditorBrowserTests extends BrowserTest {

    @Test
    void anAdministratorEditsARegimeValidatesAndPreviewsTheDraft() {
        signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        openMoreInTheNavigation();
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Regulations")).click();
        page.getByLabel("Effective date").fill(TestDates.today().plusYears(5).toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create draft")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft created");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit R-RUS")).click();
        assertThat(page.getByLabel("Code", new Page.GetByLabelOptions().setExact(true))).hasValue("R-RUS");
        page.getByLabel("Stay (days)", new Page.GetByLabelOptions().setExact(true)).fill("200");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Draft saved");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Validate")).click();
        Locator validation = page.locator("#validation");
        assertThat(validation).containsText("regime R-RUS");
        assertThat(validation).containsText("STAY_BEYOND_TYPE_LIMIT");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview the impact")).click();
        assertThat(page.locator("#preview")).containsText("RUS tourism 14 days");
        assertThat(page.locator("#preview-arrivals")).hasText(java.util.regex.Pattern.compile(
                "^(No arrivals recorded yet between \\d{4}-\\d{2}-\\d{2} and \\d{4}-\\d{2}-\\d{2}|Over (one|\\d+) recorded arrivals? of the last 12 months).*"));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish")).click();
        assertThat(page.getByRole(AriaRole.ALERT).first()).containsText("Not published");
    }
}
