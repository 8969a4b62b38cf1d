package org.atoll.alert.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.atoll.alert.importing.CountryNames;
import org.atoll.alert.importing.ListedPerson;
import org.atoll.alert.model.ActionOnHit;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.screening.Sex;
import org.atoll.alert.screening.WatchlistEntry;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;

/**
 * Turns a person read from a published sanctions list (the UN Security Council Consolidated List,
 * the US OFAC SDN list) into the fields of a person alert: category SANCTIONS, the list's reference
 * as external reference, shared in full (the lists are public). What the list gives that an alert cannot hold (a document "number" that is a sentence,
 * a nationality no reference code matches) is left out with a warning, never guessed.
 */
final class UnListMapper {

    record Options(String actionOnHit, String contact, String owningAgency, LocalDate validFrom, LocalDate reviewDate,
                   ListSource source) {
    }

    /** A published sanctions list: the alert source it is stored under and how reason and legal basis name it. */
    enum ListSource {
        UN("UN", "UN Security Council Consolidated List",
                "Listed on the UN Security Council Consolidated List as %s.",
                "UN Security Council sanctions measures (Chapter VII resolutions), list reference %s"),
        OFAC("OFAC", "US OFAC Specially Designated Nationals list",
                "Listed on the US Treasury OFAC Specially Designated Nationals and Blocked Persons list as %s.",
                "US Treasury OFAC SDN list entry %s, applied by the importing agency");

        private final String code;
        private final String listName;
        private final String reason;
        private final String legalBasis;

        ListSource(String code, String listName, String reason, String legalBasis) {
            this.code = code;
            this.listName = listName;
            this.reason = reason;
            this.legalBasis = legalBasis;
        }

        String code() {
            return code;
        }

        String listName() {
            return listName;
        }
    }

    /** As many names as an alert holds (AlertFieldsReader). */
    static final int MAX_NAMES = 50;

    private UnListMapper() {
    }

    static AlertFields fields(ListedPerson person, Options options, KnownCodes countries, LocalDate today, int line,
                              List<ImportProblem> warnings) {
        WatchlistEntry e = person.entry();
        String reference = e.externalReference();
        List<AlertFields.NameFields> names = e.names().stream().limit(MAX_NAMES)
                .map(n -> new AlertFields.NameFields(n.text(), null, null, n.kind().name(), n.originalScript())).toList();
        if (e.names().size() > MAX_NAMES) {
            warnings.add(new ImportProblem(line, reference, "names", e.names().size() + " names; the first " + MAX_NAMES + " are kept"));
        }
        List<String> nationalities = new ArrayList<>();
        for (CountryCode c : e.nationalities()) {
            if (countries.isKnownCountry(c, today)) {
                nationalities.add(c.value());
            } else {
                warnings.add(new ImportProblem(line, reference, "nationalities", "nationality " + c + " is not in the reference data; left out"));
            }
        }
        nationalities.sort(null);
        List<AlertFields.IdentityDocumentFields> documents = new ArrayList<>();
        for (ListedPerson.ListedDocument d : person.documents()) {
            var state = CountryNames.toCode(d.issuingCountry());
            String number = d.number() == null ? "" : d.number().strip();
            if (state.isEmpty() || !countries.isKnownCountry(state.get(), today) || number.length() > 40
                    || !number.matches("[A-Za-z0-9 ./-]+") || !number.matches(".*\\d.*")) {
                warnings.add(new ImportProblem(line, reference, "documents", "document '" + number + "' of '" + d.issuingCountry()
                        + "' cannot be held as issuing state and number; left out"));
                continue;
            }
            documents.add(new AlertFields.IdentityDocumentFields(documentType(d.type()), state.get().value(), number));
        }
        AlertFields.PersonFields p = new AlertFields.PersonFields(names,
                e.datesOfBirth().stream().map(Object::toString).toList(), null, nationalities,
                e.sex() == Sex.UNKNOWN ? null : e.sex().name(), documents, null);
        return new AlertFields("PERSON", reference, "SANCTIONS",
                options.source().reason.formatted(reference), options.source().legalBasis.formatted(reference),
                options.owningAgency(), options.actionOnHit(), options.contact(), List.of(), List.of(),
                options.validFrom().toString(), null, options.reviewDate().toString(), "OFFICIAL", List.of(), true, p, null);
    }

    static String documentType(String type) {
        if (type == null) return null;
        String t = type.toLowerCase(Locale.ROOT);
        if (t.contains("passport")) return "P";
        if (t.contains("identi")) return "ID";
        return null;
    }

    static String defaultAction() {
        return ActionOnHit.REFER_TO_SECONDARY.name();
    }
}
