package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.regulation.Money;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.domain.FeeRecord;
import org.atoll.visa.domain.FeeStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The fee recordings of applications, oldest first. */
@Repository
class FeeRecordRepository {

    private final JdbcClient jdbc;

    FeeRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(VisaApplicationId application, FeeRecord r) {
        jdbc.sql("""
                INSERT INTO visa_fee_record (id, application_id, fee_status, amount, currency, receipt, note, recorded_by, recorded_at)
                VALUES (:id, :application, :status, :amount, :currency, :receipt, :note, :by, :at)""")
                .param("id", UUID.randomUUID()).param("application", application.value()).param("status", r.status().name())
                .param("amount", r.amount().map(Money::amount).orElse(null))
                .param("currency", r.amount().map(m -> m.currency().getCurrencyCode()).orElse(null))
                .param("receipt", r.receipt().orElse(null)).param("note", r.note().orElse(null))
                .param("by", r.recordedBy()).param("at", SqlColumns.ts(r.recordedAt()))
                .update();
    }

    List<FeeRecord> list(VisaApplicationId application) {
        return jdbc.sql("SELECT fee_status, amount, currency, receipt, note, recorded_by, recorded_at FROM visa_fee_record "
                        + "WHERE application_id = :id ORDER BY recorded_at, id")
                .param("id", application.value())
                .query((rs, n) -> {
                    BigDecimal amount = rs.getBigDecimal("amount");
                    String currency = rs.getString("currency");
                    return new FeeRecord(FeeStatus.valueOf(rs.getString("fee_status")),
                            amount == null || currency == null ? Optional.empty()
                                    : Optional.of(new Money(amount, Currency.getInstance(currency))),
                            Optional.ofNullable(rs.getString("receipt")), Optional.ofNullable(rs.getString("note")),
                            rs.getString("recorded_by"), SqlColumns.instant(rs, "recorded_at"));
                })
                .list();
    }
}
