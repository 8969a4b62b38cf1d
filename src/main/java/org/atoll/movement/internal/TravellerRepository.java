package org.atoll.movement.internal;

import org.atoll.SqlColumns;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.document.Sex;
import org.atoll.movement.TravellerDocument;
import org.atoll.movement.domain.PersonKey;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Travellers and their documents. A traveller absorbed by a merge keeps its row with
 * {@code merged_into} set, so that its old id and person key still lead to the survivor.
 */
@Repository
public class TravellerRepository {

    /** A traveller as stored. */
    public record TravellerRow(UUID id, String surname, String givenNames, String nationality, Optional<LocalDate> dateOfBirth,
                        Optional<String> sex, Optional<UUID> mergedInto, long version) {
    }

    /** A document a traveller has crossed with. */
    public record DocumentRow(UUID travellerId, String issuingState, String documentNumber, String documentCode,
                       Optional<LocalDate> expiry, Instant firstSeen) {
    }

    private final JdbcClient jdbc;

    TravellerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static Optional<String> personKey(TravellerDocument d) {
        return PersonKey.of(d.name().surname(), d.name().givenNames(), d.dateOfBirth(), d.nationality().value());
    }

    /** The traveller who holds the document, or whose person key matches; merges followed. */
    Optional<UUID> find(TravellerDocument d) {
        Optional<UUID> byDocument = jdbc.sql("SELECT traveller_id FROM traveller_document WHERE issuing_state = :state AND document_number = :number")
                .param("state", d.issuingState().value()).param("number", d.documentNumber().value())
                .query(UUID.class).optional();
        if (byDocument.isPresent()) {
            return byDocument.map(this::survivor);
        }
        return personKey(d).flatMap(key -> jdbc.sql("SELECT id FROM traveller WHERE person_key = :key")
                .param("key", key).query(UUID.class).optional()).map(this::survivor);
    }

    /** Follows merges to the traveller that absorbed this one (itself when never merged). */
    UUID survivor(UUID id) {
        UUID current = id;
        for (int hops = 0; hops < 32; hops++) {
            Optional<UUID> next = jdbc.sql("SELECT merged_into FROM traveller WHERE id = :id").param("id", current)
                    .query((rs, n) -> Optional.ofNullable(rs.getObject("merged_into", UUID.class))).optional()
                    .flatMap(o -> o);
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    /**
     * Inserts a traveller for the document's holder. Throws {@link org.springframework.dao.DuplicateKeyException}
     * when someone else inserted the same person meanwhile; the caller then finds them.
     */
    UUID insert(TravellerDocument d, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO traveller (id, surname, given_names, nationality, date_of_birth, sex, person_key, created_at, version)
                VALUES (:id, :surname, :given, :nationality, :dob, :sex, :key, :now, 0)""")
                .param("id", id).param("surname", d.name().surname()).param("given", d.name().givenNames())
                .param("nationality", d.nationality().value()).param("dob", d.dateOfBirth().orElse(null))
                .param("sex", d.sex().map(Sex::name).orElse(null)).param("key", personKey(d).orElse(null))
                .param("now", SqlColumns.ts(now)).update();
        return id;
    }

    /** Adds the document to the traveller if it is new; keeps the expiry current. */
    void attachDocument(UUID travellerId, TravellerDocument d, Instant now) {
        int updated = jdbc.sql("""
                UPDATE traveller_document SET expiry = COALESCE(:expiry, expiry), document_code = :code
                WHERE issuing_state = :state AND document_number = :number""")
                .param("expiry", d.documentExpiry().orElse(null)).param("code", d.documentCode())
                .param("state", d.issuingState().value()).param("number", d.documentNumber().value()).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO traveller_document (issuing_state, document_number, traveller_id, document_code, expiry, first_seen)
                    VALUES (:state, :number, :traveller, :code, :expiry, :now)""")
                    .param("state", d.issuingState().value()).param("number", d.documentNumber().value())
                    .param("traveller", travellerId).param("code", d.documentCode())
                    .param("expiry", d.documentExpiry().orElse(null)).param("now", SqlColumns.ts(now)).update();
        }
    }

