package org.atoll.manifest.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The manifest module's settings ({@code atoll.manifest.*}).
 *
 * @param requiredBeforeDeparture how long before departure a carrier must have sent the manifest; a later
 *                                first manifest is "late" in the carrier compliance report. The authority
 *                                sets it (domain.md gives no figure); the default, 30 minutes, is the US
 *                                APIS pre-departure rule's "30 minutes before securing the aircraft doors".
 */
@ConfigurationProperties("atoll.manifest")
public record ManifestProperties(Duration requiredBeforeDeparture) {

    public ManifestProperties {
        requiredBeforeDeparture = requiredBeforeDeparture == null ? Duration.ofMinutes(30) : requiredBeforeDeparture;
    }

    @Configuration
    @EnableConfigurationProperties({ManifestProperties.class, ManifestInboxProperties.class})
    static class Enable {
    }
}
