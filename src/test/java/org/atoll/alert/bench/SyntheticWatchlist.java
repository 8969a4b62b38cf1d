package org.atoll.alert.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.DocumentAlertEntry;
import org.atoll.alert.screening.DocumentAlertType;
import org.atoll.alert.screening.PartialDate;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.reference.CountryCode;

/**
 * A seeded generator of synthetic person and document alerts for benchmarks, so the index can
 * be measured at 1,000,000 persons and 5,000,000 documents without real data.
 *
 * <p>How persons are made: a culture is drawn (Arabic, Russian, Chinese, Hispanic, Anglo,
 * West African, South Asian, Turkish, with weights roughly like the mix on sanctions lists);
 * given names come from the culture's list of common names with a Zipf-like skew (so a few
 * names are very frequent, as MOHAMMED or JOHN are), family names half from that list and half
 * built from the culture's syllables (a long tail of rare names, as in real populations).
 * Arabic names get an AL- article or a BIN patronym now and then. 2 to 4 name parts; 30 % get an
 * alias (the name with parts swapped or one dropped). Date of birth: 70 % full, 20 % year only,
 * 10 % none, born 1940–2005. One nationality from the culture's countries; sex from the name list.
 * Documents: a random state among 40, a 9-character number, a random type. Same seed, same data.
 */
public final class SyntheticWatchlist {

    private record Culture(String[] given, String[] family, String[] syllables, String[] countries, double weight) {
    }

