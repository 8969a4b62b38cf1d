package org.atoll.access.internal;

import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * No default password ever ships. At first start, when no officer exists, an administrator is created
 * with the password from ATOLL_ADMIN_PASSWORD or, when that is unset, a random one printed once.
 */
@Component
@Order(10)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

    private final OfficerRepository officers;
    private final OfficerService service;
    private final String username;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    FirstAdministrator(OfficerRepository officers, OfficerService service,
                       @Value("${atoll.admin.username:admin}") String username,
                       @Value("${atoll.admin.password:}") String configuredPassword) {
        this.officers = officers;
        this.service = service;
        this.username = username.trim().toLowerCase(java.util.Locale.ROOT);
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (officers.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        if (!generated) {
            var problems = service.passwordPolicy().problems(password, username);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("ATOLL_ADMIN_PASSWORD is not acceptable: " + String.join(" ", problems));
            }
        }
        service.createFirstAdministrator(username, password);
        if (generated) {
            log.warn("""

                    ==================================================================
                     Atoll created the first administrator.
                       username: {}
                       password: {}
                     This password is shown only this once. Sign in and change it,
                     or set ATOLL_ADMIN_PASSWORD before the first start next time.
                    ==================================================================""", username, password);
        } else {
            log.info("Atoll created the first administrator '{}' with the password from ATOLL_ADMIN_PASSWORD.", username);
        }
    }

    private String generate() {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