    /** Takes the traveller's row lock for the rest of the transaction, so that two crossings of one person do not interleave. */
    void lock(UUID travellerId) {
        jdbc.sql("UPDATE traveller SET version = version WHERE id = :id").param("id", travellerId).update();
    }

    Optional<TravellerRow> findById(UUID id) {
        return jdbc.sql("SELECT * FROM traveller WHERE id = :id").param("id", id).query((rs, n) -> new TravellerRow(
                rs.getObject("id", UUID.class), rs.getString("surname"), rs.getString("given_names"),
                rs.getString("nationality"), SqlColumns.date(rs, "date_of_birth"), SqlColumns.text(rs, "sex"),
                Optional.ofNullable(rs.getObject("merged_into", UUID.class)), rs.getLong("version"))).optional();
    }

    List<DocumentRow> documents(UUID travellerId) {
        return jdbc.sql("SELECT * FROM traveller_document WHERE traveller_id = :id ORDER BY first_seen, document_number")
                .param("id", travellerId).query((rs, n) -> new DocumentRow(rs.getObject("traveller_id", UUID.class),
                        rs.getString("issuing_state"), rs.getString("document_number"), rs.getString("document_code"),
                        SqlColumns.date(rs, "expiry"), SqlColumns.instant(rs, "first_seen"))).list();
    }

    /** Travellers (never merged away) holding a document of that number, optionally of that nationality. */
    List<UUID> search(Optional<String> documentNumber, Optional<String> nationality, Optional<String> surname, int limit) {
        StringBuilder sql = new StringBuilder("SELECT DISTINCT t.id, t.surname, t.given_names FROM traveller t ");
        if (documentNumber.isPresent()) {
            sql.append("JOIN traveller_document d ON d.traveller_id = t.id AND d.document_number = :number ");
        }
        sql.append("WHERE t.merged_into IS NULL ");
        nationality.ifPresent(n -> sql.append("AND t.nationality = :nationality "));
        surname.ifPresent(s -> sql.append("AND UPPER(t.surname) = :surname "));
        sql.append("ORDER BY t.surname, t.given_names, t.id LIMIT :limit");
        var spec = jdbc.sql(sql.toString()).param("limit", limit);
        if (documentNumber.isPresent()) {
            spec = spec.param("number", documentNumber.get());
        }
        if (nationality.isPresent()) {
            spec = spec.param("nationality", nationality.get());
        }
        if (surname.isPresent()) {
            spec = spec.param("surname", surname.get().toUpperCase(java.util.Locale.ROOT));
        }
        return spec.query((rs, n) -> rs.getObject("id", UUID.class)).list();
    }

    /** Moves the other traveller's documents, movements and stays to the survivor and marks it merged. */
    boolean merge(UUID survivor, long expectedVersion, UUID other, String reason) {
        int rows = jdbc.sql("UPDATE traveller SET version = version + 1 WHERE id = :id AND version = :version AND merged_into IS NULL")
                .param("id", survivor).param("version", expectedVersion).update();
        if (rows != 1) {
            return false;
        }
        jdbc.sql("UPDATE traveller_document SET traveller_id = :survivor WHERE traveller_id = :other")
                .param("survivor", survivor).param("other", other).update();
        jdbc.sql("UPDATE movement SET traveller_id = :survivor WHERE traveller_id = :other")
                .param("survivor", survivor).param("other", other).update();
        jdbc.sql("UPDATE stay SET traveller_id = :survivor WHERE traveller_id = :other")
                .param("survivor", survivor).param("other", other).update();
        jdbc.sql("UPDATE traveller SET merged_into = :survivor, merge_reason = :reason, version = version + 1 WHERE id = :other")
                .param("survivor", survivor).param("reason", reason).param("other", other).update();
        return true;
    }
}
