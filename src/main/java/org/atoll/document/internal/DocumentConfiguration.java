package org.atoll.document.internal;

import java.time.Clock;
import org.atoll.BorderTime;
import org.atoll.document.MachineReadableZones;
import org.atoll.reference.KnownCodes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain-Java MRZ facade with the reference data's {@link KnownCodes} and the application clock. */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DocumentConfiguration.class);

    @Bean
    MachineReadableZones machineReadableZones(ObjectProvider<KnownCodes> knownCodes, ObjectProvider<Clock> clock,
            @Value("${atoll.document.expiry-warning-months:6}") int expiryWarningMonths,
            @Value("${atoll.document.expiry-years-ahead:30}") int expiryYearsAhead,
            @Value("${" + BorderTime.PROPERTY + ":" + BorderTime.DEFAULT_ZONE + "}") String zone) {
        KnownCodes codes = knownCodes.getIfAvailable(() -> {
            // Until the reference module provides its country list, no code can be called unknown.
            log.warn("No KnownCodes bean: MRZ readings will not warn about unknown country codes");
            return KnownCodes.ANY;
        });
        return new MachineReadableZones(codes, clock.getIfAvailable(() -> BorderTime.systemClock(zone)), expiryWarningMonths, expiryYearsAhead);
    }
}
