package org.atoll.regulation.internal;

import java.time.Clock;
import org.atoll.BorderTime;
import org.atoll.reference.KnownCodes;
import org.atoll.reference.ReferenceData;
import org.atoll.regulation.ArrivalHistory;
import org.atoll.regulation.EligibilityEngine;
import org.atoll.regulation.RegulationHistory;
import org.atoll.regulation.RegulationSetValidator;
import org.atoll.regulation.Regulations;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wires the plain-Java regulation domain. Country codes come from the reference module's
 * {@link KnownCodes} and earlier stays from the movement module's {@link ArrivalHistory} once
 * those exist; until then every well-formed code is accepted and rolling windows are left to the officer.
 */
@Configuration(proxyBeanMethods = false)
class RegulationConfiguration {

    @Bean
    RegulationSetJson regulationSetJson() {
        return new RegulationSetJson();
    }

    @Bean
    RegulationSetValidator regulationSetValidator() {
        return new RegulationSetValidator();
    }

    @Bean
    JdbcRegulationSetStore regulationSetStore(JdbcClient jdbc, RegulationSetJson json, ObjectProvider<Clock> clock,
            @Value("${" + BorderTime.PROPERTY + ":" + BorderTime.DEFAULT_ZONE + "}") String zone) {
        return new JdbcRegulationSetStore(jdbc, json, clock.getIfAvailable(() -> BorderTime.systemClock(zone)));
    }

    @Bean
    RegulationHistory regulationHistory(JdbcRegulationSetStore store, RegulationSetJson json, RegulationSetValidator validator) {
        return new RegulationHistoryLoader(store, json, validator).load();
    }

    @Bean
    EligibilityEngine eligibilityEngine(ObjectProvider<ReferenceData> referenceData, ObjectProvider<KnownCodes> knownCodes,
            ObjectProvider<ArrivalHistory> arrivalHistory) {
        // the reference module's versioned country list decides which nationality codes exist on a date
        KnownCodes codes = referenceData.getIfUnique();
        if (codes == null) {
            codes = knownCodes.getIfUnique(() -> KnownCodes.ANY);
        }
        ArrivalHistory history = arrivalHistory.getIfAvailable();
        return history == null ? new EligibilityEngine(codes) : new EligibilityEngine(codes, history);
    }

    @Bean
    Regulations regulations(RegulationHistory history, EligibilityEngine engine, RegulationSetValidator validator,
            ObjectProvider<Clock> clock, @Value("${" + BorderTime.PROPERTY + ":" + BorderTime.DEFAULT_ZONE + "}") String zone) {
        return new Regulations(history, engine, validator, clock.getIfAvailable(() -> BorderTime.systemClock(zone)));
    }
}
