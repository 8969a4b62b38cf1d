package org.atoll.manifest.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.atoll.audit.AuditActor;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.manifest.ManifestFormatException;
import org.atoll.manifest.ManifestIssue;
import org.atoll.manifest.paxlst.PaxlstParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * The watched folder: manifest files that carriers drop through an SFTP server, one sub-folder per carrier.
 * Exists only when {@code atoll.manifest.inbox.enabled=true}; looks every {@code poll-interval}.
 * <p>
 * A file is taken when it is complete: its name does not end in {@code .part}, {@code .tmp} or
 * {@code .filepart} and does not start with a dot (upload-then-rename), and the previous look saw it with the
 * same size and modification time. Its format is told by its first bytes (UNA/UNB: PAXLST; a ZIP header: XLSX;
 * otherwise CSV). It is stored through {@link ManifestIngest} like a manifest sent to the API (the same file
 * twice is stored once) and then moved to the processed folder; an unreadable file, or one for another carrier,
 * goes to the rejected folder with {@code <name>.error.txt} saying what is wrong and where. Any other failure
 * (the database unreachable, the node stopping) leaves the file where it is: nothing was saved, the next look
 * tries again. Every file taken is audited as received by {@code inbox:<carrier>}.
 */
@Component
@ConditionalOnProperty(prefix = "atoll.manifest.inbox", name = "enabled", havingValue = "true")
public class ManifestInbox implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ManifestInbox.class);

    /** What became of one file. */
    public enum Result { STORED, ALREADY_RECEIVED, REJECTED, FAILED }

    /** One file taken by a look at the folder. */
    public record Handled(String carrier, Path file, Result result, UUID manifestId, String reason) {
    }

    private record Seen(long size, long modified) {
    }

    private final ManifestInboxProperties properties;
    private final ManifestIngest ingest;
    private final AuditTrail audit;
    private final Clock clock;
    private final Map<Path, Seen> lastLook = new HashMap<>();

    public ManifestInbox(ManifestInboxProperties properties, ManifestIngest ingest, AuditTrail audit, Clock clock) {
        if (properties.directory() == null) {
            throw new IllegalStateException("atoll.manifest.inbox.enabled is true but atoll.manifest.inbox.directory "
                    + "(ATOLL_MANIFEST_INBOX_DIRECTORY) is not set");
        }
        this.properties = properties;
        this.ingest = ingest;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::pollQuietly, properties.pollInterval(), properties.pollInterval()));
        log.info("Watching {} for manifest files every {}", properties.directory().toAbsolutePath(), properties.pollInterval());
    }

    private void pollQuietly() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("Manifest inbox poll failed; trying again at the next poll", e);
        }
    }

    /** One look at every carrier's folder; takes the files that are complete. */
    public synchronized List<Handled> poll() {
        Path root = properties.directory();
        if (!Files.isDirectory(root)) {
            log.warn("Manifest inbox {} is not a directory; nothing read", root.toAbsolutePath());
            return List.of();
        }
        List<Handled> handled = new ArrayList<>();
        Map<Path, Seen> thisLook = new HashMap<>();
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(root, Files::isDirectory)) {
            for (Path folder : sorted(folders)) {
                Optional<String> carrier = properties.carrierOf(folder.getFileName().toString());
                if (carrier.isPresent()) {
                    pollFolder(carrier.get(), folder, thisLook, handled);
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the manifest inbox {}: {}", root.toAbsolutePath(), e.toString());
            return handled;
        }
        lastLook.clear();
        lastLook.putAll(thisLook);
        return handled;
    }

    private void pollFolder(String carrier, Path folder, Map<Path, Seen> thisLook, List<Handled> handled) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, Files::isRegularFile)) {
            for (Path file : sorted(files)) {
                if (stillUploading(file.getFileName().toString())) {
                    continue;
                }
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Seen seen = new Seen(attributes.size(), attributes.lastModifiedTime().toMillis());
                if (!seen.equals(lastLook.get(file))) {
                    thisLook.put(file, seen); // new or still growing: look again next time
                    continue;
                }
                Handled result = take(carrier, folder, file, seen.size());
                handled.add(result);
                if (result.result() == Result.FAILED) {
                    thisLook.put(file, seen); // left in place: retried at the next look
                }
            }
        } catch (IOException e) {
            log.warn("Cannot list the manifest inbox folder {}: {}", folder.toAbsolutePath(), e.toString());
        }
    }

    /** Names an uploading client or SFTP server gives a file until it is complete. */
    static boolean stillUploading(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.startsWith(".") || n.endsWith(".part") || n.endsWith(".tmp") || n.endsWith(".filepart");
    }

    private Handled take(String carrier, Path folder, Path file, long size) {
        String name = folder.getFileName() + "/" + file.getFileName();
        AuditActor actor = new AuditActor("inbox:" + carrier, null);
        ManifestIngest.Format format = null;
        try {
            if (size > PaxlstParser.MAX_BYTES) {
                throw new ManifestFormatException(new ManifestIssue(1, null, 0, 0,
                        "The file has " + size + " bytes; at most " + PaxlstParser.MAX_BYTES + " are accepted"));
            }
            byte[] body = Files.readAllBytes(file);
            format = formatOf(body);
            ManifestIngest.Outcome outcome = ingest.receiveFromInbox(format, body, carrier);
            UUID id = outcome.manifest().id();
            audit.record(actor, AuditEvent.succeeded("MANIFEST_FILE_RECEIVED", "manifest", id.toString())
                    .withDetails("file " + name + " (" + format + ", " + body.length + " bytes): "
                            + (outcome.created() ? "stored" : "already received, not stored again")));
            move(file, properties.folder(properties.processedFolder(), folder));
            return new Handled(carrier, file, outcome.created() ? Result.STORED : Result.ALREADY_RECEIVED, id, null);
        } catch (ManifestFormatException e) {
            return reject(actor, carrier, folder, file, name, format, e.errors().stream().map(ManifestIssue::toString).toList());
        } catch (ManifestIngest.WrongCarrierException e) {
            return reject(actor, carrier, folder, file, name, format, List.of(e.getMessage()));
        } catch (IOException | RuntimeException e) {
            log.warn("Manifest file {} not taken, left in place to try again: {}", name, e.toString());
            return new Handled(carrier, file, Result.FAILED, null, e.toString());
        }
    }

    private Handled reject(AuditActor actor, String carrier, Path folder, Path file, String name,
                           ManifestIngest.Format format, List<String> errors) {
        Path rejected = properties.folder(properties.rejectedFolder(), folder);
        try {
            audit.record(actor, AuditEvent.failed("MANIFEST_FILE_RECEIVED", "manifest-file", name)
                    .withDetails("file " + name + " rejected: " + errors.get(0)));
            Files.createDirectories(rejected);
            Path target = freeName(rejected, file.getFileName().toString());
            StringBuilder text = new StringBuilder()
                    .append("file: ").append(name).append('\n')
                    .append("received by: inbox:").append(carrier).append(" at ").append(clock.instant()).append('\n')
                    .append("read as: ").append(format == null ? "-" : format).append('\n')
                    .append("rejected, nothing stored: ").append(errors.get(0)).append('\n');
            if (errors.size() > 1) {
                text.append("all errors:\n");
                errors.forEach(error -> text.append("- ").append(error).append('\n'));
            }
            // the reason first: a crash between the two leaves the file in place, to be rejected again
            Files.writeString(rejected.resolve(target.getFileName() + ".error.txt"), text, StandardCharsets.UTF_8);
            moveTo(file, target);
            log.info("Manifest file {} rejected: {}", name, errors.get(0));
            return new Handled(carrier, file, Result.REJECTED, null, errors.get(0));
        } catch (IOException | RuntimeException e) {
            log.warn("Manifest file {} could not be moved to {}, left in place: {}", name, rejected, e.toString());
            return new Handled(carrier, file, Result.FAILED, null, e.toString());
        }
    }

    /** PAXLST by its UNA/UNB start, XLSX by the ZIP header, otherwise CSV. */
    static ManifestIngest.Format formatOf(byte[] body) {
        if (body.length >= 4 && body[0] == 'P' && body[1] == 'K' && body[2] == 3 && body[3] == 4) {
            return ManifestIngest.Format.XLSX;
        }
        int i = 0;
        if (body.length >= 3 && (body[0] & 0xff) == 0xEF && (body[1] & 0xff) == 0xBB && (body[2] & 0xff) == 0xBF) {
            i = 3; // UTF-8 byte order mark
        }
        while (i < body.length && (body[i] == ' ' || body[i] == '\r' || body[i] == '\n' || body[i] == '\t')) {
            i++;
        }
        if (i + 3 <= body.length && body[i] == 'U' && body[i + 1] == 'N' && (body[i + 2] == 'A' || body[i + 2] == 'B')) {
            return ManifestIngest.Format.PAXLST;
        }
        return ManifestIngest.Format.CSV;
    }

    private void move(Path file, Path toFolder) throws IOException {
        Files.createDirectories(toFolder);
        moveTo(file, freeName(toFolder, file.getFileName().toString()));
    }

    private static void moveTo(Path file, Path target) throws IOException {
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target);
        }
    }

    /** {@code name}, or {@code name-1.ext}, {@code name-2.ext}… when a file of that name is already there. */
    static Path freeName(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 1; Files.exists(target) || Files.exists(folder.resolve(target.getFileName() + ".error.txt")); n++) {
            target = folder.resolve(base + "-" + n + extension);
        }
        return target;
    }

    private static List<Path> sorted(DirectoryStream<Path> paths) {
        List<Path> list = new ArrayList<>();
        paths.forEach(list::add);
        list.sort(null);
        return list;
    }
}
