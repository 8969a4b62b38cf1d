package org.atoll.access.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.atoll.access.MenuEntry;

/**
 * The banner's navigation for one officer on one page: the links that fit on one row, and the rest
 * under "More", grouped by section. The row keeps the main page of each section first (the booth,
 * the visa queue, the alert list...), then the section's other pages in menu order while they fit.
 * An officer with few roles sees every link on the row and no "More" at all.
 *
 * <p>The row's room is counted in characters of link text, not pixels: the server cannot measure
 * the officer's font, so {@link #BOOTH_SCREEN} is calibrated against a 1366 px wide booth screen
 * with the signed-in officer's name and sign-out button on the same row.
 */
public record Navigation(List<Link> row, List<Group> more, boolean moreHoldsCurrentPage) {

    /** Characters of link text that fit at 1366 px beside the brand and the longest name the banner shows (12rem). */
    static final int BOOTH_SCREEN = 96;
    /** What the space between two links costs, in characters. */
    static final int GAP = 2;
    /** What the "More" button costs, in characters. */
    static final int MORE = 6;

    public record Link(MenuEntry entry, boolean current) {

        public String path() {
            return entry.path();
        }

        public String labelKey() {
            return entry.labelKey();
        }
    }

    public record Group(String section, List<Link> links) {
    }

    /**
     * @param menu        the officer's entries, in menu order
     * @param currentPath the page being shown, without the context path
     * @param label       the text an entry shows
     * @param room        characters of link text the row has room for, gaps included
     */
    static Navigation of(List<MenuEntry> menu, String currentPath, Function<MenuEntry, String> label, int room) {
        Optional<MenuEntry> current = currentEntry(menu, currentPath);
        Set<MenuEntry> onRow = new HashSet<>();
        if (cost(menu, label) <= room) {
            onRow.addAll(menu);
        } else {
            int used = MORE;
            for (MenuEntry entry : byPriority(menu)) {
                int cost = label.apply(entry).length() + GAP;
                if (used + cost <= room) {
                    onRow.add(entry);
                    used += cost;
                }
            }
        }
        List<Link> row = new ArrayList<>();
        Map<String, List<Link>> rest = new LinkedHashMap<>();
        for (MenuEntry entry : menu) {
            Link link = new Link(entry, current.filter(entry::equals).isPresent());
            if (onRow.contains(entry)) {
                row.add(link);
            } else {
                rest.computeIfAbsent(entry.section(), s -> new ArrayList<>()).add(link);
            }
        }
        List<Group> more = rest.entrySet().stream().map(e -> new Group(e.getKey(), List.copyOf(e.getValue()))).toList();
        boolean moreHoldsCurrentPage = more.stream().flatMap(g -> g.links().stream()).anyMatch(Link::current);
        return new Navigation(List.copyOf(row), more, moreHoldsCurrentPage);
    }

    private static int cost(List<MenuEntry> entries, Function<MenuEntry, String> label) {
        return entries.stream().mapToInt(e -> label.apply(e).length() + GAP).sum();
    }

    /** The first entry of each section, then the others, each in menu order. */
    private static List<MenuEntry> byPriority(List<MenuEntry> menu) {
        Set<String> sections = new HashSet<>();
        List<MenuEntry> leads = new ArrayList<>();
        List<MenuEntry> others = new ArrayList<>();
        for (MenuEntry entry : menu) {
            (sections.add(entry.section()) ? leads : others).add(entry);
        }
        leads.addAll(others);
        return leads;
    }

    /** The entry whose path is the longest whole-segment prefix of the page's: /visas/lookup is "Visas by passport", not "Visa applications". */
    private static Optional<MenuEntry> currentEntry(List<MenuEntry> menu, String currentPath) {
        return menu.stream()
                .filter(e -> !e.path().equals("/"))
                .filter(e -> currentPath.equals(e.path()) || currentPath.startsWith(e.path() + "/"))
                .max(Comparator.comparingInt(e -> e.path().length()));
    }
}
