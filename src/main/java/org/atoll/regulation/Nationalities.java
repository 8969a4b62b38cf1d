package org.atoll.regulation;

import java.util.Map;
import org.atoll.reference.CountryCode;

/** Reads nationality codes the way the rules list them. */
final class Nationalities {

    // ICAO Doc 9303-3: Germany is written "D" in travel documents; rule sets list ISO 3166-1 "DEU".
    private static final Map<String, String> ICAO_TO_ISO = Map.of("D", "DEU");

    private Nationalities() {
    }

    static CountryCode canonical(CountryCode code) {
        String iso = ICAO_TO_ISO.get(code.value());
        return iso == null ? code : new CountryCode(iso);
    }
}
