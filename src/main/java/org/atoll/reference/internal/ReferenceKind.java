package org.atoll.reference.internal;

import java.util.List;

/**
 * The four reference tables, with their columns as the shipped CSV and the edit form know them.
 * One description serves loading, listing and editing, so the three cannot drift apart.
 */
public enum ReferenceKind {
    COUNTRIES("country", "countries.csv", List.of("code", "alpha2", "name", "kind", "valid_from", "valid_to"), "code"),
    PORTS("port_of_entry", "ports.csv", List.of("locode", "name", "country", "port_type", "iata_code", "valid_from", "valid_to"), "locode"),
    CARRIERS("carrier", "carriers.csv", List.of("iata_code", "icao_code", "name", "mode", "country", "valid_from", "valid_to"), "icao_code"),
    DOCUMENT_TYPES("document_type", "document-types.csv", List.of("code", "name", "category", "valid_from", "valid_to"), "code");

    private final String table;
    private final String file;
    private final List<String> columns;
    private final String naturalKey;

    ReferenceKind(String table, String file, List<String> columns, String naturalKey) {
        this.table = table;
        this.file = file;
        this.columns = columns;
        this.naturalKey = naturalKey;
    }

    public String table() { return table; }
    public String file() { return file; }
    public List<String> columns() { return columns; }
    public String naturalKey() { return naturalKey; }

    /** The URL segment, e.g. {@code document-types}. */
    public String slug() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static ReferenceKind fromSlug(String slug) {
        for (ReferenceKind k : values()) {
            if (k.slug().equals(slug)) {
                return k;
            }
        }
        throw new org.atoll.RecordNotFoundException("reference list", slug);
    }
}
