package org.atoll.regulation.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits one rule of a draft (a provision, group, visa type, regime or requirement) as a form
 * would: the rule's fields, by their JSON paths in the regulation set document, are read into a
 * form and written back, and the whole document is then read again so that the domain model
 * checks the result. Keeps the administrators' editor and the document format in one place.
 */
public final class DraftItems {

    /** The kinds of rule an administrator edits, with their place in the document and their key. */
    public enum Kind {
        PROVISION("provisions", "provisions", "reference"),
        GROUP("groups", "groups", "code"),
        VISA_TYPE("visa-types", "visaTypes", "code"),
        REGIME("regimes", "regimes", "code"),
        REQUIREMENT("requirements", "requirements", "code");

        private final String slug;
        private final String array;
        private final String key;

        Kind(String slug, String array, String key) {
            this.slug = slug;
            this.array = array;
            this.key = key;
        }

        public String slug() {
            return slug;
        }

        public String key() {
            return key;
        }

        public static Optional<Kind> ofSlug(String slug) {
            return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
        }
    }

    public enum FieldType { TEXT, TEXTAREA, INTEGER, DATE, BOOLEAN, SELECT, MULTI, CODES }

    /** Where the choices of a select or multi-select field come from. */
    public enum Options { NONE, PURPOSES, ISSUANCE, ENTRIES, REGIME_KINDS, VERIFICATIONS, CONSEQUENCES, RULE_TYPES, TRAVELLER_STATUSES,
        PROVISIONS, GROUPS, VISA_TYPES }

    /** One field of a rule's form: its JSON path (dots for nesting), its type and its choices. */
    public record FieldSpec(String path, FieldType type, Options options, boolean required) {

        public String id() {
            return path.replace('.', '-');
        }

        public String labelKey() {
            return "regulation.field." + path;
        }
    }

    private static FieldSpec f(String path, FieldType type) {
        return new FieldSpec(path, type, Options.NONE, false);
    }

    private static FieldSpec req(String path, FieldType type) {
        return new FieldSpec(path, type, Options.NONE, true);
    }

    private static FieldSpec choice(String path, FieldType type, Options options, boolean required) {
        return new FieldSpec(path, type, options, required);
    }

    public static List<FieldSpec> fields(Kind kind) {
        switch (kind) {
            case PROVISION:
                return List.of(req("reference", FieldType.TEXT), req("title", FieldType.TEXT), req("text", FieldType.TEXTAREA));
            case GROUP:
                return List.of(req("code", FieldType.TEXT), req("name", FieldType.TEXT), req("members", FieldType.CODES));
            case VISA_TYPE:
                return List.of(req("code", FieldType.TEXT), req("name", FieldType.TEXT),
                        choice("purposes", FieldType.MULTI, Options.PURPOSES, true),
                        choice("issuance", FieldType.SELECT, Options.ISSUANCE, true),
                        req("maxStayDays", FieldType.INTEGER),
                        choice("entries", FieldType.SELECT, Options.ENTRIES, true),
                        f("extensions.max", FieldType.INTEGER), f("extensions.daysEach", FieldType.INTEGER),
                        f("extensions.feeEach", FieldType.TEXT),
                        req("fee", FieldType.TEXT), f("workAllowed", FieldType.BOOLEAN),
                        choice("provision", FieldType.SELECT, Options.PROVISIONS, true));
            case REGIME:
                return List.of(req("code", FieldType.TEXT), f("nationality", FieldType.TEXT),
                        choice("group", FieldType.SELECT, Options.GROUPS, false), f("allOthers", FieldType.BOOLEAN),
                        choice("purposes", FieldType.MULTI, Options.PURPOSES, false),
                        choice("kind", FieldType.SELECT, Options.REGIME_KINDS, true),
                        choice("permitType", FieldType.SELECT, Options.VISA_TYPES, false),
                        f("stayDays", FieldType.INTEGER),
                        f("rollingWindow.maxDays", FieldType.INTEGER), f("rollingWindow.windowDays", FieldType.INTEGER),
                        f("validFrom", FieldType.DATE), f("validUntil", FieldType.DATE),
                        choice("provision", FieldType.SELECT, Options.PROVISIONS, true));
            default:
                return List.of(req("code", FieldType.TEXT), req("title", FieldType.TEXT),
                        choice("rule.type", FieldType.SELECT, Options.RULE_TYPES, true),
                        f("rule.monthsBeyondArrival", FieldType.INTEGER), f("rule.perWeek", FieldType.TEXT),
                        f("rule.formName", FieldType.TEXT), f("rule.hoursBeforeArrival", FieldType.INTEGER),
                        f("rule.statement", FieldType.TEXT), f("rule.maxAgeDays", FieldType.INTEGER),
                        f("rule.feeName", FieldType.TEXT), f("rule.amount", FieldType.TEXT), f("rule.howPaid", FieldType.TEXT),
                        f("rule.document", FieldType.TEXT),
                        choice("verification", FieldType.SELECT, Options.VERIFICATIONS, true),
                        choice("scope.visaTypes", FieldType.MULTI, Options.VISA_TYPES, false),
                        choice("scope.purposes", FieldType.MULTI, Options.PURPOSES, false),
                        choice("scope.exemptPurposes", FieldType.MULTI, Options.PURPOSES, false),
                        choice("scope.exemptStatuses", FieldType.MULTI, Options.TRAVELLER_STATUSES, false),
                        choice("ifNotMet", FieldType.SELECT, Options.CONSEQUENCES, true),
                        choice("provision", FieldType.SELECT, Options.PROVISIONS, true));
        }
    }

