package org.atoll.document;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.atoll.reference.CountryCode;

/**
 * What a machine readable zone says and what is wrong with it, as three separate verdicts:
 * <ul>
 *   <li>{@link #valid()}: ICAO 9303 syntax and every check digit ({@link #errors()});</li>
 *   <li>{@link #codesKnown()}: issuing state and nationality are in the reference data
 *       ({@link MrzWarning.Kind#UNKNOWN_CODE} warnings);</li>
 *   <li>{@link #expiryStatus()}: expired or expiring soon relative to the reading date
 *       ({@link MrzWarning.Kind#EXPIRED} and {@link MrzWarning.Kind#EXPIRES_SOON} warnings).</li>
 * </ul>
 * A field that could not be read is empty, and an error says why. An invalid zone may still
 * carry readable fields: show them, never act on them as if the zone were valid.
 */
public final class MrzReading {

    private final char[] zone;
    private final MrzFormat format;
    private final LocalDate readOn;
    private final DocumentCode documentCode;
    private final CountryCode issuingState;
    private final PersonName name;
    private final boolean nameMayBeTruncated;
    private final DocumentNumber documentNumber;
    private final CountryCode nationality;
    private final PartialDate dateOfBirth;
    private final Sex sex;
    private final LocalDate dateOfExpiry;
    private final List<String> optionalData;
    private final List<CheckDigitResult> checkDigits;
    private final List<MrzError> errors;
    private final List<MrzWarning> warnings;
    private final ExpiryStatus expiryStatus;

    private MrzReading(Builder b) {
        this.zone = b.zone;
        this.format = Objects.requireNonNull(b.format, "format");
        this.readOn = Objects.requireNonNull(b.readOn, "readOn");
        this.documentCode = b.documentCode;
        this.issuingState = b.issuingState;
        this.name = b.name;
        this.nameMayBeTruncated = b.nameMayBeTruncated;
        this.documentNumber = b.documentNumber;
        this.nationality = b.nationality;
        this.dateOfBirth = b.dateOfBirth;
        this.sex = b.sex;
        this.dateOfExpiry = b.dateOfExpiry;
        this.optionalData = List.copyOf(b.optionalData);
        this.checkDigits = List.copyOf(b.checkDigits);
        this.errors = List.copyOf(b.errors);
        this.warnings = List.copyOf(b.warnings);
        this.expiryStatus = Objects.requireNonNull(b.expiryStatus, "expiryStatus");
    }

    /**
     * @param zone the zone's characters, all lines end to end; the reading takes them over and
     *             never changes them, so the caller must not either
     */
    public static Builder builder(MrzFormat format, char[] zone, LocalDate readOn) {
        if (zone.length < format.lines() * format.lineLength()) {
            throw new IllegalArgumentException("A " + format + " zone has " + format.lines() * format.lineLength() + " characters");
        }
        return new Builder(format, zone, readOn);
    }

    /** The zone's lines after safe normalisation (trailing whitespace and empty lines removed). */
    public List<String> lines() {
        String[] lines = new String[format.lines()];
        int length = format.lineLength();
        for (int l = 0; l < lines.length; l++) {
            lines[l] = new String(zone, l * length, length);
        }
        return List.of(lines);
    }

    public MrzFormat format() {
        return format;
    }

    /** The date the verdicts are relative to. */
    public LocalDate readOn() {
        return readOn;
    }

    public Optional<DocumentCode> documentCode() {
        return Optional.ofNullable(documentCode);
    }

    public Optional<CountryCode> issuingState() {
        return Optional.ofNullable(issuingState);
    }

    public Optional<PersonName> name() {
        return Optional.ofNullable(name);
    }

    /** The name field is full up to its last character, so the name may have been cut (ICAO 9303-3). */
    public boolean nameMayBeTruncated() {
        return nameMayBeTruncated;
    }

    public Optional<DocumentNumber> documentNumber() {
        return Optional.ofNullable(documentNumber);
    }

