package org.atoll.alert.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.atoll.alert.model.AlertFields;

/**
 * The alert editor's form: one text field per value, lists as one item per line (aliases,
 * documents as {@code P PLW A1234567}) or separated by commas (dates of birth, nationalities).
 * Converted to and from {@link AlertFields}; the service's field paths map back to these fields.
 */
public class AlertForm {

    private String kind = "PERSON";
    private String status = "DRAFT";
    private String externalReference;
    private String category;
    private String reason;
    private String legalBasis;
    private String actionOnHit;
    private String contact;
    private List<String> warningMarkers = new ArrayList<>();
    private String links;
    private String validFrom;
    private String validUntil;
    private String reviewDate;
    private String sensitivity = "OFFICIAL";
    private List<String> sharedWith = new ArrayList<>();
    private boolean sharedInFull;
    private String surname;
    private String givenNames;
    private String aliases;
    private String originalScriptNames;
    private String datesOfBirth;
    private String placeOfBirth;
    private String nationalities;
    private String sex;
    private String documents;
    private String photoReference;
    private String documentIssuingState;
    private String documentNumber;
    private String documentType;
    private String documentReason;
    private String holderName;
    private Long version;
    private String changeReason;

    /** Lines the form could not read, as (field, message), before the service saw them. */
    private final transient List<String[]> parseProblems = new ArrayList<>();

    public AlertFields toFields() {
        parseProblems.clear();
        AlertFields.PersonFields person = null;
        AlertFields.DocumentAlertFields document = null;
        if ("PERSON".equals(kind)) {
            List<AlertFields.NameFields> names = new ArrayList<>();
            if (notBlank(surname) || notBlank(givenNames)) {
                names.add(new AlertFields.NameFields(null, surname, givenNames, "PRIMARY", false));
            }
            lines(aliases).forEach(a -> names.add(new AlertFields.NameFields(a, null, null, "ALIAS", false)));
            lines(originalScriptNames).forEach(a -> names.add(new AlertFields.NameFields(a, null, null, "ALIAS", true)));
            List<AlertFields.IdentityDocumentFields> docs = new ArrayList<>();
            for (String line : lines(documents)) {
                String[] parts = line.split("[\\s:]+");
                if (parts.length == 3) {
                    docs.add(new AlertFields.IdentityDocumentFields(parts[0], parts[1], parts[2]));
                } else if (parts.length == 2) {
                    docs.add(new AlertFields.IdentityDocumentFields(null, parts[0], parts[1]));
                } else {
                    parseProblems.add(new String[] {"documents", "Write each document as TYPE STATE NUMBER, e.g. P PLW A1234567; not '" + line + "'."});
                }
            }
            person = new AlertFields.PersonFields(names, items(datesOfBirth), placeOfBirth, items(nationalities), sex, docs,
                    photoReference);
        } else {
            document = new AlertFields.DocumentAlertFields(documentIssuingState, documentNumber, documentType, documentReason,
                    holderName);
        }
        List<AlertFields.LinkFields> linkFields = new ArrayList<>();
        for (String line : lines(links)) {
            String[] parts = line.split("\\s+", 2);
            linkFields.add(new AlertFields.LinkFields(parts[0], parts.length > 1 ? parts[1] : null));
        }
        return new AlertFields(kind, externalReference, category, reason, legalBasis, null, actionOnHit, contact,
                warningMarkers, linkFields, validFrom, validUntil, reviewDate, sensitivity, sharedWith, sharedInFull, person,
                document);
    }

    public List<String[]> parseProblems() {
        return parseProblems;
    }

    public static AlertForm of(AlertFields f, long version) {
        AlertForm form = new AlertForm();
        form.kind = f.kind();
        form.externalReference = f.externalReference();
        form.category = f.category();
        form.reason = f.reason();
        form.legalBasis = f.legalBasis();
        form.actionOnHit = f.actionOnHit();
        form.contact = f.contact();
        form.warningMarkers = new ArrayList<>(f.warningMarkers());
        form.links = String.join("\n", f.links().stream().map(l -> l.alertId() + (l.note() == null ? "" : " " + l.note())).toList());
        form.validFrom = f.validFrom();
        form.validUntil = f.validUntil();
        form.reviewDate = f.reviewDate();
        form.sensitivity = f.sensitivity();
        form.sharedWith = new ArrayList<>(f.sharedWith());
        form.sharedInFull = Boolean.TRUE.equals(f.sharedInFull());
        if (f.person() != null) {
            var p = f.person();
            List<String> aliasLines = new ArrayList<>();
            List<String> scriptLines = new ArrayList<>();
            boolean primaryDone = false;
            for (AlertFields.NameFields n : p.names()) {
                if (!primaryDone && "PRIMARY".equals(n.kind())) {
                    primaryDone = true;
                    form.surname = n.surname();
                    form.givenNames = n.givenNames();
                    if (n.surname() == null && n.givenNames() == null) form.surname = n.text();
                } else if (Boolean.TRUE.equals(n.originalScript())) {
                    scriptLines.add(n.text());
                } else {
                    aliasLines.add(n.text());
                }
            }
            form.aliases = String.join("\n", aliasLines);
            form.originalScriptNames = String.join("\n", scriptLines);
            form.datesOfBirth = String.join(", ", p.datesOfBirth());
            form.placeOfBirth = p.placeOfBirth();
            form.nationalities = String.join(", ", p.nationalities());
            form.sex = p.sex() == null ? "" : p.sex().substring(0, 1);
            form.documents = String.join("\n", p.documents().stream()
                    .map(d -> (d.type() == null ? "" : d.type() + " ") + d.issuingState() + " " + d.number()).toList());
            form.photoReference = p.photoReference();
        }
        if (f.document() != null) {
            var d = f.document();
            form.documentIssuingState = d.issuingState();
            form.documentNumber = d.number();
            form.documentType = d.documentType();
            form.documentReason = d.reason();
            form.holderName = d.holderName();
        }
        form.version = version;
        return form;
    }

