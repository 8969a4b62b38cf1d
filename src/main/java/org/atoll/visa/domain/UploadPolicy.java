package org.atoll.visa.domain;

import java.util.Locale;
import java.util.Optional;

/**
 * Whether an uploaded supporting document is accepted: not empty, within the size limit, and a
 * PDF, JPEG or PNG by its content, which must also be what its declared media type and file name
 * say (a renamed executable or a PNG sent as a PDF is refused, whatever the client claims).
 */
public final class UploadPolicy {

    public sealed interface Verdict permits Accepted, Refused {
    }

    public record Accepted(SupportingDocumentType type) implements Verdict {
    }

    public record Refused(String reason, boolean tooLarge) implements Verdict {
    }

    private final long maxBytes;

    public UploadPolicy(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("The size limit is at least one byte");
        }
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Verdict check(String fileName, String declaredMediaType, long size, byte[] head) {
        if (size <= 0) {
            return new Refused("The file is empty", false);
        }
        if (size > maxBytes) {
            return new Refused("The file has " + size + " bytes; the limit is " + maxBytes + " (" + megabytes(maxBytes) + ")", true);
        }
        Optional<SupportingDocumentType> detected = SupportingDocumentType.detect(head);
        if (detected.isEmpty()) {
            return new Refused("The content is not a PDF, JPEG or PNG file", false);
        }
        SupportingDocumentType type = detected.get();
        boolean declaredGeneric = declaredMediaType == null || declaredMediaType.isBlank()
                || declaredMediaType.toLowerCase(Locale.ROOT).startsWith("application/octet-stream");
        if (!declaredGeneric) {
            Optional<SupportingDocumentType> declared = SupportingDocumentType.ofMediaType(declaredMediaType);
            if (declared.isEmpty() || declared.get() != type) {
                return new Refused("It is declared as " + declaredMediaType + " but its content is " + type, false);
            }
        }
        Optional<SupportingDocumentType> named = SupportingDocumentType.ofFileName(fileName);
        if (fileName != null && fileName.contains(".") && named.map(n -> n != type).orElse(true)) {
            return new Refused("Its name '" + fileName + "' does not fit its content, which is " + type, false);
        }
        return new Accepted(type);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
