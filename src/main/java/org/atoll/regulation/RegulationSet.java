package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/**
 * One version of the entry rules: provisions of the law, visa and permit types, nationality
 * groups and regimes, and entry requirements, each rule citing a provision. A draft may be
 * edited; once published (through {@link RegulationHistory#publish}) it never changes again,
 * and a new version is drafted from it.
 */
public final class RegulationSet {

    private final RegulationSetId id;
    private final int version;
    private final Optional<RegulationSetId> basedOn;
    private RegulationSetStatus status;
    private Optional<LocalDate> publishedOn;
    private LocalDate effectiveDate;
    private String title;
    private String legalInstrument;
    private final Map<ProvisionReference, Provision> provisions = new LinkedHashMap<>();
    private final Map<VisaTypeCode, VisaType> visaTypes = new LinkedHashMap<>();
    private final Map<GroupCode, NationalityGroup> groups = new LinkedHashMap<>();
    private final Map<RuleCode, NationalityRegime> regimes = new LinkedHashMap<>();
    private final Map<RuleCode, EntryRequirement> requirements = new LinkedHashMap<>();

    private RegulationSet(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        if (b.version < 1) {
            throw new IllegalArgumentException("Versions start at 1, not " + b.version);
        }
        this.version = b.version;
        this.basedOn = Optional.ofNullable(b.basedOn);
        this.status = Objects.requireNonNull(b.status, "status");
        this.publishedOn = Optional.ofNullable(b.publishedOn);
        if (status.isBinding() && publishedOn.isEmpty()) {
            throw new IllegalArgumentException("A " + status + " set has a publication date");
        }
        if (!status.isBinding() && publishedOn.isPresent()) {
            throw new IllegalArgumentException("A draft has no publication date");
        }
        this.effectiveDate = Objects.requireNonNull(b.effectiveDate, "effective date");
        this.title = Texts.required(b.title, "title");
        this.legalInstrument = Texts.required(b.legalInstrument, "legal instrument");
        b.provisions.forEach(p -> putNew(provisions, p.reference(), p, "provision"));
        b.visaTypes.forEach(t -> putNew(visaTypes, t.code(), t, "visa type"));
        b.groups.forEach(g -> putNew(groups, g.code(), g, "nationality group"));
        b.regimes.forEach(r -> putNew(regimes, r.code(), r, "regime"));
        b.requirements.forEach(r -> putNew(requirements, r.code(), r, "requirement"));
    }

    private static <K, V> void putNew(Map<K, V> map, K key, V value, String what) {
        if (map.putIfAbsent(key, value) != null) {
            throw new IllegalArgumentException("Duplicate " + what + " " + key);
        }
    }

    public static Builder builder(RegulationSetId id, int version) {
        return new Builder(id, version);
    }

    /**
     * A new draft holding a copy of this set's rules, to be edited and published later.
     * Drafting from a draft is refused: versions descend from law, not from other drafts.
     */
    public RegulationSet draftNextVersion(RegulationSetId newId, int newVersion, LocalDate effectiveDate) {
        if (!status.isBinding()) {
            throw new IllegalStateException("Draft new versions from a published set, not from draft " + version);
        }
        Builder copy = builder(newId, newVersion)
                .basedOn(id)
                .title(title)
                .legalInstrument(legalInstrument)
                .effectiveDate(effectiveDate);
        provisions.values().forEach(copy::provision);
        visaTypes.values().forEach(copy::visaType);
        groups.values().forEach(copy::group);
        regimes.values().forEach(copy::regime);
        requirements.values().forEach(copy::requirement);
        return copy.build();
    }

    // --- publication (through RegulationHistory) -------------------------------------------

    void markPublished(LocalDate on) {
        status = status.moveTo(RegulationSetStatus.PUBLISHED);
        publishedOn = Optional.of(on);
    }

    void markSuperseded() {
        status = status.moveTo(RegulationSetStatus.SUPERSEDED);
    }

    // --- editing a draft ----------------------------------------------------------------------

    private void requireDraft() {
        if (!status.isEditable()) {
            throw new RegulationSetNotEditableException(id, version, status);
        }
    }

    public void retitle(String newTitle) {
        requireDraft();
        title = Texts.required(newTitle, "title");
    }

    public void changeLegalInstrument(String instrument) {
        requireDraft();
        legalInstrument = Texts.required(instrument, "legal instrument");
    }

    public void changeEffectiveDate(LocalDate date) {
        requireDraft();
        effectiveDate = Objects.requireNonNull(date, "effective date");
    }

    /** Adds a provision or replaces the one with the same reference. */
    public void putProvision(Provision provision) {
        requireDraft();
        provisions.put(provision.reference(), provision);
    }

    public void removeProvision(ProvisionReference reference) {
        requireDraft();
        provisions.remove(reference);
    }

    public void putVisaType(VisaType type) {
        requireDraft();
        visaTypes.put(type.code(), type);
    }

    public void removeVisaType(VisaTypeCode code) {
        requireDraft();
        visaTypes.remove(code);
    }

    public void putGroup(NationalityGroup group) {
        requireDraft();
        groups.put(group.code(), group);
    }

    public void removeGroup(GroupCode code) {
        requireDraft();
        groups.remove(code);
    }

    public void putRegime(NationalityRegime regime) {
        requireDraft();
        regimes.put(regime.code(), regime);
    }

    public void removeRegime(RuleCode code) {
        requireDraft();
        regimes.remove(code);
    }

    public void putRequirement(EntryRequirement requirement) {
        requireDraft();
        requirements.put(requirement.code(), requirement);
    }

