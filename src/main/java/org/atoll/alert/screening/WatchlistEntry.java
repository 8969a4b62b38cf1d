package org.atoll.alert.screening;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.atoll.reference.CountryCode;

/**
 * A person alert as the screening engine indexes it: immutable, one version of one alert.
 * The alert module builds these from its records; the list readers build them from published lists.
 */
public record WatchlistEntry(
        UUID alertId,
        long alertVersion,
        String externalReference,
        List<WatchlistName> names,
        List<BirthDateRange> datesOfBirth,
        Set<CountryCode> nationalities,
        Sex sex) {

    public WatchlistEntry {
        Objects.requireNonNull(alertId, "alertId");
        Objects.requireNonNull(externalReference, "externalReference");
        names = List.copyOf(names);
        datesOfBirth = List.copyOf(datesOfBirth);
        nationalities = Set.copyOf(nationalities);
        sex = sex == null ? Sex.UNKNOWN : sex;
        if (names.isEmpty()) {
            throw new IllegalArgumentException("A person alert has at least one name: " + externalReference);
        }
        if (alertVersion < 0) {
            throw new IllegalArgumentException("An alert version is not negative");
        }
    }

    public static Builder builder(UUID alertId, String externalReference) {
        return new Builder(alertId, externalReference);
    }

    public WatchlistName primaryName() {
        return names.stream().filter(n -> n.kind() == NameKind.PRIMARY).findFirst().orElse(names.get(0));
    }

    /** Builds entries in tests, readers and generators. */
    public static final class Builder {
        private final UUID alertId;
        private final String externalReference;
        private long version = 1;
        private final java.util.ArrayList<WatchlistName> names = new java.util.ArrayList<>();
        private final java.util.ArrayList<BirthDateRange> dates = new java.util.ArrayList<>();
        private final java.util.LinkedHashSet<CountryCode> nationalities = new java.util.LinkedHashSet<>();
        private Sex sex = Sex.UNKNOWN;

        private Builder(UUID alertId, String externalReference) {
            this.alertId = alertId;
            this.externalReference = externalReference;
        }

        public Builder version(long version) {
            this.version = version;
            return this;
        }

        public Builder name(String text) {
            names.add(names.isEmpty() ? WatchlistName.primary(text) : WatchlistName.alias(text));
            return this;
        }

        public Builder alias(String text) {
            names.add(WatchlistName.alias(text));
            return this;
        }

        public Builder originalScript(String text) {
            names.add(WatchlistName.originalScript(text));
            return this;
        }

        public Builder name(WatchlistName name) {
            names.add(name);
            return this;
        }

        public Builder bornOn(String partialDate) {
            dates.add(BirthDateRange.exactly(partialDate));
            return this;
        }

        public Builder born(BirthDateRange range) {
            dates.add(range);
            return this;
        }

        public Builder nationality(String icaoCode) {
            nationalities.add(CountryCode.of(icaoCode));
            return this;
        }

        public Builder nationality(CountryCode code) {
            nationalities.add(code);
            return this;
        }

        public Builder sex(Sex sex) {
            this.sex = sex;
            return this;
        }

        public boolean hasNames() {
            return !names.isEmpty();
        }

        public WatchlistEntry build() {
            return new WatchlistEntry(alertId, version, externalReference, names, dates, nationalities, sex);
        }
    }
}