    public static final List<String> RULE_TYPES = List.of("PASSPORT_VALIDITY", "ONWARD_TICKET", "PROOF_OF_FUNDS", "ENTRY_FORM",
            "DECLARATION", "HEALTH_CERTIFICATE", "WORK_PERMIT", "FEE_PAID", "SUPPORTING_DOCUMENT", "STATUS_ENDS_WITH_PERMIT");

    private final JsonMapper mapper = JsonMapper.builder().build();

    public JsonNode tree(String documentJson) {
        return mapper.readTree(documentJson);
    }

    /** The rule with this key in the document, if any. */
    public Optional<JsonNode> item(JsonNode document, Kind kind, String key) {
        for (JsonNode item : array(document, kind)) {
            if (key.equals(text(item, kind.key))) {
                return Optional.of(item);
            }
        }
        return Optional.empty();
    }

    /** Every key of a kind in the document, in document order. */
    public List<String> keys(JsonNode document, Kind kind) {
        List<String> keys = new ArrayList<>();
        array(document, kind).forEach(item -> keys.add(text(item, kind.key)));
        return keys;
    }

    /** A field's values in an item, as the form shows them (one value, or several for multi-selects). */
    public static List<String> values(JsonNode item, FieldSpec spec) {
        JsonNode node = item;
        for (String part : spec.path().split("\\.")) {
            node = node == null ? null : node.get(part);
        }
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isArray()) {
            List<String> values = new ArrayList<>();
            node.forEach(v -> values.add(v.asString()));
            return values;
        }
        return List.of(node.asString());
    }

    /**
     * The document with one rule added or replaced (by {@code originalKey}, or appended when it is
     * null) from a form's values.
     *
     * @throws InvalidRequestException naming each field that cannot be read, or a key already taken
     */
    public String put(String documentJson, Kind kind, String originalKey, Map<String, List<String>> form) {
        ObjectNode document = (ObjectNode) mapper.readTree(documentJson);
        ObjectNode item = mapper.createObjectNode();
        List<FieldProblem> problems = new ArrayList<>();
        for (FieldSpec spec : fields(kind)) {
            List<String> raw = form.getOrDefault(spec.path(), List.of()).stream()
                    .map(String::strip).filter(v -> !v.isEmpty()).toList();
            write(item, spec, raw, problems);
        }
        removeEmptyObjects(item);
        String key = text(item, kind.key);
        if (key == null) {
            problems.add(new FieldProblem(kind.key, "Required"));
        }
        ArrayNode array = document.withArray(kindArray(kind));
        int index = -1;
        for (int i = 0; i < array.size(); i++) {
            String existing = text(array.get(i), kind.key);
            if (originalKey != null && originalKey.equals(existing)) {
                index = i;
            } else if (key != null && key.equals(existing)) {
                problems.add(new FieldProblem(kind.key, "Another rule already has " + key));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).field() + ": " + problems.get(0).message(), problems);
        }
        if (index >= 0) {
            array.set(index, item);
        } else {
            array.add(item);
        }
        return document.toString();
    }

    /** The document without the rule with this key. */
    public String remove(String documentJson, Kind kind, String key) {
        ObjectNode document = (ObjectNode) mapper.readTree(documentJson);
        ArrayNode array = document.withArray(kindArray(kind));
        for (int i = 0; i < array.size(); i++) {
            if (key.equals(text(array.get(i), kind.key))) {
                array.remove(i);
                return document.toString();
            }
        }
        throw InvalidRequestException.field(kind.key, "No " + kind.slug + " rule " + key + " in this draft");
    }

    private static String kindArray(Kind kind) {
        return kind.array;
    }

    private Iterable<JsonNode> array(JsonNode document, Kind kind) {
        JsonNode array = document.get(kind.array);
        return array == null ? List.of() : array;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    private void write(ObjectNode item, FieldSpec spec, List<String> raw, List<FieldProblem> problems) {
        String[] parts = spec.path().split("\\.");
        ObjectNode parent = item;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = parent.get(parts[i]);
            parent = child instanceof ObjectNode ? (ObjectNode) child : parent.putObject(parts[i]);
        }
        String name = parts[parts.length - 1];
        if (spec.type() == FieldType.BOOLEAN) {
            boolean value = raw.contains("true") || raw.contains("on");
            if (value || !"allOthers".equals(name)) {
                parent.put(name, value);
            }
            return;
        }
        if (raw.isEmpty()) {
            if (spec.required()) {
                problems.add(new FieldProblem(spec.path(), "Required"));
            }
            return;
        }
        switch (spec.type()) {
            case INTEGER:
                try {
                    parent.put(name, Integer.parseInt(raw.get(0)));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(spec.path(), "A whole number, not '" + raw.get(0) + "'"));
                }
                return;
            case MULTI:
                ArrayNode values = parent.putArray(name);
                raw.forEach(values::add);
                return;
            case CODES:
                ArrayNode codes = parent.putArray(name);
                for (String value : raw) {
                    Arrays.stream(value.split("[\\s,;]+")).filter(c -> !c.isEmpty())
                            .forEach(c -> codes.add(c.toUpperCase(Locale.ROOT)));
                }
                return;
            default:
                parent.put(name, raw.get(0));
        }
    }

    private static void removeEmptyObjects(ObjectNode node) {
        List<String> empty = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue() instanceof ObjectNode) {
                removeEmptyObjects((ObjectNode) field.getValue());
                if (field.getValue().isEmpty()) {
                    empty.add(field.getKey());
                }
            }
        }
        empty.forEach(node::remove);
    }
}
