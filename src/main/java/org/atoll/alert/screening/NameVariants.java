package org.atoll.alert.screening;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Tables for what transliteration alone gets wrong: particles and titles, groups of Latin
 * spellings of one name (chiefly Arabic-, Persian- and Russian-origin names, whose English
 * spellings vary by convention rather than by error), and given and family names so common
 * worldwide that a match on them alone proves little. Compiled from general transliteration
 * conventions (ALA-LC, BGN/PCGN, ICAO 9303-3 Appendix B, French and Turkish spellings);
 * the benchmark checks them against the public transliteration pairs in shared/testdata.
 */
final class NameVariants {

    /** Optional name parts: articles and filiation particles. Weight 0, but kept for compounds. */
    static final Set<String> PARTICLES = Set.of(
            "AL", "EL", "UL", "UD", "AD", "ED", "AR", "AS", "AZ", "ASH", "ADH", "ATH",
            "BIN", "BEN", "IBN", "BINT", "BN", "BNT", "OULD", "WALD",
            "VAN", "VON", "DER", "DEN", "TER", "TEN", "DE", "DA", "DI", "DU", "DO", "DOS", "DAS", "DEL",
            "DELLA", "DELLE", "LA", "LE", "LOS", "LAS", "Y", "E", "ST", "SAINT", "MAC", "ZU");

    /** Titles and honorifics: dropped before matching. */
    static final Set<String> TITLES = Set.of(
            "MR", "MRS", "MS", "MISS", "DR", "PROF", "SIR", "SHEIKH", "SHAYKH", "SHEIKHA", "SHAIKH", "SHEKH",
            "HAJI", "HAJJI", "HADJI", "HAJJ", "MULLAH", "MULLA", "MAULANA", "MAWLANA", "MAULVI", "MAWLAWI",
            "QARI", "GEN", "GENERAL", "COL", "COLONEL", "MAJ",
            "CAPT", "LT", "SGT", "JR", "SR", "II", "III");

