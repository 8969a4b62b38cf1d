package org.atoll.manifest.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atoll.AtollIntegrationTest;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.internal.ManifestInbox.Handled;
import org.atoll.manifest.internal.ManifestInbox.Result;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The watched folder on the whole application: files dropped in a carrier's folder are stored through the same
 * ingest as the API. The poller is built here on a temporary folder and driven by calling {@code poll()}.
 */
@AtollIntegrationTest
class ManifestInboxTests {

    @Autowired
    ManifestIngest ingest;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @TempDir
    Path root;

    private ManifestInbox inbox;
    private Path pa;

    @BeforeEach
    void inbox() throws IOException {
        inbox = new ManifestInbox(new ManifestInboxProperties(true, root, Duration.ofSeconds(30), Map.of(), null, null),
                ingest, audit, Clock.fixed(Instant.parse("2026-12-01T08:00:00Z"), ZoneOffset.UTC));
        pa = Files.createDirectories(root.resolve("PA"));
    }

    /** A one-passenger PAXLST for carrier {@code carrier}; {@code birth} is the DTM 329 value (segment 12). */
    static byte[] paxlst(String carrier, String interchange, String flight, String birth) {
        return ("UNB+UNOA:4+" + carrier + "AIR+PWROR+261201:0900+" + interchange + "'"
                + "UNH+1+PAXLST:D:05B:UN:IATA'BGM+745'NAD+MS+++OPS'"
                + "TDT+20+" + flight + "+++" + carrier + "'LOC+125+GUM'DTM+189:2612010900:201'LOC+87+ROR'DTM+232:2612011200:201'"
                + "NAD+FL+++INBOX:JANE'ATT+2++F'DTM+329:" + birth + "'NAT+2+USA'DOC+P+511000009"
                + "'DTM+36:340101'LOC+91+USA'CNT+42:1'UNT+17+1'UNZ+1+" + interchange + "'").getBytes(StandardCharsets.US_ASCII);
    }

    private static String unique() {
        return "IB" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toUpperCase();
    }

    private int storedWithReference(String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM manifest WHERE interchange_reference = ?").param(reference)
                .query(Integer.class).single();
    }

    @Test
    void aCompletePassengerListIsStoredOnceReceivedByTheCarriersInboxAndMovedToProcessed() throws IOException {
        String reference = unique();
        Path file = Files.write(pa.resolve("pa330.edi"), paxlst("PA", reference, "PA" + reference.substring(2, 6), "800101"));

        assertThat(inbox.poll()).as("first look: the file may still be growing").isEmpty();
        assertThat(file).exists();
        List<Handled> second = inbox.poll();

        assertThat(second).singleElement().satisfies(h -> {
            assertThat(h.result()).isEqualTo(Result.STORED);
            assertThat(h.carrier()).isEqualTo("PA");
        });
        UUID id = second.get(0).manifestId();
        assertThat(file).doesNotExist();
        assertThat(pa.resolve("processed/pa330.edi")).exists();
        assertThat(jdbc.sql("SELECT received_by FROM manifest WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("inbox:PA");
        assertThat(jdbc.sql("SELECT passengers FROM manifest WHERE id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT action FROM audit_record WHERE actor = 'inbox:PA' AND object_id = ?")
                .param(id.toString()).query(String.class).list())
                .contains("MANIFEST_RECEIVED", "MANIFEST_FILE_RECEIVED");

        // the same file dropped again (another name): the first manifest, nothing stored twice
        Files.write(pa.resolve("pa330-again.edi"), paxlst("PA", reference, "PA" + reference.substring(2, 6), "800101"));
        inbox.poll();
        List<Handled> again = inbox.poll();

        assertThat(again).singleElement().satisfies(h -> {
            assertThat(h.result()).isEqualTo(Result.ALREADY_RECEIVED);
            assertThat(h.manifestId()).isEqualTo(id);
        });
        assertThat(storedWithReference(reference)).isEqualTo(1);
        assertThat(pa.resolve("processed/pa330-again.edi")).exists();
        assertThat(inbox.poll()).isEmpty();
    }

    @Test
    void anUnreadableFileIsRejectedWithTheSegmentAndPositionAndNothingIsStored() throws IOException {
        String reference = unique();
        Files.write(pa.resolve("bad.edi"), paxlst("PA", reference, "PA" + reference.substring(2, 6), "561328"));
        Files.writeString(pa.resolve("bad.csv"), "carrier,flight,role,surname\nPA,PA1,pilot,DOE\n");

        inbox.poll();
        List<Handled> handled = inbox.poll();

        assertThat(handled).extracting(Handled::result).containsExactly(Result.REJECTED, Result.REJECTED);
        assertThat(storedWithReference(reference)).isZero();
        assertThat(pa.resolve("bad.edi")).doesNotExist();
        assertThat(pa.resolve("rejected/bad.edi")).exists();
        assertThat(Files.readString(pa.resolve("rejected/bad.edi.error.txt")))
                .contains("PA/bad.edi", "read as: PAXLST", "segment 12 (DTM), element 1, component 2", "561328");
        assertThat(Files.readString(pa.resolve("rejected/bad.csv.error.txt")))
                .contains("read as: CSV", "segment 2", "pilot");
        assertThat(jdbc.sql("SELECT outcome FROM audit_record WHERE actor = 'inbox:PA' AND object_id = 'PA/bad.edi'")
                .query(String.class).list()).containsExactly("FAILURE");
    }

    @Test
    void aFileForAnotherCarrierIsRejected() throws IOException {
        String reference = unique();
        Files.write(pa.resolve("zz.edi"), paxlst("ZZ", reference, "ZZ" + reference.substring(2, 6), "800101"));

        inbox.poll();
        assertThat(inbox.poll()).singleElement().extracting(Handled::result).isEqualTo(Result.REJECTED);

        assertThat(storedWithReference(reference)).isZero();
        assertThat(Files.readString(pa.resolve("rejected/zz.edi.error.txt")))
                .contains("for carrier ZZ", "manifests for carrier PA");
    }

    @Test
    void aFileStillBeingWrittenIsLeftAlone() throws IOException {
        String reference = unique();
        byte[] message = paxlst("PA", reference, "PA" + reference.substring(2, 6), "800101");
        Path uploading = Files.write(pa.resolve("upload.edi.part"), message);
        Path growing = Files.write(pa.resolve("growing.edi"), java.util.Arrays.copyOf(message, 40));

        assertThat(inbox.poll()).isEmpty();
        Files.write(growing, message); // the upload went on between two looks
        assertThat(inbox.poll()).as("changed since the last look").isEmpty();
        assertThat(growing).exists();
        assertThat(storedWithReference(reference)).isZero();

        assertThat(inbox.poll()).as("unchanged: complete").singleElement().satisfies(h -> {
            assertThat(h.file()).isEqualTo(growing);
            assertThat(h.result()).isEqualTo(Result.STORED);
        });
        assertThat(inbox.poll()).isEmpty();
        assertThat(uploading).as("a .part file is never taken").exists();
        assertThat(growing).doesNotExist();
        assertThat(storedWithReference(reference)).isEqualTo(1);
    }

    @Test
    void theInboxIsOffUnlessEnabled() {
        assertThat(context.getBeanProvider(ManifestInbox.class).getIfAvailable()).isNull();
        assertThat(context.getBean(ManifestInboxProperties.class).enabled()).isFalse();
    }
}
