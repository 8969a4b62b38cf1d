package org.atoll.alert.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/**
 * Reads the country names published lists use (UN: "Iran (Islamic Republic of)", OFAC:
 * "Korea, North", "Palestinian") as ICAO codes. English names come from the JDK's ISO 3166
 * table; the aliases below are the lists' own spellings. Germany is ICAO's D.
 */
public final class CountryNames {

    private static final Map<String, String> CODES = new HashMap<>();

    static {
        for (String iso2 : Locale.getISOCountries()) {
            Locale l = new Locale("", iso2);
            CODES.put(key(l.getDisplayCountry(Locale.ENGLISH)), l.getISO3Country());
        }
        String[][] aliases = {
                {"Democratic Republic of the Congo", "COD"}, {"Congo, Democratic Republic of the", "COD"},
                {"Congo", "COG"}, {"Democratic People's Republic of Korea", "PRK"}, {"Korea, North", "PRK"},
                {"Republic of Korea", "KOR"}, {"Korea, South", "KOR"}, {"Iran (Islamic Republic of)", "IRN"},
                {"Iran", "IRN"}, {"Russian Federation", "RUS"}, {"Russia", "RUS"}, {"Syrian Arab Republic", "SYR"},
                {"Syria", "SYR"}, {"State of Palestine", "PSE"}, {"Palestinian", "PSE"}, {"possibly Palestinian", "PSE"},
                {"Palestine", "PSE"}, {"Türkiye", "TUR"}, {"Turkey", "TUR"},
                {"United Kingdom of Great Britain and Northern Ireland", "GBR"}, {"United Kingdom", "GBR"},
                {"United Republic of Tanzania", "TZA"}, {"Tanzania", "TZA"}, {"United States of America", "USA"},
                {"United States", "USA"}, {"Burma", "MMR"}, {"Myanmar", "MMR"}, {"Cabo Verde", "CPV"},
                {"Macedonia, The Former Yugoslav Republic of", "MKD"}, {"North Macedonia", "MKD"},
                {"The Gambia", "GMB"}, {"Gambia", "GMB"}, {"Viet Nam", "VNM"}, {"Vietnam", "VNM"},
                {"Lao People's Democratic Republic", "LAO"}, {"Bolivia (Plurinational State of)", "BOL"}, {"Bolivia", "BOL"},
                {"Venezuela (Bolivarian Republic of)", "VEN"}, {"Venezuela", "VEN"}, {"Taiwan", "TWN"},
                {"Hong Kong", "HKG"}, {"Kosovo", "RKS"}, {"Côte d'Ivoire", "CIV"}, {"Ivory Coast", "CIV"},
                {"Republic of Moldova", "MDA"}, {"Libyan Arab Jamahiriya", "LBY"}, {"Bosnia and Herzegovina", "BIH"},
                {"Trinidad and Tobago", "TTO"}, {"Saint Kitts and Nevis", "KNA"}, {"Guinea-Bissau", "GNB"},
                {"Sudan", "SDN"}, {"South Sudan", "SSD"}, {"Czech Republic", "CZE"}, {"Czechia", "CZE"},
        };
        for (String[] a : aliases) {
            CODES.put(key(a[0]), a[1]);
        }
        // ICAO 9303-3: Germany's code in travel documents is D
        CODES.put(key("Germany"), "D");
    }

    private CountryNames() {
    }

    public static Optional<CountryCode> toCode(String name) {
        if (name == null || name.isBlank()) return Optional.empty();
        String code = CODES.get(key(name));
        return code == null ? Optional.empty() : Optional.of(new CountryCode(code));
    }

    private static String key(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ").trim();
    }
}
