package org.atoll.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditEventTest {

    @Test
    void anActionIsAnUpperCaseWord() {
        assertThatThrownBy(() -> AuditEvent.succeeded("read alert", "alert", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AuditEvent.succeeded("ALERT_READ", "alert", "1").action()).isEqualTo("ALERT_READ");
    }

    @Test
    void overlongDetailsAreCutToWhatTheTrailStores() {
        AuditEvent event = AuditEvent.succeeded("ALERT_READ", "alert", "1").withDetails("x".repeat(5000));
        assertThat(event.details()).hasSize(4000);
    }
}
