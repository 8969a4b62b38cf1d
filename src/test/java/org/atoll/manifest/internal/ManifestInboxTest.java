package org.atoll.manifest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.internal.ManifestInbox.Handled;
import org.atoll.manifest.internal.ManifestInbox.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.dao.DataAccessResourceFailureException;

/** The watched folder without the application: format detection, settings, the Spring condition, failures. */
class ManifestInboxTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path root;

    @Test
    void theFormatIsToldByTheFirstBytes() {
        assertThat(ManifestInbox.formatOf("UNA:+.? 'UNB+UNOA:4'".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(ManifestIngest.Format.PAXLST);
        assertThat(ManifestInbox.formatOf("\uFEFF\r\n  UNB+UNOC:3+X'".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ManifestIngest.Format.PAXLST);
        assertThat(ManifestInbox.formatOf(new byte[] {'P', 'K', 3, 4, 20, 0})).isEqualTo(ManifestIngest.Format.XLSX);
        assertThat(ManifestInbox.formatOf("carrier,flight,role,surname\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(ManifestIngest.Format.CSV);
        assertThat(ManifestInbox.formatOf("UNITED,PA\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(ManifestIngest.Format.CSV);
        assertThat(ManifestInbox.formatOf(new byte[0])).isEqualTo(ManifestIngest.Format.CSV);
    }

    @Test
    void uploadNamesAreNotTaken() {
        assertThat(ManifestInbox.stillUploading("a.edi.part")).isTrue();
        assertThat(ManifestInbox.stillUploading("a.edi.TMP")).isTrue();
        assertThat(ManifestInbox.stillUploading("a.edi.filepart")).isTrue();
        assertThat(ManifestInbox.stillUploading(".a.edi")).isTrue();
        assertThat(ManifestInbox.stillUploading("a.edi")).isFalse();
        assertThat(ManifestInbox.stillUploading("partners.csv")).isFalse();
    }

    @Test
    void subFoldersBelongToCarriersByNameOrBySetting() {
        var byName = new ManifestInboxProperties(true, root, null, null, null, null);
        assertThat(byName.carrierOf("pa")).contains("PA");
        assertThat(byName.carrierOf("processed")).isEmpty();
        assertThat(byName.pollInterval()).isEqualTo(Duration.ofSeconds(30));

        var mapped = new ManifestInboxProperties(true, root, null, Map.of("palau-air", "pa "), null, null);
        assertThat(mapped.carrierOf("Palau-Air")).contains("PA");
        assertThat(mapped.carrierOf("ZZ")).as("only the mapped folders when a mapping is given").isEmpty();

        Path folder = root.resolve("PA");
        assertThat(byName.folder(byName.processedFolder(), folder)).isEqualTo(folder.resolve("processed"));
        Path archive = root.resolve("archive").toAbsolutePath();
        assertThat(byName.folder(archive.toString(), folder)).isEqualTo(archive.resolve("PA"));
    }

    @Test
    void aFailureWhileStoringLeavesTheFileInPlaceAndTheNextLookTriesAgain() throws Exception {
        ManifestIngest ingest = mock(ManifestIngest.class);
        when(ingest.receiveFromInbox(eq(ManifestIngest.Format.CSV), any(), eq("PA")))
                .thenThrow(new DataAccessResourceFailureException("database unreachable"))
                .thenReturn(new ManifestIngest.Outcome(stored(), true));
        ManifestInbox inbox = new ManifestInbox(new ManifestInboxProperties(true, root, null, null, null, null),
                ingest, mock(AuditTrail.class), CLOCK);
        Path file = Files.writeString(Files.createDirectories(root.resolve("PA")).resolve("list.csv"), "carrier,flight\n");

        inbox.poll();
        List<Handled> failed = inbox.poll();
        assertThat(failed).singleElement().extracting(Handled::result).isEqualTo(Result.FAILED);
        assertThat(file).exists();
        assertThat(root.resolve("PA/rejected")).doesNotExist();

        assertThat(inbox.poll()).singleElement().extracting(Handled::result).isEqualTo(Result.STORED);
        assertThat(file).doesNotExist();
        assertThat(root.resolve("PA/processed/list.csv")).exists();
    }

    @Test
    void aNameAlreadyInTheFolderIsNotOverwritten() throws IOException {
        Files.writeString(root.resolve("list.csv"), "x");
        Files.writeString(root.resolve("list-1.csv.error.txt"), "x");
        assertThat(ManifestInbox.freeName(root, "list.csv")).isEqualTo(root.resolve("list-2.csv"));
        assertThat(ManifestInbox.freeName(root, "other")).isEqualTo(root.resolve("other"));
    }

    @Test
    void thePollerExistsOnlyWhenEnabledAndThenNeedsAFolder() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withUserConfiguration(ManifestProperties.Enable.class, ManifestInbox.class)
                .withBean(ManifestIngest.class, () -> mock(ManifestIngest.class))
                .withBean(AuditTrail.class, () -> mock(AuditTrail.class))
                .withBean(Clock.class, () -> CLOCK);

        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ManifestInbox.class));
        runner.withPropertyValues("atoll.manifest.inbox.enabled=false", "atoll.manifest.inbox.directory=" + root)
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(ManifestInbox.class));
        runner.withPropertyValues("atoll.manifest.inbox.enabled=true", "atoll.manifest.inbox.directory=" + root,
                        "atoll.manifest.inbox.poll-interval=2m", "atoll.manifest.inbox.carriers.palau-air=PA")
                .run(context -> {
                    assertThat(context).hasSingleBean(ManifestInbox.class);
                    ManifestInboxProperties p = context.getBean(ManifestInboxProperties.class);
                    assertThat(p.pollInterval()).isEqualTo(Duration.ofMinutes(2));
                    assertThat(p.carrierOf("palau-air")).contains("PA");
                });
        runner.withPropertyValues("atoll.manifest.inbox.enabled=true")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void thePollRunsEveryPollIntervalAfterOneInterval() {
        ManifestInbox inbox = new ManifestInbox(new ManifestInboxProperties(true, root, Duration.ofMinutes(2), null, null, null),
                mock(ManifestIngest.class), mock(AuditTrail.class), CLOCK);
        var registrar = new org.springframework.scheduling.config.ScheduledTaskRegistrar();

        inbox.configureTasks(registrar);

        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(2));
            assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(2));
        });
    }

    private static ManifestStore.StoredManifest stored() {
        return new ManifestStore.StoredManifest(UUID.randomUUID(), "CSV", "PASSENGERS", "ORIGINAL", "R1", "PA", "PA1",
                LocalDate.of(2026, 12, 1), "GUM", null, "ROR", null, 1, 0, List.of(), "CURRENT", null, CLOCK.instant());
    }
}
