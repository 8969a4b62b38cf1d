package org.atoll.manifest.paxlst;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The copied real messages in src/test/resources/manifest (sources in SOURCE.txt there). */
final class PaxlstMessages {

    private PaxlstMessages() {
    }

    static byte[] bytes(String name) {
        try (InputStream in = PaxlstMessages.class.getResourceAsStream("/manifest/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test message " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
