package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.atoll.ApiClient;
import org.atoll.TestDates;
import org.junit.jupiter.api.Test;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.RequestOptions;

/** The arrival board as the duty officer reads it before a flight lands. */
class ArrivalBoardBrowserTests extends BrowserTest {

    @Test
    void theBoardNamesWhoToReferAndWhoLacksAVisaAndLeadsToTheManifest() throws Exception {
        LocalDate today = TestDates.today();
        String token = JsonPath.read(page.request().post(url("/api/v1/auth/token"), RequestOptions.create()
                .setData(Map.of("username", ApiClient.ADMIN, "password", ApiClient.ADMIN_PASSWORD))).text(), "$.token");
        String csv = "reference,carrier,flight,departure_port,departure_time,arrival_port,arrival_time,role,surname,"
                + "given_names,sex,date_of_birth,nationality,document_type,document_number,document_issuer,document_expiry\n"
                + "BRW-1,PA,PA777,GUM," + today + "T20:00,ROR," + today + "T23:30,passenger,HOSSAIN,TANVIR,M,1988-08-18,BGD,P,BR5550001,BGD,2033-01-01\n"
                + "BRW-1,PA,PA777,GUM," + today + "T20:00,ROR," + today + "T23:30,passenger,OITERONG,A B C D E F G H I J K L M N O P Q,F,1979-01-01,USA,P,566612345,USA,2033-01-01\n"
                + "BRW-1,PA,PA777,GUM," + today + "T20:00,ROR," + today + "T23:30,passenger,RUNGES,SHIRLEY,F,1970-01-01,USA,P,577712345,USA,2033-01-01\n";
        APIResponse created = page.request().post(url("/api/v1/manifests"), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token).setHeader("Content-Type", "text/csv").setData(csv));
        String id = JsonPath.read(created.text(), "$.manifestId");
        for (int i = 0; i < 300 && page.request().get(url("/api/v1/manifests/" + id), RequestOptions.create()
                .setHeader("Authorization", "Bearer " + token)).text().contains("PENDING"); i++) {
            Thread.sleep(100);
        }

        signIn(ApiClient.ADMIN, ApiClient.ADMIN_PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Arrivals").setExact(true)).first().click();
        page.getByLabel("Port (UN/LOCODE or airport code)").fill("PWROR");
        page.getByLabel("Date").fill(today.toString());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

        assertThat(page.locator("#arrivals")).containsText("PA777");
        assertThat(page.locator("#arrivals")).containsText("0 to refer, 1 visa needed, 1 not screened (error)");
        assertThat(page.locator("#to-refer")).containsText("OITERONG");
        assertThat(page.locator("#to-refer")).containsText("screening failed");
        assertThat(page.locator("#visa-needed")).containsText("HOSSAIN");
        assertThat(page.locator("#visa-needed")).containsText("visa required and none held");
        assertThat(page.locator("#to-refer")).not().containsText("RUNGES");

        page.locator("#arrivals").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("PA777")).click();
        assertThat(page.locator("#persons")).containsText("RUNGES");
        assertThat(page.locator("#persons")).containsText("CLEAR");
        assertThat(page.locator("#persons")).containsText("VISA_NEEDED");
    }
}