    public Optional<CountryCode> nationality() {
        return Optional.ofNullable(nationality);
    }

    /** Empty when the zone says the date of birth is unknown ({@code <<<<<<}) or it could not be read. */
    public Optional<PartialDate> dateOfBirth() {
        return Optional.ofNullable(dateOfBirth);
    }

    public Optional<Sex> sex() {
        return Optional.ofNullable(sex);
    }

    public Optional<LocalDate> dateOfExpiry() {
        return Optional.ofNullable(dateOfExpiry);
    }

    /**
     * The optional data fields with trailing fillers removed and fillers inside kept: two for a
     * TD1 (line 1 after any document number continuation, then line 2), one for the others.
     */
    public List<String> optionalData() {
        return optionalData;
    }

    public List<CheckDigitResult> checkDigits() {
        return checkDigits;
    }

    public List<MrzError> errors() {
        return errors;
    }

    public List<MrzWarning> warnings() {
        return warnings;
    }

    /** Verdict 1: the zone follows ICAO 9303 syntax and every check digit matches. */
    public boolean valid() {
        return errors.isEmpty();
    }

    /** Verdict 2: every code that could be read is in the reference data on the reading date. */
    public boolean codesKnown() {
        for (MrzWarning w : warnings) {
            if (w.kind() == MrzWarning.Kind.UNKNOWN_CODE) {
                return false;
            }
        }
        return true;
    }

    /** Verdict 3: expiry relative to the reading date. */
    public ExpiryStatus expiryStatus() {
        return expiryStatus;
    }

    public boolean hasError(MrzField field) {
        for (MrzError e : errors) {
            if (e.field() == field) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return "MrzReading[" + format + ", " + documentCode + ", " + issuingState + ", " + documentNumber
                + ", valid=" + valid() + ", errors=" + errors + ", warnings=" + warnings + "]";
    }

    /** Assembles a reading; used by the parser. */
    public static final class Builder {
        private final char[] zone;
        private final MrzFormat format;
        private final LocalDate readOn;
        private DocumentCode documentCode;
        private CountryCode issuingState;
        private PersonName name;
        private boolean nameMayBeTruncated;
        private DocumentNumber documentNumber;
        private CountryCode nationality;
        private PartialDate dateOfBirth;
        private Sex sex;
        private LocalDate dateOfExpiry;
        private List<String> optionalData = List.of();
        private List<CheckDigitResult> checkDigits = List.of();
        private List<MrzError> errors = List.of();
        private List<MrzWarning> warnings = List.of();
        private ExpiryStatus expiryStatus = ExpiryStatus.UNKNOWN;

        private Builder(MrzFormat format, char[] zone, LocalDate readOn) {
            this.format = format;
            this.zone = zone;
            this.readOn = readOn;
        }

        public Builder documentCode(DocumentCode v) { this.documentCode = v; return this; }
        public Builder issuingState(CountryCode v) { this.issuingState = v; return this; }
        public Builder name(PersonName v, boolean mayBeTruncated) { this.name = v; this.nameMayBeTruncated = mayBeTruncated; return this; }
        public Builder documentNumber(DocumentNumber v) { this.documentNumber = v; return this; }
        public Builder nationality(CountryCode v) { this.nationality = v; return this; }
        public Builder dateOfBirth(PartialDate v) { this.dateOfBirth = v; return this; }
        public Builder sex(Sex v) { this.sex = v; return this; }
        public Builder dateOfExpiry(LocalDate v) { this.dateOfExpiry = v; return this; }
        public Builder optionalData(List<String> v) { this.optionalData = v; return this; }
        public Builder checkDigits(List<CheckDigitResult> v) { this.checkDigits = v; return this; }
        public Builder errors(List<MrzError> v) { this.errors = v; return this; }
        public Builder warnings(List<MrzWarning> v) { this.warnings = v; return this; }
        public Builder expiryStatus(ExpiryStatus v) { this.expiryStatus = v; return this; }

        public MrzReading build() {
            return new MrzReading(this);
        }
    }
}
