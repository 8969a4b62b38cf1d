package org.atoll.regulation;

import java.util.Objects;
import org.atoll.reference.CountryCode;

/**
 * Which nationalities a regime is for. When several regimes cover a traveller's purpose, the
 * most specific wins: a nationality named alone, then a group, then "all other nationalities".
 */
public sealed interface AppliesTo {

    /** Lower is more specific. */
    int specificity();

    String describe();

    static AppliesTo nationality(CountryCode code) {
        return new Nationality(code);
    }

    static AppliesTo group(GroupCode code) {
        return new Group(code);
    }

    static AppliesTo allOthers() {
        return new AllOthers();
    }

    record Nationality(CountryCode code) implements AppliesTo {
        public Nationality {
            code = Nationalities.canonical(Objects.requireNonNull(code, "nationality"));
        }

        @Override
        public int specificity() {
            return 0;
        }

        @Override
        public String describe() {
            return "nationality " + code;
        }
    }

    record Group(GroupCode code) implements AppliesTo {
        public Group {
            Objects.requireNonNull(code, "group");
        }

        @Override
        public int specificity() {
            return 1;
        }

        @Override
        public String describe() {
            return "group " + code;
        }
    }

    record AllOthers() implements AppliesTo {
        @Override
        public int specificity() {
            return 2;
        }

        @Override
        public String describe() {
            return "all other nationalities";
        }
    }
}