    private static final String[][] GROUPS = {
            {"MUHAMMAD", "MOHAMMED", "MOHAMMAD", "MOHAMED", "MOHAMAD", "MUHAMMED", "MUHAMAD", "MUHAMED", "MOHAMMAED",
                    "MOHAMMET", "MEHMET", "MEHMED", "MAHOMED", "MAHAMAT", "MAHAMED", "MOHD", "MUHD", "MOHAMOUD",
                    "MOUHAMED", "MOUHAMMAD", "MUHAMET", "MOHAMMADI", "MAGOMED", "MAHOMET", "MOCHAMAD", "MOCHAMMAD"},
            {"AHMAD", "AHMED", "AHMET", "AHMADI", "AHMAT", "AKHMED", "AKHMAD", "ACHMAD", "AHMAAD"},
            {"MAHMUD", "MAHMOUD", "MAHMOOD", "MEHMUD", "MAKHMUD"},
            {"HUSAYN", "HUSSEIN", "HUSSAIN", "HUSEIN", "HUSAIN", "HOSSEIN", "HOSEIN", "HUSSAYN", "HUSEYIN", "HUSSIEN",
                    "HOUSSEIN", "HOSAIN", "HOSSAIN", "GUSEYN", "GUSEIN"},
            {"HASAN", "HASSAN", "HASSEN", "HACEN", "HASAAN", "GASAN", "HASANI"},
            {"HUSNI", "HOSNI", "HUSNY"},
            {"YUSUF", "YOUSSEF", "YOUSEF", "YOUSUF", "YUSOF", "YOUSIF", "YUSIF", "YOSEF", "YOUSSOUF", "YOUSOUF", "YUSUP", "YOUSAF", "YUSSUF"},
            {"ABDULLAH", "ABDALLAH", "ABDULLA", "ABDALLA", "ABDOULLAH", "ABDOULAYE", "ABDULAH", "ABDELLAH", "ABDILLAHI", "ABDULLAHI", "ABDULA"},
            {"ABD", "ABDUL", "ABDEL", "ABDAL", "ABDOUL", "ABDOL", "ABDU", "ABDI", "ABDO"},
            {"ABU", "ABOU", "ABO", "ABUL", "ABOUL"},
            {"USAMA", "OSAMA", "USAMAH", "OSAMAH", "OUSSAMA", "OSSAMA"},
            {"UMAR", "OMAR", "OMER"},
            {"UMAROV", "OMAROV"},
            {"UTHMAN", "OSMAN", "OTHMAN", "USMAN", "OUSMANE", "OSMANE", "USMON"},
            {"ALI", "ALY", "ALIY", "ELI"},
            {"IBRAHIM", "EBRAHIM", "IBRAHEEM", "IBRAGIM", "IBROHIM", "BRAHIM", "IBRAHIMA"},
            {"ISMAIL", "ISMAEL", "ESMAIL", "ISMAIEL", "ISMAYIL", "ISMOIL"},
            {"KHALID", "KHALED", "HALID", "KHALEED", "CHALID"},
            {"KHALIL", "KHALEEL", "HALIL", "CHALIL"},
            {"SAID", "SAEED", "SAEID", "SAYED", "SAYID", "SAIED", "SAYEED"},
            {"SALIH", "SALEH", "SALAH", "SALEEH"},
            {"ABDULRAHMAN", "ABDURRAHMAN", "ABDELRAHMAN", "ABDALRAHMAN", "ABDURAHMAN", "ABDERRAHMANE", "ABDERRAHMAN", "ABDOURAHMANE"},
            {"ABDULAZIZ", "ABDELAZIZ", "ABDALAZIZ", "ABDULAZEEZ", "ABDELAZIZE"},
            {"ABDULKARIM", "ABDELKARIM", "ABDULKAREEM", "ABDELKRIM", "ABDALKARIM"},
            {"JAMAL", "GAMAL", "DJAMEL", "JAMEL", "DJAMAL", "CEMAL"},
            {"JAMIL", "GAMIL", "DJAMIL", "JAMEEL", "CEMIL"},
            {"JAFAR", "JAAFAR", "JAFFAR", "DJAFAR", "CAFER", "JAFER"},
            {"MUSTAFA", "MOSTAFA", "MUSTAPHA", "MOUSTAFA", "MUSTAFAH", "MOSTAPHA"},
            {"MUSA", "MOUSSA", "MOUSA", "MUSSA", "MOSA"},
            {"ISA", "ISSA", "EISA", "EESA"},
            {"YAHYA", "YEHIA", "YAHIA", "YAHIYA", "JAHJA"},
            {"YASIN", "YASSIN", "YASEEN", "YACINE", "YASSINE"},
            {"ZAKARIYA", "ZAKARIA", "ZAKARIYYA", "ZAKARIYA", "ZAKARYA"},
            {"SULAYMAN", "SULEIMAN", "SULAIMAN", "SOLIMAN", "SULEYMAN", "SLIMANE", "SOLEIMAN"},
            {"ABBAS", "ABASS", "ABAS"},
            {"HAMZA", "HAMZAH", "HAMSA"},
            {"FATIMA", "FATIMAH", "FATMA", "FATEMA", "FATEMEH", "FATOUMATA"},
            {"AISHA", "AISHAH", "AICHA", "AYSHA", "AYESHA", "AISCHA"},
            {"ZAYNAB", "ZAINAB", "ZEINAB", "ZEYNEP", "ZAYNEB"},
            {"MARYAM", "MARIAM", "MERYEM", "MIRIAM"},
            {"NASIR", "NASSER", "NASER", "NASR", "NASSIR"},
            {"NUR", "NOOR", "NOUR"},
            {"NURUDDIN", "NURUDDEEN", "NOURREDINE", "NOUREDDINE", "NURIDDIN"},
            {"QASIM", "KASSEM", "QASSEM", "KASIM", "QASEM", "GASIM", "KACEM"},
            {"QADIR", "KADER", "QADER", "KADIR", "GADIR"},
            {"TARIQ", "TAREK", "TARIK", "TARIK", "TAREQ"},
            {"WALID", "WALEED", "OUALID", "VALID"},
            {"RASHID", "RASHEED", "RACHID", "RASHEED", "RASHIT"},
            {"SHARIF", "SHAREEF", "CHERIF", "SHERIF", "SERIF"},
            {"HABIB", "HABEEB", "HABIBE"},
            {"HAFIZ", "HAFEEZ", "HAFEZ", "HAFIDH"},
            {"AZIZ", "AZEEZ", "AZIS"},
            {"KARIM", "KAREEM", "KERIM", "KARIME"},
            {"BAKR", "BAKER", "BAKIR", "BEKIR"},
            {"ZAWAHIRI", "ZAWAHRI", "ZAWAHERI"},
            {"QAIDA", "QAEDA", "QAEDAH", "QAIDAH", "KAIDA"},
            {"ALEKSANDR", "ALEXANDER", "ALEKSANDER", "ALEXANDR", "OLEKSANDR", "ALEXANDRE"},
            {"ALEKSEY", "ALEKSEI", "ALEXEI", "ALEXEY", "OLEKSIY"},
            {"YURIY", "YURI", "IURII", "JURIJ", "YURIJ", "YURII", "IURI"},
            {"SERGEY", "SERGEI", "SERGIY", "SERHIY", "SERGUEI"},
            {"ANDREY", "ANDREI", "ANDRII", "ANDRIY"},
            {"DMITRIY", "DMITRI", "DMITRY", "DMITRII", "DMYTRO"},
            {"MIKHAIL", "MIKHAEL", "MICHAIL", "MYKHAILO"},
            {"NIKOLAY", "NIKOLAI", "MYKOLA"},
            {"YEVGENIY", "EVGENY", "EVGENIY", "YEVGENY", "EVGENII", "YEVHEN"},
            {"VIKTOR", "VICTOR"},
            {"ANATOLIY", "ANATOLY", "ANATOLII"},
            {"VALERIY", "VALERY", "VALERII"},
            {"GRIGORIY", "GRIGORY", "GRIGORII", "HRYHORIY"},
            {"ILYA", "ILIA", "ILJA"},
            {"YELENA", "ELENA", "JELENA", "OLENA"},
            {"TATYANA", "TATIANA", "TETIANA"},
            {"NATALYA", "NATALIA", "NATALIYA"},
            {"SHAMIL", "SHAMIL", "CHAMIL"},
            {"MAGOMEDOVICH", "MAGOMEDOVITCH", "MAGOMEDOVIC", "MAHOMEDOVICH"},
            {"KIM", "GIM"},
            {"LEE", "LI", "YI", "RHEE"},
            {"PARK", "PAK", "BAK", "BARK"},
            {"CHOI", "CHOE"},
    };

