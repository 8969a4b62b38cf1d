package org.atoll.inspection.internal;

import org.atoll.inspection.domain.PrimaryInspectionPolicy;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(InspectionProperties.class)
class InspectionConfiguration {

    @Bean
    PrimaryInspectionPolicy primaryInspectionPolicy(InspectionProperties properties) {
        return new PrimaryInspectionPolicy(properties.referWhenNotManifested());
    }
}
