package org.atoll.regulation.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.atoll.regulation.Consequence;
import org.atoll.regulation.Entries;
import org.atoll.regulation.Issuance;
import org.atoll.regulation.Purpose;
import org.atoll.regulation.TravellerStatus;
import org.atoll.regulation.RegimeKind;
import org.atoll.regulation.RegulationSetStatus;
import org.atoll.regulation.Verification;

/**
 * A regulation set as a JSON document: the form it is shipped in (palau-default.json), exported,
 * imported and stored. Kept apart from the domain model so that the model carries no mapping.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "id", "version", "status", "effectiveDate", "publishedOn", "basedOn", "title",
        "legalInstrument", "notes", "provisions", "groups", "visaTypes", "regimes", "requirements"})
record RegulationSetDocument(
        String format,
        String id,
        int version,
        RegulationSetStatus status,
        String effectiveDate,
        String publishedOn,
        String basedOn,
        String title,
        String legalInstrument,
        List<String> notes,
        List<ProvisionDoc> provisions,
        List<GroupDoc> groups,
        List<VisaTypeDoc> visaTypes,
        List<RegimeDoc> regimes,
        List<RequirementDoc> requirements) {

    static final String FORMAT = "atoll.regulation-set/1";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ProvisionDoc(String reference, String title, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GroupDoc(String code, String name, List<String> members) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "name", "purposes", "issuance", "maxStayDays", "entries", "extensions", "fee",
            "workAllowed", "provision"})
    record VisaTypeDoc(
            String code,
            String name,
            List<Purpose> purposes,
            Issuance issuance,
            int maxStayDays,
            Entries entries,
            ExtensionsDoc extensions,
            String fee,
            boolean workAllowed,
            String provision) {
    }

    record ExtensionsDoc(int max, int daysEach, String feeEach) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "nationality", "group", "allOthers", "purposes", "kind", "permitType", "stayDays",
            "rollingWindow", "validFrom", "validUntil", "provision"})
    record RegimeDoc(
            String code,
            String nationality,
            String group,
            Boolean allOthers,
            List<Purpose> purposes,
            RegimeKind kind,
            String permitType,
            Integer stayDays,
            WindowDoc rollingWindow,
            String validFrom,
            String validUntil,
            String provision) {
    }

    record WindowDoc(int maxDays, int windowDays) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"code", "title", "rule", "verification", "scope", "ifNotMet", "provision"})
    record RequirementDoc(
            String code,
            String title,
            RuleDoc rule,
            Verification verification,
            ScopeDoc scope,
            Consequence ifNotMet,
            String provision) {
    }

    /** One shape for every rule type; only the fields of the named type are set. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RuleDoc(
            String type,
            Integer monthsBeyondArrival,
            String perWeek,
            String formName,
            Integer hoursBeforeArrival,
            String statement,
            Integer maxAgeDays,
            String feeName,
            String amount,
            String howPaid,
            String document) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ScopeDoc(List<String> visaTypes, List<Purpose> purposes, List<Purpose> exemptPurposes,
            List<TravellerStatus> exemptStatuses) {
    }
}
