package org.atoll.manifest.internal;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The watched folder ({@code atoll.manifest.inbox.*}) where an SFTP server drops carriers' manifest files.
 *
 * @param enabled         whether the folder is watched at all (default false: no poller exists)
 * @param directory       the inbox; one sub-folder per carrier (the SFTP server chroots each carrier into its own)
 * @param pollInterval    time between two looks at the folder (default 30 s); a file is taken once two looks in a
 *                        row saw the same size and modification time
 * @param carriers        sub-folder name → carrier code; when empty, a sub-folder named like a carrier code
 *                        (2 or 3 letters or digits, e.g. {@code PA}) receives that carrier's files
 * @param processedFolder where a stored (or already received) file goes: a name is taken inside the carrier's
 *                        sub-folder (default {@code processed}), an absolute path gets a sub-folder per carrier folder
 * @param rejectedFolder  where an unreadable file goes, with {@code <name>.error.txt} (default {@code rejected})
 */
@ConfigurationProperties("atoll.manifest.inbox")
public record ManifestInboxProperties(boolean enabled, Path directory, Duration pollInterval, Map<String, String> carriers,
                                      String processedFolder, String rejectedFolder) {

    public ManifestInboxProperties {
        pollInterval = pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()
                ? Duration.ofSeconds(30) : pollInterval;
        Map<String, String> folders = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (carriers != null) {
            carriers.forEach((folder, code) -> folders.put(folder.trim(), code.trim().toUpperCase(Locale.ROOT)));
        }
        carriers = java.util.Collections.unmodifiableMap(folders);
        processedFolder = processedFolder == null || processedFolder.isBlank() ? "processed" : processedFolder.trim();
        rejectedFolder = rejectedFolder == null || rejectedFolder.isBlank() ? "rejected" : rejectedFolder.trim();
    }

    /** The carrier whose files a sub-folder holds, if it holds any. */
    public Optional<String> carrierOf(String folderName) {
        if (!carriers.isEmpty()) {
            return Optional.ofNullable(carriers.get(folderName));
        }
        String code = folderName.toUpperCase(Locale.ROOT);
        return code.matches("[A-Z0-9]{2,3}") ? Optional.of(code) : Optional.empty();
    }

    /** A folder under a carrier's sub-folder, or under an absolute path by the sub-folder's name. */
    Path folder(String setting, Path carrierFolder) {
        Path configured = Path.of(setting);
        return configured.isAbsolute() ? configured.resolve(carrierFolder.getFileName().toString())
                : carrierFolder.resolve(configured);
    }
}
