package org.atoll.alert.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.atoll.access.AgencyCode;
import org.atoll.alert.screening.Sex;

/**
 * What an alert says, in one version: who or which document, why (reason and legal basis), who
 * owns it, what to do on a hit, with whom it is shared, and until when it holds. Exactly one of
 * {@code person} and {@code document} is present, as {@code kind} says.
 */
public record AlertContent(
        AlertKind kind,
        String externalReference,
        AlertCategory category,
        String reason,
        String legalBasis,
        AgencyCode owningAgency,
        ActionOnHit actionOnHit,
        String contact,
        Set<WarningMarker> warningMarkers,
        List<AlertLink> links,
        LocalDate validFrom,
        LocalDate validUntil,
        LocalDate reviewDate,
        Sensitivity sensitivity,
        Sharing sharing,
        PersonDetails person,
        DocumentDetails document) {

    public AlertContent {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(externalReference, "external reference");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(owningAgency, "owning agency");
        Objects.requireNonNull(actionOnHit, "action on hit");
        Objects.requireNonNull(validFrom, "valid from");
        Objects.requireNonNull(reviewDate, "review date");
        warningMarkers = Set.copyOf(warningMarkers);
        links = List.copyOf(links);
        sensitivity = sensitivity == null ? Sensitivity.OFFICIAL : sensitivity;
        sharing = sharing == null ? Sharing.OWNER_ONLY : sharing;
        if ((kind == AlertKind.PERSON) != (person != null) || (kind == AlertKind.DOCUMENT) != (document != null)) {
            throw new IllegalArgumentException("A " + kind + " alert has " + (kind == AlertKind.PERSON ? "person" : "document")
                    + " details and no others");
        }
    }

    /** The name it is listed under, or the document it is about: what lists and queues show. */
    public String title() {
        if (person != null) {
            return person.primaryName().text();
        }
        return document.issuingState().value() + " " + document.number();
    }

    public boolean sharedWith(AgencyCode agency) {
        return owningAgency.equals(agency) || sharing.inFull() || sharing.agencies().contains(agency);
    }

    public AlertFields toFields() {
        AlertFields.PersonFields p = null;
        if (person != null) {
            p = new AlertFields.PersonFields(
                    person.names().stream().map(n -> new AlertFields.NameFields(n.text(), n.surname(), n.givenNames(),
                            n.kind().name(), n.originalScript())).toList(),
                    person.datesOfBirth().stream().map(Object::toString).toList(),
                    person.placeOfBirth(),
                    person.nationalities().stream().map(c -> c.value()).toList(),
                    person.sex() == Sex.UNKNOWN ? null : person.sex().name(),
                    person.documents().stream().map(d -> new AlertFields.IdentityDocumentFields(d.type(),
                            d.issuingState().value(), d.number())).toList(),
                    person.photoReference());
        }
        AlertFields.DocumentAlertFields d = null;
        if (document != null) {
            d = new AlertFields.DocumentAlertFields(document.issuingState().value(), document.number(),
                    document.documentType(), document.reason().name(), document.holderName());
        }
        TreeSet<String> markers = new TreeSet<>();
        warningMarkers.forEach(m -> markers.add(m.name()));
        return new AlertFields(kind.name(), externalReference, category.name(), reason, legalBasis, owningAgency.value(),
                actionOnHit.name(), contact, List.copyOf(markers),
                links.stream().map(l -> new AlertFields.LinkFields(l.alertId().toString(), l.note())).toList(),
                validFrom.toString(), validUntil == null ? null : validUntil.toString(), reviewDate.toString(),
                sensitivity.name(), sharing.agencyCodes(), sharing.inFull(), p, d);
    }

    /** The names of the fields that differ from {@code before}, for the history ("who changed what"). */
    public List<String> changedFrom(AlertContent before) {
        List<String> changed = new ArrayList<>();
        if (before == null) {
            return changed;
        }
        Map<String, Object[]> pairs = new LinkedHashMap<>();
        pairs.put("externalReference", new Object[] {externalReference, before.externalReference});
        pairs.put("category", new Object[] {category, before.category});
        pairs.put("reason", new Object[] {reason, before.reason});
        pairs.put("legalBasis", new Object[] {legalBasis, before.legalBasis});
        pairs.put("owningAgency", new Object[] {owningAgency, before.owningAgency});
        pairs.put("actionOnHit", new Object[] {actionOnHit, before.actionOnHit});
        pairs.put("contact", new Object[] {contact, before.contact});
        pairs.put("warningMarkers", new Object[] {warningMarkers, before.warningMarkers});
        pairs.put("links", new Object[] {links, before.links});
        pairs.put("validFrom", new Object[] {validFrom, before.validFrom});
        pairs.put("validUntil", new Object[] {validUntil, before.validUntil});
        pairs.put("reviewDate", new Object[] {reviewDate, before.reviewDate});
        pairs.put("sensitivity", new Object[] {sensitivity, before.sensitivity});
        pairs.put("sharing", new Object[] {sharing, before.sharing});
        if (person != null && before.person != null) {
            pairs.put("person.names", new Object[] {person.names(), before.person.names()});
            pairs.put("person.datesOfBirth", new Object[] {person.datesOfBirth(), before.person.datesOfBirth()});
            pairs.put("person.placeOfBirth", new Object[] {person.placeOfBirth(), before.person.placeOfBirth()});
            pairs.put("person.nationalities", new Object[] {person.nationalities(), before.person.nationalities()});
            pairs.put("person.sex", new Object[] {person.sex(), before.person.sex()});
            pairs.put("person.documents", new Object[] {person.documents(), before.person.documents()});
            pairs.put("person.photoReference", new Object[] {person.photoReference(), before.person.photoReference()});
        } else {
            pairs.put("person", new Object[] {person, before.person});
        }
        pairs.put("document", new Object[] {document, before.document});
        pairs.forEach((field, pair) -> {
            if (!Objects.equals(pair[0], pair[1])) {
                changed.add(field);
            }
        });
        return changed;
    }
}
