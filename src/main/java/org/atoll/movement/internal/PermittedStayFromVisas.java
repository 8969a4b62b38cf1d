package org.atoll.movement.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.atoll.visa.VisaExtensionApproved;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps permitted dates current when the visa office extends a stay: the holder's open stay (found
 * by the passport the visa was issued for) is permitted {@code days} longer, recorded as a permit
 * change with the visa as its reason. A holder who is not in the country has no stay to change.
 */
@Component
class PermittedStayFromVisas {

    private static final Logger log = LoggerFactory.getLogger(PermittedStayFromVisas.class);

    private final JdbcClient jdbc;
    private final MovementRecord movements;
    private final StayRepository stays;
    private final TravellerRepository travellers;

    PermittedStayFromVisas(JdbcClient jdbc, MovementRecord movements, StayRepository stays, TravellerRepository travellers) {
        this.jdbc = jdbc;
        this.movements = movements;
        this.stays = stays;
        this.travellers = travellers;
    }

    @ApplicationModuleListener
    void extensionApproved(VisaExtensionApproved extension) {
        List<UUID> holders = jdbc.sql("""
                SELECT d.traveller_id FROM traveller_document d JOIN traveller t ON t.id = d.traveller_id
                WHERE d.document_number = :number AND (d.issuing_state = :nationality OR t.nationality = :nationality)""")
                .param("number", extension.passportNumber().value()).param("nationality", extension.nationality().value())
                .query(UUID.class).list();
        for (UUID holder : holders.stream().map(travellers::survivor).distinct().toList()) {
            stays.openOf(holder).ifPresentOrElse(open -> {
                LocalDate from = open.stay().permittedUntil().orElse(open.stay().entered());
                movements.changePermittedUntil(holder, from.plusDays(extension.days()),
                        "Extension of " + extension.days() + " days approved on visa " + extension.number().value(),
                        extension.approvedBy());
            }, () -> log.info("Visa {} extended; its holder has no open stay to change", extension.number().value()));
        }
    }
}
