package org.atoll.regulation.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.atoll.reference.CountryCode;
import org.atoll.regulation.AppliesTo;
import org.atoll.regulation.EntryRequirement;
import org.atoll.regulation.ExtensionPolicy;
import org.atoll.regulation.GroupCode;
import org.atoll.regulation.Money;
import org.atoll.regulation.NationalityGroup;
import org.atoll.regulation.NationalityRegime;
import org.atoll.regulation.Provision;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.RegulationSet;
import org.atoll.regulation.RegulationSetId;
import org.atoll.regulation.RegulationSetStatus;
import org.atoll.regulation.RequirementRule;
import org.atoll.regulation.RequirementScope;
import org.atoll.regulation.RollingWindow;
import org.atoll.regulation.RuleCode;
import org.atoll.regulation.Validity;
import org.atoll.regulation.VisaType;
import org.atoll.regulation.VisaTypeCode;
import org.atoll.regulation.internal.RegulationSetDocument.ExtensionsDoc;
import org.atoll.regulation.internal.RegulationSetDocument.GroupDoc;
import org.atoll.regulation.internal.RegulationSetDocument.ProvisionDoc;
import org.atoll.regulation.internal.RegulationSetDocument.RegimeDoc;
import org.atoll.regulation.internal.RegulationSetDocument.RequirementDoc;
import org.atoll.regulation.internal.RegulationSetDocument.RuleDoc;
import org.atoll.regulation.internal.RegulationSetDocument.ScopeDoc;
import org.atoll.regulation.internal.RegulationSetDocument.VisaTypeDoc;
import org.atoll.regulation.internal.RegulationSetDocument.WindowDoc;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Reads and writes regulation sets as JSON documents ({@value RegulationSetDocument#FORMAT}). */
public final class RegulationSetJson {

    public static final String PALAU_DEFAULT = "regulation/palau-default.json";

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** The set shipped with Atoll as the default for Palau. */
    public RegulationSet loadPalauDefault() {
        try (InputStream in = RegulationSetJson.class.getClassLoader().getResourceAsStream(PALAU_DEFAULT)) {
            if (in == null) {
                throw new IllegalStateException("The default regulation set " + PALAU_DEFAULT + " is missing from the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public RegulationSet read(InputStream json) {
        try {
            return toSet(mapper.readValue(json, RegulationSetDocument.class));
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    public RegulationSet read(String json) {
        try {
            return toSet(mapper.readValue(json, RegulationSetDocument.class));
        } catch (JacksonException e) {
            throw unreadable(e);
        }
    }

    private static RegulationDocumentException unreadable(JacksonException e) {
        return new RegulationDocumentException("Unreadable regulation set document at " + e.getPathReference() + ": "
                + e.getOriginalMessage(), e);
    }

    public String write(RegulationSet set) {
        return mapper.writeValueAsString(toDocument(set));
    }

    // --- document to domain ----------------------------------------------------------------

    private static RegulationSet toSet(RegulationSetDocument doc) {
        try {
            if (!RegulationSetDocument.FORMAT.equals(doc.format())) {
                throw new IllegalArgumentException("format must be '" + RegulationSetDocument.FORMAT + "', not '" + doc.format() + "'");
            }
            RegulationSet.Builder b = RegulationSet.builder(RegulationSetId.of(required(doc.id(), "id")), doc.version())
                    .title(doc.title())
                    .legalInstrument(doc.legalInstrument())
                    .effectiveDate(LocalDate.parse(required(doc.effectiveDate(), "effectiveDate")));
            if (doc.basedOn() != null) {
                b.basedOn(RegulationSetId.of(doc.basedOn()));
            }
            RegulationSetStatus status = doc.status() == null ? RegulationSetStatus.DRAFT : doc.status();
            if (status != RegulationSetStatus.DRAFT) {
                b.published(status, LocalDate.parse(required(doc.publishedOn(), "publishedOn")));
            }
            list(doc.provisions()).forEach(p -> b.provision(
                    new Provision(ProvisionReference.of(p.reference()), p.title(), p.text())));
            list(doc.groups()).forEach(g -> b.group(new NationalityGroup(GroupCode.of(g.code()), g.name(),
                    set(g.members(), CountryCode::new))));
            list(doc.visaTypes()).forEach(t -> b.visaType(toVisaType(t)));
            list(doc.regimes()).forEach(r -> b.regime(toRegime(r)));
            list(doc.requirements()).forEach(r -> b.requirement(toRequirement(r)));
            return b.build();
        } catch (RuntimeException e) {
            throw new RegulationDocumentException("Invalid regulation set document: " + e.getMessage(), e);
        }
    }

    private static VisaType toVisaType(VisaTypeDoc t) {
        Money fee = Money.parse(required(t.fee(), "fee of visa type " + t.code()));
        ExtensionPolicy extensions = t.extensions() == null
                ? ExtensionPolicy.none(Money.zero(fee.currency()))
                : new ExtensionPolicy(t.extensions().max(), t.extensions().daysEach(), Money.parse(t.extensions().feeEach()));
        return new VisaType(VisaTypeCode.of(t.code()), t.name(), purposes(t.purposes()), t.issuance(), t.maxStayDays(),
                t.entries(), extensions, fee, t.workAllowed(), ProvisionReference.of(t.provision()));
    }

    private static NationalityRegime toRegime(RegimeDoc r) {
        int given = (r.nationality() != null ? 1 : 0) + (r.group() != null ? 1 : 0) + (Boolean.TRUE.equals(r.allOthers()) ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("regime " + r.code() + " needs exactly one of nationality, group, allOthers");
        }
        AppliesTo appliesTo = r.nationality() != null ? AppliesTo.nationality(CountryCode.of(r.nationality()))
                : r.group() != null ? AppliesTo.group(GroupCode.of(r.group())) : AppliesTo.allOthers();
        Set<Purpose> purposes = r.purposes() == null ? Set.of(Purpose.values()) : purposes(r.purposes());
        return new NationalityRegime(RuleCode.of(r.code()), appliesTo, purposes, r.kind(),
                Optional.ofNullable(r.permitType()).map(VisaTypeCode::of),
                Optional.ofNullable(r.stayDays()),
                Optional.ofNullable(r.rollingWindow()).map(w -> new RollingWindow(w.maxDays(), w.windowDays())),
                Validity.between(date(r.validFrom()), date(r.validUntil())),
                ProvisionReference.of(r.provision()));
    }

    private static EntryRequirement toRequirement(RequirementDoc r) {
        ScopeDoc s = r.scope();
        RequirementScope scope = s == null ? RequirementScope.EVERYONE
                : new RequirementScope(set(s.visaTypes(), VisaTypeCode::of), purposesOrNone(s.purposes()),
                        purposesOrNone(s.exemptPurposes()),
                        s.exemptStatuses() == null ? Set.of() : Set.copyOf(s.exemptStatuses()));
        return new EntryRequirement(RuleCode.of(r.code()), r.title(), toRule(r.code(), r.rule()), r.verification(), scope,
                r.ifNotMet(), ProvisionReference.of(r.provision()));
    }

    private static RequirementRule toRule(String code, RuleDoc d) {
        required(d == null ? null : d.type(), "rule type of requirement " + code);
        switch (d.type()) {
            case "PASSPORT_VALIDITY":
                return new RequirementRule.PassportValidity(requiredInt(d.monthsBeyondArrival(), "monthsBeyondArrival", code));
            case "ONWARD_TICKET":
                return new RequirementRule.OnwardTicket();
            case "PROOF_OF_FUNDS":
                return new RequirementRule.ProofOfFunds(Money.parse(required(d.perWeek(), "perWeek of " + code)));
            case "ENTRY_FORM":
                return new RequirementRule.EntryForm(d.formName(), requiredInt(d.hoursBeforeArrival(), "hoursBeforeArrival", code));
            case "DECLARATION":
                return new RequirementRule.Declaration(d.statement());
            case "HEALTH_CERTIFICATE":
                return new RequirementRule.HealthCertificate(requiredInt(d.maxAgeDays(), "maxAgeDays", code));
            case "WORK_PERMIT":
                return new RequirementRule.WorkPermit();
            case "SUPPORTING_DOCUMENT":
                return new RequirementRule.SupportingDocument(required(d.document(), "document of " + code));
            case "STATUS_ENDS_WITH_PERMIT":
                return new RequirementRule.StatusEndsWithPermit();
            case "FEE_PAID":
                return new RequirementRule.FeePaid(d.feeName(), Money.parse(required(d.amount(), "amount of " + code)), d.howPaid());
            default:
                throw new IllegalArgumentException("requirement " + code + " has an unknown rule type '" + d.type() + "'");
        }
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw new IllegalArgumentException(what + " is missing");
        }
        return value;
    }

    private static int requiredInt(Integer value, String field, String code) {
        if (value == null) {
            throw new IllegalArgumentException(field + " of requirement " + code + " is missing");
        }
        return value;
    }

    private static LocalDate date(String value) {
        return value == null ? null : LocalDate.parse(value);
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> Set<T> set(List<String> values, Function<String, T> parse) {
        return list(values).stream().map(parse).collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }

    private static Set<Purpose> purposes(List<Purpose> values) {
        return Set.copyOf(list(values));
    }

    private static Set<Purpose> purposesOrNone(List<Purpose> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    // --- domain to document ------------------------------------------------------------------

    private static RegulationSetDocument toDocument(RegulationSet set) {
        return new RegulationSetDocument(RegulationSetDocument.FORMAT, set.id().toString(), set.version(), set.status(),
                set.effectiveDate().toString(), set.publishedOn().map(LocalDate::toString).orElse(null),
                set.basedOn().map(RegulationSetId::toString).orElse(null), set.title(), set.legalInstrument(), null,
                set.provisions().stream().map(p -> new ProvisionDoc(p.reference().value(), p.title(), p.text())).collect(Collectors.toList()),
                set.groups().stream().map(g -> new GroupDoc(g.code().value(), g.name(),
                        g.members().stream().map(CountryCode::value).collect(Collectors.toList()))).collect(Collectors.toList()),
                set.visaTypes().stream().map(RegulationSetJson::toDoc).collect(Collectors.toList()),
                set.regimes().stream().map(RegulationSetJson::toDoc).collect(Collectors.toList()),
                set.requirements().stream().map(RegulationSetJson::toDoc).collect(Collectors.toList()));
    }

    private static VisaTypeDoc toDoc(VisaType t) {
        ExtensionPolicy e = t.extensions();
        return new VisaTypeDoc(t.code().value(), t.name(), sorted(t.purposes()), t.issuance(), t.maxStayDays(), t.entries(),
                e.allowsExtensions() ? new ExtensionsDoc(e.maxExtensions(), e.daysEach(), e.feeEach().toPlainString()) : null,
                t.fee().toPlainString(), t.workAllowed(), t.provision().value());
    }

    private static RegimeDoc toDoc(NationalityRegime r) {
        AppliesTo a = r.appliesTo();
        return new RegimeDoc(r.code().value(),
                a instanceof AppliesTo.Nationality ? ((AppliesTo.Nationality) a).code().value() : null,
                a instanceof AppliesTo.Group ? ((AppliesTo.Group) a).code().value() : null,
                a instanceof AppliesTo.AllOthers ? Boolean.TRUE : null,
                sorted(r.purposes()), r.kind(), r.permitType().map(VisaTypeCode::value).orElse(null), r.stayDays().orElse(null),
                r.rollingWindow().map(w -> new WindowDoc(w.maxDays(), w.windowDays())).orElse(null),
                r.validity().from().map(LocalDate::toString).orElse(null),
                r.validity().until().map(LocalDate::toString).orElse(null), r.provision().value());
    }

    private static RequirementDoc toDoc(EntryRequirement r) {
        RequirementScope s = r.scope();
        return new RequirementDoc(r.code().value(), r.title(), toDoc(r.rule()), r.verification(),
                new ScopeDoc(s.visaTypes().stream().map(VisaTypeCode::value).collect(Collectors.toList()), sorted(s.purposes()),
                        sorted(s.exemptPurposes()), s.exemptStatuses().stream().sorted().collect(Collectors.toList())),
                r.ifNotMet(), r.provision().value());
    }

    private static RuleDoc toDoc(RequirementRule rule) {
        if (rule instanceof RequirementRule.PassportValidity) {
            return new RuleDoc("PASSPORT_VALIDITY", ((RequirementRule.PassportValidity) rule).monthsBeyondArrival(),
                    null, null, null, null, null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.OnwardTicket) {
            return new RuleDoc("ONWARD_TICKET", null, null, null, null, null, null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.ProofOfFunds) {
            return new RuleDoc("PROOF_OF_FUNDS", null, ((RequirementRule.ProofOfFunds) rule).perWeek().toPlainString(),
                    null, null, null, null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.EntryForm) {
            RequirementRule.EntryForm f = (RequirementRule.EntryForm) rule;
            return new RuleDoc("ENTRY_FORM", null, null, f.formName(), f.hoursBeforeArrival(), null, null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.Declaration) {
            return new RuleDoc("DECLARATION", null, null, null, null, ((RequirementRule.Declaration) rule).statement(),
                    null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.HealthCertificate) {
            return new RuleDoc("HEALTH_CERTIFICATE", null, null, null, null, null,
                    ((RequirementRule.HealthCertificate) rule).maxAgeDays(), null, null, null, null);
        }
        if (rule instanceof RequirementRule.WorkPermit) {
            return new RuleDoc("WORK_PERMIT", null, null, null, null, null, null, null, null, null, null);
        }
        if (rule instanceof RequirementRule.SupportingDocument) {
            return new RuleDoc("SUPPORTING_DOCUMENT", null, null, null, null, null, null, null, null, null,
                    ((RequirementRule.SupportingDocument) rule).document());
        }
        if (rule instanceof RequirementRule.StatusEndsWithPermit) {
            return new RuleDoc("STATUS_ENDS_WITH_PERMIT", null, null, null, null, null, null, null, null, null, null);
        }
        RequirementRule.FeePaid fee = (RequirementRule.FeePaid) rule;
        return new RuleDoc("FEE_PAID", null, null, null, null, null, null, fee.feeName(), fee.amount().toPlainString(),
                fee.howPaid(), null);
    }

    private static List<Purpose> sorted(Set<Purpose> purposes) {
        return purposes.stream().sorted().collect(Collectors.toList());
    }
}
