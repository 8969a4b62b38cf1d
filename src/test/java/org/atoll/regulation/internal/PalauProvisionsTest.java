package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.atoll.regulation.Provision;
import org.atoll.regulation.RegulationSet;
import org.junit.jupiter.api.Test;

/**
 * Every provision of the shipped Palau set, checked against Palau's published rules (domain facts
 * §7, restated here): it cites one of the three instruments those rules name, and its text says
 * what the rules say — no more figures than they give. The section tags are labels the
 * immigration authority is to replace (docs/regulations.md lists them).
 */
class PalauProvisionsTest {

    static final List<String> INSTRUMENTS = List.of("Title 13 PNC", "Immigration Regulations 2006", "Executive Order 450");

    /** Per provision tag: the facts of the published rules its text must state. */
    static final Map<String, List<String>> FACTS = new LinkedHashMap<>();

    static {
        FACTS.put("CITIZEN", List.of("Citizens of the Republic of Palau"));
        FACTS.put("COFA", List.of("United States of America", "Federated States of Micronesia", "Marshall Islands", "one year"));
        FACTS.put("EXEMPT-90", List.of("Schengen", "90 days in any 180-day period", "Taiwan", "Israel", "90 days"));
        FACTS.put("EXEMPT-30", List.of("Russian Federation", "Seychelles", "30 days"));
        FACTS.put("VISA-REQUIRED", List.of("Bangladesh", "Myanmar", "before travel"));
        FACTS.put("VOA", List.of("30 days", "free of charge", "extended twice", "US$50"));
        FACTS.put("ENTRY-VISA", List.of("before travel"));
        FACTS.put("PASSPORT", List.of("six months beyond the date of arrival"));
        FACTS.put("ONWARD-TICKET", List.of("return ticket", "onward travel"));
        FACTS.put("FUNDS", List.of("US$200 per week"));
        FACTS.put("ENTRY-FORM", List.of("Palau Entry Form", "immigration, health and customs", "QR code", "72 hours before arrival"));
        FACTS.put("PLEDGE", List.of("signs the Palau Pledge"));
        FACTS.put("PPEF", List.of("Pristine Paradise Environmental Fee", "US$100", "air ticket", "on arrival by sea", "Citizens",
                "spouses", "transit passengers", "crew", "diplomats"));
        FACTS.put("NRW", List.of("advertises", "locally", "work permit before entry", "contract", "health certificate",
                "30 days", "police clearance", "affidavits of experience", "loses immigration status"));
    }

    final RegulationSet palau = new RegulationSetJson().loadPalauDefault();

    static String tag(Provision p) {
        return p.reference().value().substring(p.reference().value().indexOf('§') + 1);
    }

    @Test
    void everyProvisionCitesAnInstrumentOfThePublishedRulesWithATag() {
        for (Provision p : palau.provisions()) {
            String reference = p.reference().value();
            assertThat(INSTRUMENTS).as(reference).anyMatch(i -> reference.startsWith(i + ", §"));
        }
        assertThat(palau.provisions().stream().map(PalauProvisionsTest::tag).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(FACTS.keySet());
    }

    @Test
    void everyProvisionStatesWhatThePublishedRulesSay() {
        for (Provision p : palau.provisions()) {
            assertThat(p.text()).as(p.reference().value()).contains(FACTS.get(tag(p)));
        }
    }

    @Test
    void noProvisionStatesAFigureThePublishedRulesDoNotGive() {
        List<String> figures = List.of("30", "50", "72", "90", "100", "180", "200");
        for (Provision p : palau.provisions()) {
            for (String number : p.text().replaceAll("[^0-9]+", " ").trim().split(" ")) {
                if (!number.isEmpty()) {
                    assertThat(figures).as(p.reference().value() + " states " + number).contains(number);
                }
            }
        }
        Provision pledge = palau.provisions().stream().filter(p -> tag(p).equals("PLEDGE")).findFirst().orElseThrow();
        assertThat(pledge.text()).as("the rules do not say when the pledge is signed").doesNotContain("on arrival");
    }
}
