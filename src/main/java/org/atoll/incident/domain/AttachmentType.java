package org.atoll.incident.domain;

import java.util.Optional;

/**
 * The file types an incident accepts, recognised by their magic bytes: photos (JPEG, PNG) and scans
 * (PDF, TIFF). A file whose content is none of these is refused whatever its name or declared type.
 */
public enum AttachmentType {
    JPEG("image/jpeg", "jpg", new int[] {0xFF, 0xD8, 0xFF}),
    PNG("image/png", "png", new int[] {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    PDF("application/pdf", "pdf", new int[] {'%', 'P', 'D', 'F', '-'}),
    TIFF_LITTLE_ENDIAN("image/tiff", "tif", new int[] {'I', 'I', 0x2A, 0x00}),
    TIFF_BIG_ENDIAN("image/tiff", "tif", new int[] {'M', 'M', 0x00, 0x2A});

    private final String mediaType;
    private final String extension;
    private final int[] magic;

    AttachmentType(String mediaType, String extension, int[] magic) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.magic = magic;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<AttachmentType> detect(byte[] content) {
        for (AttachmentType t : values()) {
            if (t.matches(content)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private boolean matches(byte[] content) {
        if (content == null || content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
