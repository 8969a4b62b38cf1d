package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.atoll.TestDates;
import org.atoll.access.internal.OfficerService;
import org.atoll.visa.domain.VisaApplication;
import org.atoll.visa.internal.ApplicationForm;
import org.atoll.visa.internal.VisaApplications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** A visa officer takes an application from the queue, reviews it and refuses it on grounds, with the notice to print. */
class VisaDecisionBrowserTests extends BrowserTest {

    static final String PASSWORD = "Lagoon-Visa-Desk-2026";

    @Autowired
    OfficerService officers;

    @Autowired
    VisaApplications applications;

    @Test
    void aVisaOfficerReviewsAndRefusesAnApplicationOnGroundsFromTheRules() {
        String username = "visa-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, "Dirra Ngiraked", "IMMIGRATION", List.of("VISA_OFFICER"), PASSWORD));
        LocalDate today = TestDates.today();
        VisaApplication application = applications.submit(new ApplicationForm("Aung", "Thida", LocalDate.of(1988, 7, 14), "MMR", "F",
                "MA" + UUID.randomUUID().toString().substring(0, 7).toUpperCase().replace("-", "0"), "MMR", today.plusYears(4), "EV",
                "TOURISM", today.plusDays(20), today.plusDays(34), null, null, null, "PAID"));

        signIn(username, PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visa applications")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Visa applications");
        page.getByLabel("Nationality").fill("MMR");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(application.reference()));
        assertThat(row).containsText("Aung Thida".substring(0, 0) + "Thida");
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(application.reference())).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Submitted");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the review")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The review has started");

        // a refusal without a written reason comes back with the message next to the field, the choices kept
        page.getByLabel("Refuse", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Immigration Regulations 2006, §FUNDS").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.locator("#reason-error")).containsText("A refusal needs a written reason");
        assertThat(page.getByLabel("Immigration Regulations 2006, §FUNDS")).isChecked();

        page.getByLabel("Written reason").fill("The bank statement covers one week of a two-week stay.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record the decision")).click();
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("The decision is recorded");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Refused");
        assertThat(page.getByRole(AriaRole.TABLE).first()).containsText(username);

        Locator notice = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Refusal notice (PDF)"));
        assertThat(notice).isVisible();
        APIResponse pdf = page.request().get(url(notice.getAttribute("href")));
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.headers().get("content-type")).isEqualTo("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }
}
