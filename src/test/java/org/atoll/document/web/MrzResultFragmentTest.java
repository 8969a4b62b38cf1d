package org.atoll.document.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.atoll.document.MachineReadableZones;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class MrzResultFragmentTest {

    private String render(String zone) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        MachineReadableZones zones = new MachineReadableZones((code, on) -> true, Clock.systemUTC());
        MrzReadingResponse reading = MrzReadingResponse.of(zones.read(zone, LocalDate.of(2025, 6, 1)));
        return engine.process("document/mrz-result", Set.of("result(reading)"), new Context(null, Map.of("reading", reading)));
    }

    @Test
    void marksAFailingCheckDigitInWords() {
        String html = render("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(html).contains("INVALID (2 error(s))").contains("<strong>FAILS</strong>").contains("check-failed")
                .contains("ERIKSSON").contains("EXPIRED").contains("Line 2, position 10 (documentNumberCheckDigit)");
    }

    @Test
    void saysValidWhenEverythingMatches() {
        String html = render("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10");
        assertThat(html).contains("Syntax and check digits:</strong>").doesNotContain("FAILS").doesNotContain("INVALID");
    }
}
