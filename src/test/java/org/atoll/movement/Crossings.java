package org.atoll.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.atoll.document.DocumentNumber;
import org.atoll.document.PersonName;
import org.atoll.document.Sex;
import org.atoll.reference.CountryCode;
import org.atoll.reference.PortCode;

/** Test fixtures that read like the border: {@code aTraveller().nationality("AUS").build()}, {@code anEntry(t).on(day).build()}. */
public final class Crossings {

    /** The border's zone, as the application has it (Palau by default). */
    public static final ZoneId PALAU = org.atoll.TestDates.ZONE;
    private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

    private Crossings() {
    }

    /** A document number no other test uses. */
    public static String uniqueDocumentNumber() {
        return "MV" + Long.toString(SEQUENCE.incrementAndGet(), 36).toUpperCase() + UUID.randomUUID().toString().substring(0, 4).toUpperCase().replace("-", "0");
    }

    static String randomLetters(int n) {
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append((char) ('A' + random.nextInt(26)));
        }
        return b.toString();
    }

    public static TravellerBuilder aTraveller() {
        return new TravellerBuilder();
    }

    public static CrossingBuilder anEntry(TravellerDocument traveller) {
        return new CrossingBuilder(traveller, Direction.ENTRY);
    }

    public static CrossingBuilder anExit(TravellerDocument traveller) {
        return new CrossingBuilder(traveller, Direction.EXIT);
    }

    public static final class TravellerBuilder {
        private String issuingState = "AUS";
        private String number = uniqueDocumentNumber();
        // ten random letters: a shared database holds many test travellers, and one born the same day with the same
        // name and nationality would be the same person
        private String surname = "SURNAME" + randomLetters(10);
        private String givenNames = "ALEX";
        private String nationality = "AUS";
        private LocalDate dateOfBirth = LocalDate.of(1980, 5, 17);

        public TravellerBuilder nationality(String code) {
            this.nationality = code;
            this.issuingState = code;
            return this;
        }

        public TravellerBuilder document(String number) {
            this.number = number;
            return this;
        }

        public TravellerBuilder named(String surname, String givenNames) {
            this.surname = surname;
            this.givenNames = givenNames;
            return this;
        }

        public TravellerBuilder bornOn(LocalDate dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public TravellerBuilder withNewPassport() {
            this.number = uniqueDocumentNumber();
            return this;
        }

        public TravellerDocument build() {
            return new TravellerDocument(new CountryCode(issuingState), new DocumentNumber(number), "P",
                    Optional.of(LocalDate.of(2034, 1, 1)), PersonName.of(surname, givenNames), new CountryCode(nationality),
                    Optional.ofNullable(dateOfBirth), Optional.of(Sex.FEMALE));
        }
    }

    public static final class CrossingBuilder {
        private final TravellerDocument traveller;
        private final Direction direction;
        private UUID source = UUID.randomUUID();
        private Instant at = LocalDate.of(2025, 3, 1).atTime(LocalTime.of(10, 0)).atZone(PALAU).toInstant();
        private String port = "PWROR";
        private String permitType = "VOA";
        private LocalDate permittedUntil;
        private String decision = "ADMIT";
        private TransportMode mode = TransportMode.AIR;

        CrossingBuilder(TravellerDocument traveller, Direction direction) {
            this.traveller = traveller;
            this.direction = direction;
        }

        public CrossingBuilder on(LocalDate day) {
            this.at = day.atTime(LocalTime.of(10, 0)).atZone(PALAU).toInstant();
            return this;
        }

        public CrossingBuilder source(UUID source) {
            this.source = source;
            return this;
        }

        public CrossingBuilder port(String port) {
            this.port = port;
            return this;
        }

        public CrossingBuilder bySea() {
            this.mode = TransportMode.SEA;
            return this;
        }

        public CrossingBuilder permit(String type, LocalDate until) {
            this.permitType = type;
            this.permittedUntil = until;
            return this;
        }

        public CrossingBuilder decision(String decision) {
            this.decision = decision;
            return this;
        }

        public CrossingToRecord build() {
            boolean entry = direction == Direction.ENTRY;
            return new CrossingToRecord(source, traveller, direction, PortCode.of(port), at, mode, TravellerRole.PASSENGER,
                    Optional.of("UA"), Optional.of("UA157"), entry ? Optional.ofNullable(permitType) : Optional.empty(),
                    entry ? Optional.ofNullable(permittedUntil) : Optional.empty(), "officer-test", decision);
        }
    }
}
