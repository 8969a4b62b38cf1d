package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.atoll.movement.Crossings.PALAU;
import static org.atoll.movement.Crossings.aTraveller;
import static org.atoll.movement.Crossings.anEntry;
import static org.atoll.movement.Crossings.anExit;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import org.atoll.access.internal.OfficerService;
import org.atoll.movement.Movements;
import org.atoll.movement.TravellerDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A supervisor finds an overstayer in the list, opens their file and reads their stays across two passports. */
class MovementBrowserTests extends BrowserTest {

    static final String PASSWORD = "Harbour-Overstay-Watch-2026";

    @Autowired
    OfficerService officers;

    @Autowired
    Movements movements;

    @Test
    void aSupervisorFollowsAnOverstayerFromTheListToTheirFile() {
        String username = "sup-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, "Leilani Remengesau", "IMMIGRATION", List.of("SUPERVISOR"), PASSWORD));
        LocalDate today = LocalDate.now(PALAU);
        String surname = "OVER" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replaceAll("[0-9-]", "X");
        TravellerDocument oldPassport = aTraveller().nationality("TON").named(surname, "SIONE").bornOn(LocalDate.of(1984, 4, 4)).build();
        TravellerDocument newPassport = aTraveller().nationality("TON").named(surname, "SIONE").bornOn(LocalDate.of(1984, 4, 4)).build();
        movements.record(anEntry(oldPassport).on(today.minusDays(300)).permit("VOA", today.minusDays(271)).build());
        movements.record(anExit(oldPassport).on(today.minusDays(280)).build());
        movements.record(anEntry(newPassport).on(today.minusDays(40)).permit("VOA", today.minusDays(11)).build());

        signIn(username, PASSWORD);
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"))
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Overstays")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("Overstays");
        page.getByLabel("Nationality").fill("TON");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
        Locator row = page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName(surname + ", SIONE"));
        assertThat(row).containsText("11 days over");
        assertThat(row).containsText(newPassport.documentNumber().value());
        row.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(surname + ", SIONE")).click();

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText(surname + ", SIONE");
        assertThat(page.getByRole(AriaRole.STATUS)).containsText("Overstaying: 11 days past the permitted date");
        // both passports in the documents table, the first crossing's too in the movements table
        assertThat(page.getByRole(AriaRole.CELL, new Page.GetByRoleOptions().setName(oldPassport.documentNumber().value())
                .setExact(true))).hasCount(3);
        assertThat(page.getByRole(AriaRole.LIST).filter(new Locator.FilterOptions().setHasText("still in the country")))
                .containsText("to " + today.minusDays(280));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Merge another record into this traveller")))
                .isVisible();
    }
}