    /** The form field that shows the problem the service names by its JSON path. */
    public static String formField(String path) {
        if (path == null) return null;
        if (path.startsWith("person.names[0].givenNames")) return "givenNames";
        if (path.startsWith("person.names[0]") || path.equals("person.names") || path.equals("person")) return "surname";
        if (path.startsWith("person.names")) return "aliases";
        if (path.startsWith("person.datesOfBirth")) return "datesOfBirth";
        if (path.startsWith("person.nationalities")) return "nationalities";
        if (path.startsWith("person.documents")) return "documents";
        if (path.startsWith("person.placeOfBirth")) return "placeOfBirth";
        if (path.startsWith("person.sex")) return "sex";
        if (path.startsWith("person.photoReference")) return "photoReference";
        if (path.equals("document") || path.startsWith("document.issuingState")) return "documentIssuingState";
        if (path.startsWith("document.number")) return "documentNumber";
        if (path.startsWith("document.documentType")) return "documentType";
        if (path.startsWith("document.reason")) return "documentReason";
        if (path.startsWith("document.holderName")) return "holderName";
        if (path.startsWith("warningMarkers")) return "warningMarkers";
        if (path.startsWith("sharedWith")) return "sharedWith";
        if (path.startsWith("links")) return "links";
        if (path.equals("owningAgency") || path.equals("kind")) return null;
        return path;
    }

    private static List<String> lines(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> items(String text) {
        if (text == null) return List.of();
        return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    // ---- bean properties for binding ----
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = "DOCUMENT".equals(kind) ? "DOCUMENT" : "PERSON"; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public String getExternalReference() { return externalReference; }
    public void setExternalReference(String v) { this.externalReference = v; }
    public String getCategory() { return category; }
    public void setCategory(String v) { this.category = v; }
    public String getReason() { return reason; }
    public void setReason(String v) { this.reason = v; }
    public String getLegalBasis() { return legalBasis; }
    public void setLegalBasis(String v) { this.legalBasis = v; }
    public String getActionOnHit() { return actionOnHit; }
    public void setActionOnHit(String v) { this.actionOnHit = v; }
    public String getContact() { return contact; }
    public void setContact(String v) { this.contact = v; }
    public List<String> getWarningMarkers() { return warningMarkers; }
    public void setWarningMarkers(List<String> v) { this.warningMarkers = v == null ? new ArrayList<>() : v; }
    public String getLinks() { return links; }
    public void setLinks(String v) { this.links = v; }
    public String getValidFrom() { return validFrom; }
    public void setValidFrom(String v) { this.validFrom = v; }
    public String getValidUntil() { return validUntil; }
    public void setValidUntil(String v) { this.validUntil = v; }
    public String getReviewDate() { return reviewDate; }
    public void setReviewDate(String v) { this.reviewDate = v; }
    public String getSensitivity() { return sensitivity; }
    public void setSensitivity(String v) { this.sensitivity = v; }
    public List<String> getSharedWith() { return sharedWith; }
    public void setSharedWith(List<String> v) { this.sharedWith = v == null ? new ArrayList<>() : v; }
    public boolean isSharedInFull() { return sharedInFull; }
    public void setSharedInFull(boolean v) { this.sharedInFull = v; }
    public String getSurname() { return surname; }
    public void setSurname(String v) { this.surname = v; }
    public String getGivenNames() { return givenNames; }
    public void setGivenNames(String v) { this.givenNames = v; }
    public String getAliases() { return aliases; }
    public void setAliases(String v) { this.aliases = v; }
    public String getOriginalScriptNames() { return originalScriptNames; }
    public void setOriginalScriptNames(String v) { this.originalScriptNames = v; }
    public String getDatesOfBirth() { return datesOfBirth; }
    public void setDatesOfBirth(String v) { this.datesOfBirth = v; }
    public String getPlaceOfBirth() { return placeOfBirth; }
    public void setPlaceOfBirth(String v) { this.placeOfBirth = v; }
    public String getNationalities() { return nationalities; }
    public void setNationalities(String v) { this.nationalities = v; }
    public String getSex() { return sex; }
    public void setSex(String v) { this.sex = v; }
    public String getDocuments() { return documents; }
    public void setDocuments(String v) { this.documents = v; }
    public String getPhotoReference() { return photoReference; }
    public void setPhotoReference(String v) { this.photoReference = v; }
    public String getDocumentIssuingState() { return documentIssuingState; }
    public void setDocumentIssuingState(String v) { this.documentIssuingState = v; }
    public String getDocumentNumber() { return documentNumber; }
    public void setDocumentNumber(String v) { this.documentNumber = v; }
    public String getDocumentType() { return documentType; }
    public void setDocumentType(String v) { this.documentType = v; }
    public String getDocumentReason() { return documentReason; }
    public void setDocumentReason(String v) { this.documentReason = v; }
    public String getHolderName() { return holderName; }
    public void setHolderName(String v) { this.holderName = v; }
    public Long getVersion() { return version; }
    public void setVersion(Long v) { this.version = v; }
    public String getChangeReason() { return changeReason; }
    public void setChangeReason(String v) { this.changeReason = v; }
}
