package org.atoll.document;

import java.util.Set;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;

/** A small in-test stand-in for the reference module's country list: some ISO codes and the ICAO-only ones. */
final class TestCodes {

    static final Set<String> CODES = Set.of(
            "BEL", "CHE", "CHN", "DOM", "FIN", "FRA", "GBR", "IND", "PLW", "PRT", "RUS", "USA", "GRC", "DEU",
            // ICAO 9303-3 codes beyond ISO 3166-1 alpha-3
            "D", "GBD", "GBN", "GBO", "GBP", "GBS", "UNO", "UNA", "UNK", "XXA", "XXB", "XXC", "XXX", "EUE", "XPO",
            "XOM", "XCC", "XES", "XIM", "XBA", "XDC", "RKS", "UTO");

    static final KnownCodes ICAO_SAMPLE = (code, on) -> CODES.contains(code.value());

    private TestCodes() {
    }

    static CountryCode code(String value) {
        return new CountryCode(value);
    }
}
