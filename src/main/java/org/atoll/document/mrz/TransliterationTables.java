package org.atoll.document.mrz;

import java.util.HashMap;
import java.util.Map;

/**
 * The transliteration tables of ICAO Doc 9303-3 §6, written out as data, keyed by upper-case
 * character. Lower case is upper-cased before look-up.
 */
final class TransliterationTables {

    private TransliterationTables() {
    }

    /**
     * 9303-3 §6 Table A, Latin characters. Where 9303 gives a choice (Ä: AE or A, Ö: OE or O,
     * Ü: UE or U) the first, recommended form is here; {@link #UMLAUTS_AS_BASE_LETTER} has the other.
     */
    static final Map<Character, String> LATIN = table(
            "ÁA ÀA ÂA ÄAE ÃA ĂA ÅAA ĀA ĄA ÆAE "
            + "ĆC ĈC ČC ĊC ÇC "
            + "ĐD ĎD ÐD "
            + "ÉE ÈE ÊE ËE ĚE ĖE ĒE ĘE ĔE "
            + "ĜG ĞG ĠG ĢG "
            + "ĦH ĤH "
            + "ÍI ÌI ÎI ÏI İI ĨI ĪI ĬI ĮI ıI ĲIJ "
            + "ĴJ ĶK "
            + "ŁL ĹL ĽL ĻL ĿL "
            + "ŃN ŇN ŅN ŊN ÑN "
            + "ØOE ÓO ÒO ÔO ÖOE ÕO ŐO ŌO ŎO ŒOE "
            + "ŔR ŖR ŘR "
            + "ŚS ŜS ŞS ŠS ßSS "
            + "ŦT ŤT ŢT ÞTH "
            + "ÚU ÙU ÛU ÜUE ŨU ŬU ŰU ŮU ŪU ŲU "
            + "ŴW ŶY ÝY ŸY "
            + "ŹZ ŽZ ŻZ");

    /** 9303-3 §6: the alternative single letters for the German umlauts. */
    static final Map<Character, String> UMLAUTS_AS_BASE_LETTER = table("ÄA ÖO ÜU");

    /** 9303-3 §6 Table B, Cyrillic characters (Russian, Ukrainian, Belarusian, Serbian, Macedonian). */
    static final Map<Character, String> CYRILLIC = table(
            "АA БB ВV ГG ДD ЕE ЁE ЖZH ЗZ ИI ЙI КK ЛL МM НN ОO ПP РR СS ТT УU ФF ХKH ЦTS ЧCH ШSH ЩSHCH "
            + "ЪIE ЫY Ь ЭE ЮIU ЯIA "
            + "ЄIE ІI ЇI ҐG ЎU ЂD ЃG ЅDZ ЈJ ЉLJ ЊNJ ЋC ЌK ЏDZ");

    /**
     * Greek single letters after ELOT 743, the system Greece uses in its passports; digraphs
     * (ΟΥ, ΑΥ, ΕΥ, ΗΥ, ΜΠ, ΓΓ, ΓΚ, ΓΞ, ΓΧ) are handled in {@code MrzTransliterator}.
     */
    static final Map<Character, String> GREEK = table(
            "ΑA ΒV ΓG ΔD ΕE ΖZ ΗI ΘTH ΙI ΚK ΛL ΜM ΝN ΞX ΟO ΠP ΡR ΣS ΤT ΥY ΦF ΧCH ΨPS ΩO");

    private static Map<Character, String> table(String entries) {
        Map<Character, String> map = new HashMap<>();
        for (String entry : entries.split(" ")) {
            if (!entry.isEmpty()) {
                map.put(entry.charAt(0), entry.substring(1));
            }
        }
        return Map.copyOf(map);
    }
}
