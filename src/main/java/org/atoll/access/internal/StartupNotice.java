package org.atoll.access.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started Atoll where to sign in. */
@Component
class StartupNotice {

    private static final Logger log = LoggerFactory.getLogger(StartupNotice.class);

    private final Environment environment;
    private final OfficerRepository officers;

    StartupNotice(Environment environment, OfficerRepository officers) {
        this.environment = environment;
        this.officers = officers;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
        log.info("""

                ------------------------------------------------------------------
                 Atoll is running: http://localhost:{}/
                 Sign in there as an officer ({} accounts). The first administrator
                 is '{}'; its password was set from ATOLL_ADMIN_PASSWORD or printed
                 above at the first start. API: http://localhost:{}/swagger-ui.html
                ------------------------------------------------------------------""",
                port, officers.count(), environment.getProperty("atoll.admin.username", "admin"), port);
    }
}