    /**
     * Given names and surnames so frequent across the world's populations that a match on them alone
     * means little. Stored by canonical spelling.
     */
    static final Set<String> COMMON = Set.of(
            "MUHAMMAD", "AHMAD", "ALI", "HASAN", "HUSAYN", "ABD", "ABU", "ABDULLAH", "IBRAHIM", "YUSUF", "UMAR",
            "MAHMUD", "KHALID", "SAID", "ISMAIL", "MUSTAFA", "SALIH", "HAMZA", "FATIMA", "AISHA", "MARYAM", "ZAYNAB",
            "KARIM", "AZIZ", "RAHMAN", "ABDULRAHMAN", "KHAN", "SHAH", "BIBI", "BEGUM", "AKHTAR", "HUSSAINI",
            "JOHN", "JAMES", "ROBERT", "MICHAEL", "WILLIAM", "DAVID", "RICHARD", "JOSE", "MARIA", "ANNA", "MARY",
            "PETER", "PAUL", "MARK", "THOMAS", "GEORGE", "ALEKSANDR", "SERGEY", "ANDREY", "DMITRIY", "YELENA",
            "OLGA", "IRINA", "TATYANA", "NATALYA", "IVANOV", "SMIRNOV", "SMITH", "JOHNSON", "WILLIAMS", "BROWN",
            "JONES", "MILLER", "DAVIS", "GARCIA", "RODRIGUEZ", "MARTINEZ", "HERNANDEZ", "LOPEZ", "GONZALEZ",
            "PEREZ", "SANCHEZ", "RAMIREZ", "SILVA", "SANTOS", "FERREIRA", "PEREIRA", "OLIVEIRA", "MULLER",
            "SCHMIDT", "MARTIN", "BERNARD", "DUBOIS", "ROSSI", "WANG", "LEE", "ZHANG", "LIU", "CHEN", "YANG",
            "HUANG", "ZHAO", "WU", "ZHOU", "XU", "SUN", "MA", "ZHU", "HU", "GUO", "HE", "LIN", "KIM", "PARK", "CHOI",
            "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "SINGH", "KUMAR", "DEVI", "SHARMA", "PATEL", "DAS", "RAM",
            "TANAKA", "SATO", "SUZUKI", "TAKAHASHI", "YILMAZ", "KAYA", "DEMIR", "SAHIN", "CELIK", "MOHAMED",
            "HASSAN", "AMIN", "NASIR", "JAMAL", "TARIQ", "RASHID", "NUR", "MUSA", "ISA", "ABBAS", "QASIM");

    private static final Map<String, String> CANONICAL = new HashMap<>();
    private static final Set<String> COMMON_KEYS = new HashSet<>();

    static {
        for (String[] group : GROUPS) {
            for (String spelling : group) {
                CANONICAL.putIfAbsent(spelling, group[0]);
            }
        }
        for (String name : COMMON) {
            String key = NameNormaliser.skeleton(canonical(name));
            if (key.length() >= 2) {
                COMMON_KEYS.add(key);
            }
        }
    }

    private NameVariants() {
    }

    /** The group's canonical spelling, or the token itself when it belongs to no group. */
    static String canonical(String token) {
        return CANONICAL.getOrDefault(token, token);
    }

    static boolean inGroup(String token) {
        return CANONICAL.containsKey(token);
    }

    static boolean isCommon(String canonical, String key, boolean consonantsOnly) {
        return COMMON.contains(canonical) || (consonantsOnly && COMMON_KEYS.contains(key));
    }
}
