package org.atoll.regulation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.GroupCode;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetStatus;
import org.atoll.regulation.RegulationSetValidator;
import org.atoll.regulation.RequirementRule;
import org.atoll.regulation.RuleCode;
import org.atoll.regulation.VisaTypeCode;
import org.junit.jupiter.api.Test;

class RegulationSetJsonTest {

    private final RegulationSetJson json = new RegulationSetJson();

    @Test
    void loadsTheShippedPalauSetAsPublishedAndItValidatesClean() {
        RegulationSet palau = json.loadPalauDefault();

        assertThat(palau.status()).isEqualTo(RegulationSetStatus.PUBLISHED);
        assertThat(palau.version()).isEqualTo(1);
        assertThat(palau.effectiveDate()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(palau.legalInstrument()).contains("Title 13").contains("Immigration Regulations 2006").contains("Executive Order 450");
        assertThat(new RegulationSetValidator().validate(palau).errors()).isEmpty();
    }

    @Test
    void holdsPalausRulesAsData() {
        RegulationSet palau = json.loadPalauDefault();

        assertThat(palau.group(GroupCode.of("COFA")).orElseThrow().members())
                .containsExactlyInAnyOrder(CountryCode.of("USA"), CountryCode.of("FSM"), CountryCode.of("MHL"));
        assertThat(palau.group(GroupCode.of("SCHENGEN")).orElseThrow().members()).hasSize(29).contains(CountryCode.of("DEU"));
        assertThat(palau.visaType(VisaTypeCode.of("VOA")).orElseThrow().maxStayDays()).isEqualTo(30);
        assertThat(palau.requirement(RuleCode.of("PASSPORT-6M")).orElseThrow().rule())
                .isEqualTo(new RequirementRule.PassportValidity(6));
        assertThat(palau.regimes()).hasSize(12);
        assertThat(palau.provisions()).allSatisfy(p -> assertThat(p.reference().value()).contains(", §"));
    }

    @Test
    void writesASetThatReadsBackTheSame() {
        RegulationSet palau = json.loadPalauDefault();

        String written = json.write(palau);
        RegulationSet reread = json.read(written);

        assertThat(json.write(reread)).isEqualTo(written);
        assertThat(reread.regimes()).isEqualTo(palau.regimes());
        assertThat(reread.requirements()).isEqualTo(palau.requirements());
        assertThat(reread.visaTypes()).isEqualTo(palau.visaTypes());
        assertThat(reread.provisions()).isEqualTo(palau.provisions());
        assertThat(reread.groups()).isEqualTo(palau.groups());
        assertThat(reread.publishedOn()).isEqualTo(palau.publishedOn());
    }

    @Test
    void rejectsAnUnknownFieldNamingIt() {
        String extra = json.write(json.loadPalauDefault()).replace("\"workAllowed\"", "\"colour\" : \"blue\", \"workAllowed\"");

        assertThatThrownBy(() -> json.read(extra)).isInstanceOf(RegulationDocumentException.class)
                .hasMessageContaining("colour").hasMessageContaining("visaTypes");
    }

    @Test
    void rejectsAMissingStayNamingWhereItIsMissing() {
        String misspelled = json.write(json.loadPalauDefault()).replace("\"maxStayDays\"", "\"maxStay\"");

        assertThatThrownBy(() -> json.read(misspelled)).isInstanceOf(RegulationDocumentException.class)
                .hasMessageContaining("visaTypes");
    }

    @Test
    void rejectsAnUnknownRequirementRuleType() {
        String unknown = json.write(json.loadPalauDefault()).replace("\"ONWARD_TICKET\"", "\"ONWARD_BOAT\"");

        assertThatThrownBy(() -> json.read(unknown)).isInstanceOf(RegulationDocumentException.class)
                .hasMessageContaining("ONWARD-TICKET").hasMessageContaining("ONWARD_BOAT");
    }

    @Test
    void rejectsADocumentOfAnotherFormat() {
        String other = json.write(json.loadPalauDefault()).replace("atoll.regulation-set/1", "atoll.regulation-set/9");

        assertThatThrownBy(() -> json.read(other)).isInstanceOf(RegulationDocumentException.class).hasMessageContaining("format");
    }

    @Test
    void rejectsARegimeWithoutNationalityGroupOrAllOthers() {
        String orphan = json.write(json.loadPalauDefault()).replace("\"nationality\" : \"BGD\",", "");

        assertThatThrownBy(() -> json.read(orphan)).isInstanceOf(RegulationDocumentException.class).hasMessageContaining("R-BGD");
    }
}
