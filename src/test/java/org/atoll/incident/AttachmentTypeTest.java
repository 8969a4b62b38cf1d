package org.atoll.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.atoll.incident.domain.AttachmentType;
import org.junit.jupiter.api.Test;

class AttachmentTypeTest {

    @Test
    void photosAndScansAreRecognisedByTheirFirstBytes() {
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).contains(AttachmentType.JPEG);
        assertThat(AttachmentType.detect("%PDF-1.7\n".getBytes())).contains(AttachmentType.PDF);
        assertThat(AttachmentType.detect(new byte[] {'I', 'I', 0x2A, 0x00, 8})).contains(AttachmentType.TIFF_LITTLE_ENDIAN);
        assertThat(AttachmentType.detect(new byte[] {'M', 'M', 0x00, 0x2A, 0})).map(AttachmentType::mediaType).contains("image/tiff");
    }

    @Test
    void anythingElseIsRefusedWhateverItIsCalled() {
        assertThat(AttachmentType.detect("<svg onload=alert(1)>".getBytes())).isEmpty();
        assertThat(AttachmentType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).as("too short to be a JPEG").isEmpty();
        assertThat(AttachmentType.detect(new byte[0])).isEmpty();
        assertThat(AttachmentType.detect("PK\u0003\u0004".getBytes())).as("a zip or office file").isEmpty();
    }
}
