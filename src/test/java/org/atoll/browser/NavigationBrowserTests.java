package org.atoll.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.atoll.access.Role;
import org.atoll.access.internal.OfficerService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;

/**
 * The banner of an officer holding every role stays on one row at a 1366x768 booth screen, and every
 * page their roles allow is still reachable from it: directly, or through the "More" menu.
 */
class NavigationBrowserTests extends BrowserTest {

    static final String PASSWORD = "Harbour-Lagoon-Compass-2026";

    @Autowired
    OfficerService officers;

    @Test
    void anOfficerWithEveryRoleSeesTheBannerOnOneRowAtABoothScreen() {
        signInWithEveryRole();
        page.setViewportSize(1366, 768);
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/nav-1366.png")));

        Locator nav = mainNavigation();
        double linkHeight = nav.getByRole(AriaRole.LINK).first().boundingBox().height;
        assertThat(nav.boundingBox().height).isLessThan(1.6 * linkHeight);
        BoundingBox banner = page.locator(".banner-inner").boundingBox();
        BoundingBox signOut = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).boundingBox();
        assertThat(signOut.y).as("the sign-out button shares the navigation's row")
                .isBetween(nav.boundingBox().y - linkHeight, nav.boundingBox().y + linkHeight);
        assertThat(banner.height).isLessThan(2.2 * linkHeight);

        nav.locator("summary").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/nav-1366-open.png")));
    }

    @Test
    void everyPageOnTheStartPageIsReachableFromTheNavigation() {
        signInWithEveryRole();
        Map<String, String> pages = pagesOnTheStartPage();
        assertThat(pages).hasSizeGreaterThan(20);

        Locator nav = mainNavigation();
        for (Map.Entry<String, String> entry : pages.entrySet()) {
            Locator link = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(entry.getKey()).setExact(true).setIncludeHidden(true));
            assertThat(link.count()).as(entry.getKey()).isEqualTo(1);
            if (!link.isVisible()) {
                nav.locator("summary").click();
                assertThat(link).isVisible();
            }
            assertThat(link).hasAttribute("href", entry.getValue());
            page.keyboard().press("Escape");
            assertThat(nav.locator("details[open]")).hasCount(0);
        }
    }

    @Test
    void theMoreMenuWorksWithTheKeyboardAndMarksTheCurrentPage() {
        signInWithEveryRole();
        Locator nav = mainNavigation();
        Locator summary = nav.locator("summary");
        Locator audit = nav.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Audit trail"));
        assertThat(audit).isHidden();

        summary.focus();
        page.keyboard().press("Enter");
        assertThat(audit).isVisible();
        audit.focus();
        page.keyboard().press("Enter");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Audit");

        assertThat(nav.locator("[aria-current=page]")).hasCount(1);
        assertThat(nav.locator("[aria-current=page]")).hasText("Audit trail");
        assertThat(nav.locator("details")).hasClass(Pattern.compile("\\bcurrent\\b"));

        page.navigate(url("/visas/lookup"));
        assertThat(nav.locator("[aria-current=page]")).hasCount(1);
        assertThat(nav.locator("[aria-current=page]")).hasText("Visas by passport");

        summary.focus();
        page.keyboard().press("Enter");
        assertThat(audit).isVisible();
        page.keyboard().press("Escape");
        assertThat(audit).isHidden();
        assertThat(summary).isFocused();
    }

    @Test
    void aNarrowScreenKeepsEveryPageReachableWithoutScrollingSideways() {
        signInWithEveryRole();
        page.setViewportSize(800, 768);
        page.reload();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/nav-800.png")));
        Locator nav = mainNavigation();
        nav.locator("summary").click();
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("/tmp/nav-800-open.png")));
        for (Locator link : nav.getByRole(AriaRole.LINK).all()) {
            assertThat(link).isVisible();
            BoundingBox box = link.boundingBox();
            assertThat(box.x).isGreaterThanOrEqualTo(0);
            assertThat(box.x + box.width).isLessThanOrEqualTo(800);
        }
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(800);
    }

    private void signInWithEveryRole() {
        String username = "all-" + UUID.randomUUID().toString().substring(0, 6);
        officers.create(new OfficerService.NewOfficer(username, "Ngiraibuuch Rechelluul-Tmetuchl", "IMMIGRATION",
                Arrays.stream(Role.values()).map(Role::name).toList(), PASSWORD));
        signIn(username, PASSWORD);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Welcome");
        page.waitForLoadState(LoadState.LOAD);
    }

    private Locator mainNavigation() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main navigation"));
    }

    /** The start page lists, as cards, every page the officer's roles allow: the navigation must offer the same. */
    private Map<String, String> pagesOnTheStartPage() {
        Map<String, String> pages = new LinkedHashMap<>();
        for (Locator card : page.locator("main .card a").all()) {
            pages.put(card.locator(".card-title").textContent().strip(), card.getAttribute("href"));
        }
        return pages;
    }
}
