package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;

import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.atoll.access.internal.OfficerService;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A statistician opens Statistics, groups a month's crossings by month and nationality and reads the counts. */
class StatisticsBrowserTests extends BrowserTest {

    static final String PASSWORD = "Tourism-Arrivals-Ledger-2026";

    @Autowired
    OfficerService officers;

    @Autowired
    Movements movements;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aStatisticianCountsAMonthsArrivalsByNationality() throws Exception {
        String username = "stat-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, "Ebil Ngirmang", "STATISTICS", List.of("STATISTICIAN"), PASSWORD));
        // a month of the 1800s no other test records crossings in
        YearMonth month = YearMonth.of(1800 + ThreadLocalRandom.current().nextInt(99), 1 + ThreadLocalRandom.current().nextInt(12));
        for (int i = 0; i < 4; i++) {
            TravellerDocument korean = aTraveller().nationality("KOR").bornOn(month.atDay(1).minusYears(40)).build();
            movements.record(anEntry(korean).on(month.atDay(3 + i)).build());
            if (i == 0) {
                movements.record(anExit(korean).on(month.atDay(20)).build());
            }
        }
        for (int i = 0; i < 3; i++) {
            movements.record(anEntry(aTraveller().nationality("JPN").bornOn(month.atDay(1).minusYears(30)).build())
                    .on(month.atDay(5)).build());
        }
        long deadline = System.currentTimeMillis() + 15_000;
        while (jdbc.sql("SELECT COUNT(*) FROM statistics_crossing WHERE crossed_month = :m").param("m", month.toString())
                .query(Long.class).single() < 8 && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }

        signIn(username, PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Statistics")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Border crossing statistics");
        page.getByLabel("From", new Page.GetByLabelOptions().setExact(true)).fill(month.atDay(1).toString());
        page.getByLabel("To", new Page.GetByLabelOptions().setExact(true)).fill(month.atEndOfMonth().toString());
        page.getByLabel("Month", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByLabel("Nationality", new Page.GetByLabelOptions().setExact(true)).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show")).click();

        Locator table = page.locator("#statistics-table");
        assertThat(table.locator("caption")).containsText("2 rows");
        assertThat(table.locator("thead")).containsText("Nationality");
        assertThat(table.locator("tbody tr").nth(0)).hasText(java.util.regex.Pattern.compile(
                month + "\\s*JPN\\s*3\\s*0"));
        assertThat(table.locator("tbody tr").nth(1)).hasText(java.util.regex.Pattern.compile(
                month + "\\s*KOR\\s*4\\s*<3"));
        Locator download = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download as CSV"));
        assertThat(download).hasAttribute("href", java.util.regex.Pattern.compile("crossings\\.csv\\?from=" + month.atDay(1)
                + ".*groupBy=month,nationality"));
        // the signed-in browser's own session fetches the file
        String csv = page.request().get(url(download.getAttribute("href"))).text();
        org.assertj.core.api.Assertions.assertThat(csv).contains("month,nationality,arrivals,departures", month + ",KOR,4,<3");
    }
}
