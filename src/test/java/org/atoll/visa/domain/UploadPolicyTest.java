package org.atoll.visa.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class UploadPolicyTest {

    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    private final UploadPolicy policy = new UploadPolicy(1000);

    @Test
    void acceptsEachAllowedTypeByItsContent() {
        assertThat(policy.check("statement.pdf", "application/pdf", PDF.length, PDF)).isEqualTo(new UploadPolicy.Accepted(SupportingDocumentType.PDF));
        assertThat(policy.check("photo.PNG", "image/png", PNG.length, PNG)).isEqualTo(new UploadPolicy.Accepted(SupportingDocumentType.PNG));
        assertThat(policy.check("photo.jpeg", "image/jpeg", JPEG.length, JPEG)).isEqualTo(new UploadPolicy.Accepted(SupportingDocumentType.JPEG));
        assertThat(policy.check("scan", "application/octet-stream", JPEG.length, JPEG)).isEqualTo(new UploadPolicy.Accepted(SupportingDocumentType.JPEG));
    }

    @Test
    void refusesAProgramRenamedAsAPdfWhateverTheClientDeclares() {
        var verdict = policy.check("ticket.pdf", "application/pdf", EXE.length, EXE);
        assertThat(verdict).isInstanceOf(UploadPolicy.Refused.class);
        assertThat(((UploadPolicy.Refused) verdict).reason()).contains("not a PDF, JPEG or PNG");
    }

    @Test
    void refusesContentThatIsNotWhatItIsDeclaredOrNamedToBe() {
        var declared = (UploadPolicy.Refused) policy.check("photo.png", "image/png", PDF.length, PDF);
        assertThat(declared.reason()).contains("declared as image/png").contains("PDF");
        var named = (UploadPolicy.Refused) policy.check("photo.png", null, PDF.length, PDF);
        assertThat(named.reason()).contains("photo.png").contains("PDF");
    }

    @Test
    void refusesAnEmptyOrOversizedFileSayingWhich() {
        assertThat(((UploadPolicy.Refused) policy.check("a.pdf", "application/pdf", 0, new byte[0])).tooLarge()).isFalse();
        var tooLarge = (UploadPolicy.Refused) policy.check("a.pdf", "application/pdf", 1001, PDF);
        assertThat(tooLarge.tooLarge()).isTrue();
        assertThat(tooLarge.reason()).contains("1001").contains("1000");
    }
}
