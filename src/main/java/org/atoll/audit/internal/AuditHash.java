package org.atoll.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import org.atoll.audit.AuditRecord;

/**
 * The chain's hash: SHA-256 over every stored field of a record and the previous record's hash.
 * Fields are length-prefixed so that no two different records serialise alike.
 */
final class AuditHash {

    static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    static String of(AuditRecord r) {
        StringBuilder canonical = new StringBuilder(256);
        append(canonical, Long.toString(r.seq()));
        append(canonical, Long.toString(micros(r.occurredAt())));
        append(canonical, r.actor());
        append(canonical, r.agency());
        append(canonical, r.action());
        append(canonical, r.objectType());
        append(canonical, r.objectId());
        append(canonical, r.outcome().name());
        append(canonical, r.purpose());
        append(canonical, r.clientAddress());
        append(canonical, r.details());
        append(canonical, r.previousHash());
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Both databases keep microseconds; the chain hashes what is stored, not what was in memory. */
    static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    private static long micros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    private static void append(StringBuilder out, String field) {
        if (field == null) {
            out.append("-1:");
        } else {
            out.append(field.length()).append(':').append(field);
        }
        out.append('|');
    }
}