    private static final Culture[] CULTURES = {
            new Culture(
                    new String[]{"MOHAMMED", "AHMED", "ALI", "OMAR", "KHALID", "YOUSSEF", "IBRAHIM", "HASSAN", "HUSSEIN", "ABDULLAH",
                            "MAHMOUD", "MUSTAFA", "SAEED", "TARIQ", "WALID", "JAMAL", "NASSER", "KARIM", "SAMIR", "FAISAL",
                            "RASHID", "ADNAN", "BILAL", "HAMZA", "ZIAD", "FATIMA", "AISHA", "MARYAM", "ZAINAB", "NOOR"},
                    new String[]{"HADDAD", "MANSOUR", "KHOURY", "NASSAR", "SAYED", "HAMDAN", "OTHMAN", "QASIM", "SALEH", "HASHEMI",
                            "JABER", "AZIZ", "FARouk".toUpperCase(), "SHARIF", "BAKR", "AMIN", "ZAWAHRI", "TIKRITI", "MASRI", "BAGHDADI"},
                    new String[]{"AL", "BA", "DA", "HA", "JA", "KA", "MA", "NA", "QA", "RA", "SA", "TA", "ZA", "DI", "HI", "MI",
                            "RI", "SI", "BU", "DU", "MU", "NU", "RU", "SHA", "KHA", "DAR", "HAM", "JAB", "NAS", "RAF"},
                    new String[]{"IRQ", "SYR", "EGY", "YEM", "SAU", "JOR", "LBY", "SDN", "LBN", "DZA", "MAR", "TUN"}, 0.30),
            new Culture(
                    new String[]{"ALEKSANDR", "SERGEY", "DMITRIY", "ANDREY", "ALEKSEY", "MIKHAIL", "IVAN", "NIKOLAY", "VLADIMIR", "YURIY",
                            "VIKTOR", "OLEG", "IGOR", "PAVEL", "SHAMIL", "RUSLAN", "ELENA", "OLGA", "TATYANA", "NATALYA"},
                    new String[]{"IVANOV", "SMIRNOV", "KUZNETSOV", "POPOV", "VASILYEV", "PETROV", "SOKOLOV", "MIKHAYLOV", "NOVIKOV",
                            "FEDOROV", "MOROZOV", "VOLKOV", "ALEKSEYEV", "LEBEDEV", "SEMENOV", "UMAROV", "BASAYEV", "GAZIYEV"},
                    new String[]{"KO", "VA", "LE", "MI", "RO", "SO", "TI", "BA", "GRA", "DO", "ZA", "PO", "NI", "CHE", "SHE", "KHO",
                            "BOR", "DAN", "GOR", "MAK"},
                    new String[]{"RUS", "UKR", "BLR", "KAZ", "UZB", "TJK", "KGZ", "AZE", "GEO", "ARM"}, 0.15),
            new Culture(
                    new String[]{"WEI", "JING", "LI", "MING", "XIAO", "HUA", "JUN", "YAN", "LEI", "HONG", "QIANG", "PING", "FANG",
                            "YONG", "JIE", "TAO", "BIN", "HUI", "LING", "XIN"},
                    new String[]{"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA",
                            "ZHU", "HU", "GUO", "HE", "LIN", "LUO", "GAO"},
                    new String[]{"ZH", "X", "Q", "CH", "SH", "L", "W", "Y", "J", "H", "D", "T", "G", "K", "F", "B"},
                    new String[]{"CHN", "HKG", "TWN", "SGP", "MYS"}, 0.12),
            new Culture(
                    new String[]{"JOSE", "JUAN", "LUIS", "CARLOS", "JORGE", "MIGUEL", "PEDRO", "MANUEL", "FRANCISCO", "ANTONIO",
                            "MARIA", "ANA", "CARMEN", "ROSA", "LUCIA", "ISABEL", "DIEGO", "RAFAEL", "FERNANDO", "PABLO"},
                    new String[]{"GARCIA", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ", "PEREZ", "SANCHEZ", "RAMIREZ",
                            "TORRES", "FLORES", "RIVERA", "GOMEZ", "DIAZ", "REYES", "MORALES", "CRUZ", "ORTIZ", "GUZMAN", "VARGAS"},
                    new String[]{"CA", "RO", "MI", "LA", "TE", "SA", "VE", "DO", "RI", "GUE", "NA", "BE", "QUI", "LLO", "NO", "ZA",
                            "TO", "PA", "ME", "LE"},
                    new String[]{"MEX", "COL", "VEN", "CUB", "ESP", "ARG", "PER", "CHL", "ECU", "GTM", "HND", "NIC"}, 0.12),
            new Culture(
                    new String[]{"JOHN", "JAMES", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "THOMAS", "CHARLES", "DANIEL",
                            "MARY", "PATRICIA", "JENNIFER", "LINDA", "ELIZABETH", "SARAH", "PETER", "PAUL", "MARK", "GEORGE"},
                    new String[]{"SMITH", "JOHNSON", "WILLIAMS", "BROWN", "JONES", "MILLER", "DAVIS", "WILSON", "ANDERSON", "TAYLOR",
                            "THOMAS", "MOORE", "JACKSON", "MARTIN", "LEE", "THOMPSON", "WHITE", "HARRIS", "CLARK", "LEWIS"},
                    new String[]{"WOOD", "FORD", "HAM", "TON", "BUR", "LEY", "WELL", "MOR", "STON", "ING", "SHAW", "BRO", "CRA",
                            "DEN", "HOL", "KIN", "LAN", "MER", "RAD", "WIN"},
                    new String[]{"GBR", "USA", "CAN", "AUS", "NZL", "IRL", "ZAF"}, 0.10),
            new Culture(
                    new String[]{"OLUWASEUN", "CHINEDU", "EMEKA", "KWAME", "KOFI", "AMADOU", "MOUSSA", "IBRAHIMA", "MAMADOU", "ABDOULAYE",
                            "FATOUMATA", "AMINATA", "AISSATOU", "NGOZI", "ADAEZE", "SEKOU", "BOUBACAR", "OUSMANE", "YAW", "KOJO"},
                    new String[]{"OKONKWO", "ADEBAYO", "MENSAH", "DIALLO", "TRAORE", "KEITA", "CISSE", "TOURE", "OUEDRAOGO", "BOATENG",
                            "OKAFOR", "NWOSU", "ADEYEMI", "KAMARA", "SANGARE", "COULIBALY", "DIOP", "NDIAYE", "BAH", "SOW"},
                    new String[]{"O", "KA", "DI", "NWA", "ADE", "BO", "TU", "MBA", "NDU", "KO", "SA", "GA", "YE", "WU", "CHI", "LA",
                            "MA", "NE", "RE", "ZE"},
                    new String[]{"NGA", "GHA", "MLI", "SEN", "CIV", "BFA", "GIN", "NER", "CMR", "SOM"}, 0.10),
            new Culture(
                    new String[]{"MUHAMMAD", "ABDUL", "IMRAN", "ASIF", "RAHUL", "AMIT", "SANJAY", "RAJESH", "SUNIL", "ANIL",
                            "PRIYA", "SUNITA", "FARHAN", "ZAHID", "SHAHID", "JAVED", "MASOOD", "AZHAR", "HAFIZ", "SAJID"},
                    new String[]{"KHAN", "SINGH", "KUMAR", "SHARMA", "PATEL", "AHMED", "MALIK", "QURESHI", "CHAUDHRY", "BUTT",
                            "SHAH", "RAZA", "HUSSAIN", "IQBAL", "MIRZA", "GUPTA", "DAS", "ALVI", "RANA", "SHEIKH"},
                    new String[]{"RA", "JA", "SHA", "KU", "MA", "PA", "VI", "NA", "DE", "BHA", "CHA", "GO", "LA", "SU", "TI", "KHA",
                            "DHA", "PRA", "SRI", "VA"},
                    new String[]{"PAK", "IND", "AFG", "BGD", "LKA", "NPL"}, 0.08),
            new Culture(
                    new String[]{"MEHMET", "MUSTAFA", "AHMET", "ALI", "HUSEYIN", "HASAN", "IBRAHIM", "ISMAIL", "OSMAN", "YUSUF",
                            "MURAT", "EMRE", "AYSE", "FATMA", "EMINE", "HATICE", "ZEYNEP", "ELIF", "BURAK", "KEMAL"},
                    new String[]{"YILMAZ", "KAYA", "DEMIR", "SAHIN", "CELIK", "YILDIZ", "YILDIRIM", "OZTURK", "AYDIN", "OZDEMIR",
                            "ARSLAN", "DOGAN", "KILIC", "ASLAN", "CETIN", "KARA", "KOC", "KURT", "OZKAN", "SIMSEK"},
                    new String[]{"KA", "YIL", "OZ", "DE", "MIR", "TAS", "KUR", "AK", "BAY", "CE", "GUL", "HAN", "TEK", "ER", "SO",
                            "BA", "DO", "KO", "TU", "YE"},
                    new String[]{"TUR", "AZE", "CYP"}, 0.03),
    };