    public void removeRequirement(RuleCode code) {
        requireDraft();
        requirements.remove(code);
    }

    // --- questions ---------------------------------------------------------------------------

    /**
     * The regime for a nationality and purpose on a date: among the regimes covering the purpose
     * and valid on the date, the most specific (nationality, then group, then all others).
     */
    public Optional<NationalityRegime> regimeFor(CountryCode nationality, Purpose purpose, LocalDate on) {
        CountryCode canonical = Nationalities.canonical(nationality);
        return regimes.values().stream()
                .filter(r -> r.covers(purpose) && r.validity().contains(on) && includes(r.appliesTo(), canonical))
                .min(Comparator.comparingInt((NationalityRegime r) -> r.appliesTo().specificity())
                        .thenComparing(NationalityRegime::code));
    }

    /** Whether a regime's "applies to" takes in a nationality (groups read from this set). */
    public boolean includes(AppliesTo appliesTo, CountryCode nationality) {
        CountryCode canonical = Nationalities.canonical(nationality);
        if (appliesTo instanceof AppliesTo.Nationality) {
            return ((AppliesTo.Nationality) appliesTo).code().equals(canonical);
        }
        if (appliesTo instanceof AppliesTo.Group) {
            return group(((AppliesTo.Group) appliesTo).code()).map(g -> g.includes(canonical)).orElse(false);
        }
        return true;
    }

    /** The entry requirements for someone entering under a type for a purpose, in the set's order. */
    public List<EntryRequirement> requirementsFor(VisaTypeCode visaType, Purpose purpose) {
        List<EntryRequirement> applicable = new ArrayList<>();
        for (EntryRequirement requirement : requirements.values()) {
            if (requirement.appliesTo(visaType, purpose)) {
                applicable.add(requirement);
            }
        }
        return applicable;
    }

    public Optional<Provision> provision(ProvisionReference reference) {
        return Optional.ofNullable(provisions.get(reference));
    }

    public Optional<VisaType> visaType(VisaTypeCode code) {
        return Optional.ofNullable(visaTypes.get(code));
    }

    public Optional<NationalityGroup> group(GroupCode code) {
        return Optional.ofNullable(groups.get(code));
    }

    public Optional<NationalityRegime> regime(RuleCode code) {
        return Optional.ofNullable(regimes.get(code));
    }

    public Optional<EntryRequirement> requirement(RuleCode code) {
        return Optional.ofNullable(requirements.get(code));
    }

    public RegulationSetId id() {
        return id;
    }

    public int version() {
        return version;
    }

    public Optional<RegulationSetId> basedOn() {
        return basedOn;
    }

    public RegulationSetStatus status() {
        return status;
    }

    public Optional<LocalDate> publishedOn() {
        return publishedOn;
    }

    public LocalDate effectiveDate() {
        return effectiveDate;
    }

    public String title() {
        return title;
    }

    public String legalInstrument() {
        return legalInstrument;
    }

    public List<Provision> provisions() {
        return List.copyOf(provisions.values());
    }

    public List<VisaType> visaTypes() {
        return List.copyOf(visaTypes.values());
    }

    public List<NationalityGroup> groups() {
        return List.copyOf(groups.values());
    }

    public List<NationalityRegime> regimes() {
        return List.copyOf(regimes.values());
    }

    public List<EntryRequirement> requirements() {
        return List.copyOf(requirements.values());
    }

    public RegulationBasis basis() {
        return new RegulationBasis(id, version, title, effectiveDate);
    }

    @Override
    public String toString() {
        return "RegulationSet[v" + version + " " + status + " effective " + effectiveDate + " '" + title + "']";
    }

    /** Assembles a set: fixtures, the JSON loader and storage use it. */
    public static final class Builder {
        private final RegulationSetId id;
        private final int version;
        private RegulationSetId basedOn;
        private RegulationSetStatus status = RegulationSetStatus.DRAFT;
        private LocalDate publishedOn;
        private LocalDate effectiveDate;
        private String title;
        private String legalInstrument;
        private final List<Provision> provisions = new ArrayList<>();
        private final List<VisaType> visaTypes = new ArrayList<>();
        private final List<NationalityGroup> groups = new ArrayList<>();
        private final List<NationalityRegime> regimes = new ArrayList<>();
        private final List<EntryRequirement> requirements = new ArrayList<>();

        private Builder(RegulationSetId id, int version) {
            this.id = id;
            this.version = version;
        }

        public Builder basedOn(RegulationSetId basedOn) {
            this.basedOn = basedOn;
            return this;
        }

        /** For sets restored from storage or shipped as published; new sets start as drafts. */
        public Builder published(RegulationSetStatus status, LocalDate publishedOn) {
            this.status = status;
            this.publishedOn = publishedOn;
            return this;
        }

        public Builder effectiveDate(LocalDate effectiveDate) {
            this.effectiveDate = effectiveDate;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder legalInstrument(String legalInstrument) {
            this.legalInstrument = legalInstrument;
            return this;
        }

        public Builder provision(Provision provision) {
            provisions.add(provision);
            return this;
        }

        public Builder visaType(VisaType type) {
            visaTypes.add(type);
            return this;
        }

        public Builder group(NationalityGroup group) {
            groups.add(group);
            return this;
        }

        public Builder regime(NationalityRegime regime) {
            regimes.add(regime);
            return this;
        }

        public Builder requirement(EntryRequirement requirement) {
            requirements.add(requirement);
            return this;
        }

        public RegulationSet build() {
            return new RegulationSet(this);
        }
    }
}
