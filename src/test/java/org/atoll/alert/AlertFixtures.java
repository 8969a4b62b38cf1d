package org.atoll.alert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;

import org.atoll.TestDates;

/** Alert request bodies that read like the domain: {@code aPersonAlert("POL-1").named("OKONKWO", "Adebayo").json()}. */
public final class AlertFixtures {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private AlertFixtures() {
    }

    public static Builder aPersonAlert(String reference) {
        return new Builder("PERSON", reference);
    }

    public static Builder aDocumentAlert(String reference, String issuingState, String number, String reason) {
        Builder b = new Builder("DOCUMENT", reference);
        b.document.put("issuingState", issuingState);
        b.document.put("number", number);
        b.document.put("documentType", "P");
        b.document.put("reason", reason);
        b.body.put("category", "DOCUMENT_SEIZURE");
        b.body.put("actionOnHit", "SEIZE_DOCUMENT");
        return b;
    }

    /** A reference no other test uses. */
    public static String uniqueReference(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    public static final class Builder {
        final Map<String, Object> body = new LinkedHashMap<>();
        final Map<String, Object> person = new LinkedHashMap<>();
        final Map<String, Object> document = new LinkedHashMap<>();
        final List<Map<String, Object>> names = new ArrayList<>();
        final List<String> dates = new ArrayList<>();
        final List<String> nationalities = new ArrayList<>();
        final List<Map<String, Object>> documents = new ArrayList<>();

        Builder(String kind, String reference) {
            body.put("kind", kind);
            body.put("externalReference", reference);
            body.put("category", "REFUSE_ENTRY");
            body.put("reason", "Deported in 2024 for document fraud.");
            body.put("legalBasis", "13 PNC § 1012 (prohibited immigrants)");
            body.put("actionOnHit", "REFER_TO_SECONDARY");
            body.put("contact", "Immigration duty officer +680 488 2498");
            body.put("reviewDate", TestDates.today().plusYears(1).toString());
            body.put("sensitivity", "OFFICIAL");
        }

        public Builder named(String surname, String givenNames) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("surname", surname);
            n.put("givenNames", givenNames);
            n.put("kind", names.isEmpty() ? "PRIMARY" : "ALIAS");
            names.add(n);
            return this;
        }

        public Builder alias(String text) {
            names.add(new LinkedHashMap<>(Map.of("text", text, "kind", "ALIAS")));
            return this;
        }

        public Builder originalScript(String text) {
            names.add(new LinkedHashMap<>(Map.of("text", text, "kind", "ALIAS", "originalScript", true)));
            return this;
        }

        public Builder bornOn(String date) {
            dates.add(date);
            return this;
        }

        public Builder nationality(String code) {
            nationalities.add(code);
            return this;
        }

        public Builder sex(String sex) {
            person.put("sex", sex);
            return this;
        }

        public Builder holding(String type, String issuingState, String number) {
            documents.add(new LinkedHashMap<>(Map.of("type", type, "issuingState", issuingState, "number", number)));
            return this;
        }

        public Builder ownedBy(String agency) {
            body.put("owningAgency", agency);
            return this;
        }

        public Builder sharedWith(String... agencies) {
            body.put("sharedWith", List.of(agencies));
            return this;
        }

        public Builder sharedInFull() {
            body.put("sharedInFull", true);
            return this;
        }

        public Builder with(String field, Object value) {
            body.put(field, value);
            return this;
        }

        public Builder reviewOn(LocalDate date) {
            body.put("reviewDate", date.toString());
            return this;
        }

        public Builder active() {
            body.put("status", "ACTIVE");
            return this;
        }

        public Map<String, Object> map() {
            Map<String, Object> out = new LinkedHashMap<>(body);
            if ("PERSON".equals(body.get("kind"))) {
                Map<String, Object> p = new LinkedHashMap<>(person);
                p.put("names", names);
                p.put("datesOfBirth", dates);
                p.put("nationalities", nationalities);
                p.put("documents", documents);
                out.put("person", p);
            } else {
                out.put("document", document);
            }
            return out;
        }

        public String json() {
            return JSON.writeValueAsString(map());
        }
    }
}
