package org.atoll.alert.internal;

import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves active alerts whose validity has ended to EXPIRED, every hour (an alert past its end
 * already produces no hit; this makes its status say so). Several nodes may run it at once: the
 * version check lets only one of them record each expiry.
 */
@Component
class AlertExpiry {

    private static final Logger log = LoggerFactory.getLogger(AlertExpiry.class);
    static final Viewer SYSTEM = new Viewer("system", Optional.empty(), Set.of());

    private final AlertService alerts;

    AlertExpiry(AlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(cron = "${atoll.alert.expiry-cron:0 7 * * * *}")
    void expireEnded() {
        int expired = alerts.expireEnded(SYSTEM);
        if (expired > 0) {
            log.info("{} alerts expired at the end of their validity", expired);
        }
    }
}
