package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.visa.domain.ApplicationAlertHit.Disposed;
import org.atoll.visa.domain.ApplicationAlertHit.Disposition;
import org.atoll.visa.domain.ApplicationAlertHit.Kind;
import org.junit.jupiter.api.Test;

class AlertClearanceTest {

    static final Instant AT = Instant.parse("2026-11-28T09:00:00Z");
    static final AlertClearance.Screening SCREENED = new AlertClearance.Screening(AT, "visa-screening", Optional.empty());

    static ApplicationAlertHit hit(Kind kind, String band, Disposition disposition) {
        return new ApplicationAlertHit(UUID.randomUUID(), UUID.randomUUID(), kind, band, kind == Kind.PERSON ? 0.9 : null,
                "REFER_TO_SECONDARY", "duty officer", true, "summary", AT,
                disposition == null ? Optional.empty() : Optional.of(new Disposed(disposition, "checked", "officer", AT)));
    }

    @Test
    void anApplicationNeverScreenedOrWhoseScreeningFailedIsNotClear() {
        assertThat(new AlertClearance(Optional.empty(), List.of()).obstacles()).singleElement().asString().contains("not been screened");
        AlertClearance failed = new AlertClearance(Optional.of(new AlertClearance.Screening(AT, "x", Optional.of("index down"))), List.of());
        assertThat(failed.clear()).isFalse();
        assertThat(failed.screened()).isFalse();
        assertThat(failed.obstacles()).singleElement().asString().contains("index down");
        assertThat(new AlertClearance(Optional.of(SCREENED), List.of()).clear()).isTrue();
    }

    @Test
    void possibleHitsAreShownButDoNotStopAnApproval() {
        assertThat(new AlertClearance(Optional.of(SCREENED), List.of(hit(Kind.PERSON, "POSSIBLE", null))).clear()).isTrue();
    }

    @Test
    void aStrongPersonHitOrADocumentHitStopsItUntilConfirmedOrFalsePositive() {
        for (Kind kind : Kind.values()) {
            String band = kind == Kind.PERSON ? "strong" : "DOCUMENT";
            assertThat(new AlertClearance(Optional.of(SCREENED), List.of(hit(kind, band, null))).clear()).as(kind + " open").isFalse();
            assertThat(new AlertClearance(Optional.of(SCREENED), List.of(hit(kind, band, Disposition.INCONCLUSIVE))).clear())
                    .as(kind + " inconclusive").isFalse();
            assertThat(new AlertClearance(Optional.of(SCREENED), List.of(hit(kind, band, Disposition.FALSE_POSITIVE))).clear())
                    .as(kind + " false positive").isTrue();
            assertThat(new AlertClearance(Optional.of(SCREENED), List.of(hit(kind, band, Disposition.CONFIRMED))).clear())
                    .as(kind + " confirmed").isTrue();
        }
    }

    @Test
    void eachUnsettledHitIsNamed() {
        ApplicationAlertHit a = hit(Kind.PERSON, "STRONG", null);
        ApplicationAlertHit b = hit(Kind.DOCUMENT, "DOCUMENT", null);
        AlertClearance c = new AlertClearance(Optional.of(SCREENED), List.of(a, b, hit(Kind.PERSON, "STRONG", Disposition.CONFIRMED)));
        assertThat(c.blocking()).containsExactly(a, b);
        assertThat(c.obstacles()).hasSize(2);
        assertThat(c.obstacles().get(0)).contains(a.hitId().toString());
        assertThat(c.obstacles().get(1)).contains(b.hitId().toString()).startsWith("Document");
    }
}