    private static final String[] STATES = {"AFG", "ARG", "AUS", "BGD", "BRA", "CAN", "CHN", "COL", "D", "EGY", "ESP", "FJI",
            "FRA", "FSM", "GBR", "IDN", "IND", "IRN", "IRQ", "ITA", "JPN", "KOR", "MEX", "MHL", "MYS", "NGA", "NZL", "PAK",
            "PHL", "PLW", "PNG", "RUS", "SAU", "SLB", "SYR", "THA", "TUR", "UKR", "USA", "VNM"};
    private static final char[] ALNUM = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789".toCharArray();

    private SyntheticWatchlist() {
    }

    public static UUID syntheticId(String prefix, long n) {
        return UUID.nameUUIDFromBytes((prefix + n).getBytes(StandardCharsets.UTF_8));
    }

    public static List<WatchlistEntry> persons(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<WatchlistEntry> out = new ArrayList<>(count);
        CountryCode[][] codes = new CountryCode[CULTURES.length][];
        for (int c = 0; c < CULTURES.length; c++) {
            codes[c] = java.util.Arrays.stream(CULTURES[c].countries()).map(CountryCode::new).toArray(CountryCode[]::new);
        }
        for (int i = 0; i < count; i++) {
            int ci = pickCulture(random);
            Culture c = CULTURES[ci];
            List<String> parts = new ArrayList<>(4);
            parts.add(zipf(c.given(), random));
            int middle = random.nextInt(10) < 4 ? 1 : random.nextInt(10) < 2 ? 2 : 0;
            for (int m = 0; m < middle; m++) parts.add(zipf(c.given(), random));
            String family = random.nextBoolean() ? zipf(c.family(), random) : invent(c.syllables(), random);
            if (ci == 0 && random.nextInt(5) == 0) family = "AL-" + family;
            else if (ci == 0 && random.nextInt(8) == 0) parts.add("BIN " + zipf(c.given(), random));
            parts.add(family);
            String name = String.join(" ", parts);
            WatchlistEntry.Builder b = WatchlistEntry.builder(syntheticId("P", i), "SYN-" + i).name(name);
            if (random.nextInt(10) < 3) {
                List<String> alias = new ArrayList<>(parts);
                if (alias.size() > 2 && random.nextBoolean()) alias.remove(1);
                else java.util.Collections.swap(alias, 0, alias.size() - 1);
                b.alias(String.join(" ", alias));
            }
            int d = random.nextInt(10);
            int year = 1940 + random.nextInt(66);
            if (d < 7) {
                int month = 1 + random.nextInt(12);
                b.born(BirthDateRange.exactly(PartialDate.of(year, month, 1 + random.nextInt(28))));
            } else if (d < 9) {
                b.born(BirthDateRange.exactly(PartialDate.ofYear(year)));
            }
            b.nationality(codes[ci][random.nextInt(codes[ci].length)]);
            b.sex(random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
            out.add(b.build());
        }
        return out;
    }

    public static List<DocumentAlertEntry> documents(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        CountryCode[] states = java.util.Arrays.stream(STATES).map(CountryCode::new).toArray(CountryCode[]::new);
        DocumentAlertType[] types = DocumentAlertType.values();
        List<DocumentAlertEntry> out = new ArrayList<>(count);
        char[] number = new char[9];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < number.length; k++) number[k] = ALNUM[random.nextInt(ALNUM.length)];
            out.add(new DocumentAlertEntry(syntheticId("D", i), 1, states[random.nextInt(states.length)], new String(number),
                    types[random.nextInt(types.length)]));
        }
        return out;
    }

    private static int pickCulture(SplittableRandom random) {
        double r = random.nextDouble();
        for (int c = 0; c < CULTURES.length; c++) {
            r -= CULTURES[c].weight();
            if (r <= 0) return c;
        }
        return 0;
    }

    /** Index i drawn with probability proportional to 1/(i+1): a few names dominate. */
    private static String zipf(String[] names, SplittableRandom random) {
        double h = 0;
        for (int i = 1; i <= names.length; i++) h += 1.0 / i;
        double r = random.nextDouble() * h;
        for (int i = 0; i < names.length; i++) {
            r -= 1.0 / (i + 1);
            if (r <= 0) return names[i];
        }
        return names[names.length - 1];
    }

    private static String invent(String[] syllables, SplittableRandom random) {
        int n = 2 + random.nextInt(3);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(syllables[random.nextInt(syllables.length)]);
        if (b.length() < 4) b.append(syllables[random.nextInt(syllables.length)]).append("AN");
        return b.toString();
    }
}
