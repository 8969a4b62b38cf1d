package org.atoll.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.atoll.access.MenuEntry;
import org.junit.jupiter.api.Test;

class NavigationTest {

    static final MenuEntry BOOTH = entry("border", 50, "Booth", "/inspections/booth");
    static final MenuEntry REFERRALS = entry("border", 60, "Referrals", "/inspections/referrals");
    static final MenuEntry VISA_QUEUE = entry("visas", 200, "Visa applications", "/visas");
    static final MenuEntry VISA_LOOKUP = entry("visas", 201, "Visas by passport", "/visas/lookup");
    static final MenuEntry ALERTS = entry("alerts", 300, "Alert list", "/alerts");
    static final MenuEntry OFFICERS = entry("administration", 900, "Officers", "/admin/officers");
    static final MenuEntry AUDIT = entry("administration", 940, "Audit trail", "/admin/audit");

    static final List<MenuEntry> MENU = List.of(BOOTH, REFERRALS, VISA_QUEUE, VISA_LOOKUP, ALERTS, OFFICERS, AUDIT);
    static final Function<MenuEntry, String> LABEL = MenuEntry::labelKey;

    @Test
    void anOfficerWhoseLinksFitSeesThemAllOnTheRowAndNoMore() {
        Navigation navigation = Navigation.of(List.of(BOOTH, REFERRALS, ALERTS), "/", LABEL, Navigation.BOOTH_SCREEN);

        assertThat(entries(navigation.row())).containsExactly(BOOTH, REFERRALS, ALERTS);
        assertThat(navigation.more()).isEmpty();
    }

    @Test
    void theMainPageOfEachSectionKeepsItsPlaceOnTheRowBeforeTheSectionsOtherPages() {
        // More 6 + Booth 7 + Visa applications 19 + Alert list 12 + Officers 10 = 54; then Referrals (11) fits,
        // Visas by passport (19) and Audit trail (13) do not.
        Navigation navigation = Navigation.of(MENU, "/", LABEL, 65);

        assertThat(entries(navigation.row())).containsExactly(BOOTH, REFERRALS, VISA_QUEUE, ALERTS, OFFICERS);
        assertThat(navigation.more()).extracting(Navigation.Group::section).containsExactly("visas", "administration");
        assertThat(entries(navigation.more().get(0).links())).containsExactly(VISA_LOOKUP);
        assertThat(entries(navigation.more().get(1).links())).containsExactly(AUDIT);
    }

    @Test
    void theRowKeepsMenuOrderAndEveryEntryAppearsExactlyOnce() {
        Navigation navigation = Navigation.of(MENU, "/", LABEL, 60);

        List<MenuEntry> all = new ArrayList<>(entries(navigation.row()));
        navigation.more().forEach(group -> all.addAll(entries(group.links())));
        assertThat(all).containsExactlyInAnyOrderElementsOf(MENU).doesNotHaveDuplicates();
        assertThat(entries(navigation.row())).isSortedAccordingTo(Comparator.comparingInt(MenuEntry::order));
    }

    @Test
    void theCurrentPageIsTheEntryWithTheLongestMatchingPath() {
        Navigation navigation = Navigation.of(MENU, "/visas/lookup", LABEL, Navigation.BOOTH_SCREEN);

        assertThat(currentEntries(navigation)).containsExactly(VISA_LOOKUP);
        assertThat(currentEntries(Navigation.of(MENU, "/visas/3f2a/decision", LABEL, 1000))).containsExactly(VISA_QUEUE);
        assertThat(currentEntries(Navigation.of(MENU, "/visas-archive", LABEL, 1000))).isEmpty();
        assertThat(currentEntries(Navigation.of(MENU, "/", LABEL, 1000))).isEmpty();
    }

    @Test
    void moreIsMarkedWhenItHoldsTheCurrentPage() {
        assertThat(Navigation.of(MENU, "/admin/audit", LABEL, 56).moreHoldsCurrentPage()).isTrue();
        assertThat(Navigation.of(MENU, "/alerts/42", LABEL, 56).moreHoldsCurrentPage()).isFalse();
    }

    private static MenuEntry entry(String section, int order, String label, String path) {
        return new MenuEntry(section, order, label, path, Set.of());
    }

    private static List<MenuEntry> entries(List<Navigation.Link> links) {
        return links.stream().map(Navigation.Link::entry).toList();
    }

    private static List<MenuEntry> currentEntries(Navigation navigation) {
        List<Navigation.Link> all = new ArrayList<>(navigation.row());
        navigation.more().forEach(group -> all.addAll(group.links()));
        return all.stream().filter(Navigation.Link::current).map(Navigation.Link::entry).toList();
    }
}
