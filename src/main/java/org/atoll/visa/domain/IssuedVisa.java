package org.atoll.visa.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.atoll.regulation.VisaTypeCode;
import org.atoll.visa.VisaApplicationId;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.VisaRecord;

/**
 * A visa issued on an approved application: its terms (validity, entries, permitted stay,
 * conditions), its machine readable zone, the entries made on it, extensions and a revocation.
 */
public final class IssuedVisa {

    /** Terms decided at issue. {@code entriesAllowed} null means multiple entries. */
    public record Terms(LocalDate validFrom, LocalDate validUntil, Integer entriesAllowed, int permittedStayDays,
                        List<String> conditions) {
        public Terms {
            Objects.requireNonNull(validFrom, "valid from");
            Objects.requireNonNull(validUntil, "valid until");
            if (validUntil.isBefore(validFrom)) {
                throw new IllegalArgumentException("A visa is valid until a day on or after it is valid from");
            }
            if (entriesAllowed != null && entriesAllowed < 1) {
                throw new IllegalArgumentException("A visa allows at least one entry");
            }
            if (permittedStayDays < 1) {
                throw new IllegalArgumentException("A visa permits a stay of at least one day");
            }
            conditions = List.copyOf(conditions);
        }
    }

    public record Revocation(Grounds grounds, String officer, Instant at, LocalDate on) {
        public Revocation {
            Objects.requireNonNull(grounds, "grounds");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(on, "on");
        }
    }

    private final VisaNumber number;
    private final VisaApplicationId applicationId;
    private final VisaTypeCode type;
    private final Applicant holder;
    private final LocalDate validFrom;
    private final LocalDate validUntil;
    private final Integer entriesAllowed;
    private int entriesUsed;
    private int permittedStayDays;
    private final List<String> conditions;
    private final List<String> mrz;
    private final String issuedBy;
    private final Instant issuedAt;
    private Revocation revocation;
    private final List<VisaExtension> extensions;
    private final long version;

    public IssuedVisa(VisaNumber number, VisaApplicationId applicationId, VisaTypeCode type, Applicant holder, Terms terms,
                      int entriesUsed, List<String> mrz, String issuedBy, Instant issuedAt, Revocation revocation,
                      List<VisaExtension> extensions, long version) {
        this.number = Objects.requireNonNull(number, "number");
        this.applicationId = Objects.requireNonNull(applicationId, "application");
        this.type = Objects.requireNonNull(type, "type");
        this.holder = Objects.requireNonNull(holder, "holder");
        this.validFrom = terms.validFrom();
        this.validUntil = terms.validUntil();
        this.entriesAllowed = terms.entriesAllowed();
        this.permittedStayDays = terms.permittedStayDays();
        this.conditions = terms.conditions();
        this.entriesUsed = entriesUsed;
        this.mrz = List.copyOf(mrz);
        this.issuedBy = Objects.requireNonNull(issuedBy, "issued by");
        this.issuedAt = Objects.requireNonNull(issuedAt, "issued at");
        this.revocation = revocation;
        this.extensions = new ArrayList<>(extensions);
        this.version = version;
    }

    /** Counts an entry made on a day the visa can be used. */
    public void recordEntry(LocalDate on) {
        toRecord().unusableOn(on).ifPresent(why -> {
            throw new IllegalStateException("Visa " + number + " cannot be used on " + on + ": " + why);
        });
        entriesUsed++;
    }

    public void revoke(Grounds grounds, String officer, Instant at, LocalDate on) {
        if (revocation != null) {
            throw new IllegalStateException("Visa " + number + " was already revoked on " + revocation.on());
        }
        revocation = new Revocation(grounds, officer, at, on);
    }

    /**
     * Records a request the policy allows.
     *
     * @throws IllegalStateException with the policy's reason when it does not
     */
    public VisaExtension requestExtension(ExtensionRequestPolicy.Outcome outcome, int days, String reason, String officer,
                                          Instant at) {
        if (!outcome.allowed()) {
            throw new IllegalStateException("No extension: " + outcome.reason() + " [" + outcome.provision() + "]");
        }
        VisaExtension extension = new VisaExtension(UUID.randomUUID(), days, reason, officer, at, VisaExtension.Status.REQUESTED,
                null, null, null);
        extensions.add(extension);
        return extension;
    }

    /** Decides a pending request; an approval lengthens the permitted stay by its days. */
    public VisaExtension decideExtension(UUID extensionId, boolean approve, String officer, Instant at, String note) {
        VisaExtension extension = extensions.stream().filter(e -> e.id().equals(extensionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No extension " + extensionId + " on visa " + number));
        if (approve && isRevoked()) {
            throw new IllegalStateException("Visa " + number + " is revoked");
        }
        extension.decide(approve, officer, at, note);
        if (approve) {
            permittedStayDays += extension.days();
        }
        return extension;
    }

    public boolean isRevoked() {
        return revocation != null;
    }

    public VisaRecord toRecord() {
        return new VisaRecord(number, type, holder.name(), holder.dateOfBirth(), holder.sex(), holder.nationality(),
                holder.passport().number(), validFrom, validUntil, Optional.ofNullable(entriesAllowed), entriesUsed,
                permittedStayDays, conditions, revocation != null, Optional.ofNullable(revocation).map(Revocation::on), mrz);
    }

    public VisaNumber number() {
        return number;
    }

    public VisaApplicationId applicationId() {
        return applicationId;
    }

    public VisaTypeCode type() {
        return type;
    }

    public Applicant holder() {
        return holder;
    }

    public Terms terms() {
        return new Terms(validFrom, validUntil, entriesAllowed, permittedStayDays, conditions);
    }

    public int entriesUsed() {
        return entriesUsed;
    }

    public List<String> mrz() {
        return mrz;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public Optional<Revocation> revocation() {
        return Optional.ofNullable(revocation);
    }

    public List<VisaExtension> extensions() {
        return List.copyOf(extensions);
    }

    public long version() {
        return version;
    }
}
