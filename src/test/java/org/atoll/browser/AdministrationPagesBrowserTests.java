package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.atoll.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The administrators' pages work with the strict Content-Security-Policy, htmx and the keyboard. */
class AdministrationPagesBrowserTests extends BrowserTest {

    private final List<String> consoleErrors = new ArrayList<>();

    @BeforeEach
    void signInAsAdministrator() {
        page.onConsoleMessage(m -> {
            if ("error".equals(m.type())) {
                consoleErrors.add(m.text());
            }
        });
        signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
    }

    @Test
    void theReferenceListFiltersAsTheAdministratorTypes() {
        page.navigate(url("/admin/reference/countries"));
        int all = page.locator("#reference-rows tbody tr").count();
        assertThat(all).isGreaterThan(250);
        page.getByLabel("Filter").fill("Palau");
        assertThat(page.locator("#reference-rows tbody tr")).hasCount(1);
        assertThat(page.locator("#reference-rows tbody tr")).containsText("PLW");
        assertThat(consoleErrors).as("no CSP violations or script errors").isEmpty();
    }

    @Test
    void theAuditChainIsVerifiedFromTheAuditPage() {
        page.navigate(url("/admin/audit"));
        assertThat(page.locator("#audit-results tbody tr").first()).isVisible();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify the chain")).click();
        assertThat(page.locator("#verification")).containsText("The chain is intact");
        page.getByLabel("Officer").fill("admin");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
        assertThat(page.locator("#audit-results tbody tr").first()).containsText("SIGN_IN");
        assertThat(consoleErrors).isEmpty();
    }

    @Test
    void anApiClientsTokenIsShownOnceAfterCreation() {
        page.navigate(url("/admin/api-clients"));
        page.getByLabel("Name").fill("Nauru Airlines check-in");
        page.getByLabel("Carrier code").fill("ON");
        page.getByLabel("MANIFEST_SUBMIT").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
        assertThat(page.locator("#created-token")).containsText("atc_");
        page.reload();
        assertThat(page.locator("#created-token")).hasCount(0);
        assertThat(page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Nauru Airlines check-in"))).containsText("Active");
    }

    @Test
    void theOfficerFormCanBeFilledWithTheKeyboardAlone() {
        page.navigate(url("/admin/officers/new"));
        page.getByLabel("Username").focus();
        page.keyboard().type("kb.only");
        page.keyboard().press("Tab");
        page.keyboard().type("Keyboard Only");
        page.keyboard().press("Tab");
        page.keyboard().press("ArrowDown");
        page.keyboard().press("Tab");
        page.keyboard().press("Space");
        assertThat(page.getByLabel("Primary officer")).isChecked();
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().type("Coral-Garden-Quiet-19");
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Officer kb.only saved");
    }
}
