package org.atoll.manifest.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.atoll.document.DocumentNumber;
import org.atoll.manifest.ManifestLookup;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Finds manifested persons by document on the current manifests of a port's flights. */
@Component
class ManifestLookupQuery implements ManifestLookup {

    private final JdbcClient jdbc;

    ManifestLookupQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ManifestMatch> find(CountryCode issuingState, DocumentNumber number, PortCode port, LocalDate on) {
        return jdbc.sql("""
                SELECT m.id, p.position, m.carrier, m.flight_number, m.flight_date, p.role, p.surname, p.given_names,
                       p.date_of_birth, p.nationality, p.document_expiry, p.screening_status
                FROM manifest_person p JOIN manifest m ON m.id = p.manifest_id
                WHERE p.document_number = :number AND (p.document_issuer = :issuer OR p.document_issuer IS NULL)
                  AND m.status = 'CURRENT' AND (m.arrival_port IN (:ports) OR m.departure_port IN (:ports))
                  AND m.flight_date BETWEEN :from AND :to
                ORDER BY CASE WHEN m.flight_date = :on THEN 0 ELSE 1 END, m.received_at DESC""")
                .param("number", number.value()).param("issuer", issuingState.value()).param("ports", ManifestIngest.ports(port.value()))
                .param("from", on.minusDays(1)).param("to", on.plusDays(1)).param("on", on)
                .query((rs, i) -> new ManifestMatch(rs.getObject(1, java.util.UUID.class), rs.getInt(2), rs.getString(3),
                        rs.getString(4), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getString(7),
                        rs.getString(8), Optional.ofNullable(rs.getString(9)), Optional.ofNullable(rs.getString(10)),
                        Optional.ofNullable(rs.getObject(11, LocalDate.class)), rs.getString(12)))
                .list();
    }
}
