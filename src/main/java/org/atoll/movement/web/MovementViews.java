package org.atoll.movement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.atoll.movement.Movement;
import org.atoll.movement.internal.MovementReports;
import org.atoll.movement.internal.MovementRepository;
import org.atoll.movement.internal.StayRepository;
import org.atoll.movement.internal.TravellerRecords;
import org.atoll.movement.internal.TravellerRepository;
import org.atoll.movement.domain.StayPeriod;

/** The JSON shapes of the movement API. */
final class MovementViews {

    private MovementViews() {
    }

    record MovementView(UUID movementId, UUID travellerId, String direction, String port, Instant crossedAt,
                        LocalDate crossedOn, String mode, String role, String carrier, String flightOrVessel,
                        String issuingState, String documentNumber, String nationality, String surname, String givenNames,
                        String permitType, LocalDate permittedUntil, String officer, String decision, int daysOverstayed,
                        boolean withoutEntry) {

        static MovementView of(MovementRepository.StoredMovement stored) {
            Movement m = stored.movement();
            return new MovementView(m.movementId(), m.travellerId(), m.direction().name(), m.port().value(), m.crossedAt(),
                    stored.crossedOn(), m.mode().name(), m.role().name(), m.carrier().orElse(null),
                    m.flightOrVessel().orElse(null), m.traveller().issuingState().value(),
                    m.traveller().documentNumber().value(), m.traveller().nationality().value(),
                    m.traveller().name().surname(), m.traveller().name().givenNames(), m.permitType().orElse(null),
                    m.permittedUntil().orElse(null), m.officer(), m.decision(), m.daysOverstayed(), stored.withoutEntry());
        }
    }

    record PageView(int page, int pageSize, List<MovementView> movements) {
    }

    record OverstayView(UUID travellerId, UUID stayId, String surname, String givenNames, String nationality,
                        LocalDate dateOfBirth, String issuingState, String documentNumber, String permitType,
                        LocalDate entered, LocalDate permittedUntil, int daysOver) {

        static OverstayView of(MovementReports.OverstayRow r) {
            return new OverstayView(r.travellerId(), r.stayId(), r.surname(), r.givenNames(), r.nationality(),
                    r.dateOfBirth().orElse(null), r.issuingState(), r.documentNumber(), r.permitType().orElse(null),
                    r.entered(), r.permittedUntil(), r.daysOver());
        }
    }

    record OverstaysView(LocalDate asOf, int count, List<OverstayView> overstays) {
    }

    record DepartureView(UUID travellerId, UUID stayId, String surname, String givenNames, String nationality,
                         String documentNumber, String permitType, LocalDate entered, LocalDate permittedUntil,
                         String entryPort, String arrivedOn) {

        static DepartureView of(MovementReports.DepartureRow r) {
            return new DepartureView(r.travellerId(), r.stayId(), r.surname(), r.givenNames(), r.nationality(),
                    r.documentNumber(), r.permitType().orElse(null), r.entered(), r.permittedUntil(), r.entryPort(),
                    r.arrivedOn().orElse(null));
        }
    }

    record DeparturesView(LocalDate date, int count, List<DepartureView> departures) {
    }

    record DocumentView(String issuingState, String documentNumber, String documentCode, LocalDate expiry, Instant firstSeen) {

        static DocumentView of(TravellerRepository.DocumentRow d) {
            return new DocumentView(d.issuingState(), d.documentNumber(), d.documentCode(), d.expiry().orElse(null), d.firstSeen());
        }
    }

    record StayView(UUID stayId, LocalDate entered, LocalDate departed, boolean open, boolean exitInferred,
                    String permitType, LocalDate permittedUntil, int daysOverstayed) {

        static StayView of(StayRepository.StoredStay s, LocalDate today) {
            int over = s.stay().open()
                    ? org.atoll.movement.domain.Overstay.daysOver(s.stay().permittedUntil(), today)
                    : s.daysOverstayed();
            return new StayView(s.stay().stayId(), s.stay().entered(), s.stay().departed().orElse(null), s.stay().open(),
                    s.exitInferred(), s.stay().permitType().orElse(null), s.stay().permittedUntil().orElse(null), over);
        }
    }

    record PermitChangeView(UUID stayId, LocalDate previousUntil, LocalDate permittedUntil, String reason, String officer,
                            Instant changedAt) {

        static PermitChangeView of(StayRepository.PermitChange c) {
            return new PermitChangeView(c.stayId(), c.previousUntil().orElse(null), c.permittedUntil(), c.reason(),
                    c.officer(), c.changedAt());
        }
    }

    record TravellerView(UUID travellerId, String surname, String givenNames, String nationality, LocalDate dateOfBirth,
                         String sex, long version, boolean present, int daysOverToday, List<DocumentView> documents,
                         List<StayView> stays, List<MovementView> movements, List<PermitChangeView> permitChanges) {

        static TravellerView of(TravellerRecords.TravellerFile f) {
            TravellerRepository.TravellerRow t = f.traveller();
            return new TravellerView(t.id(), t.surname(), t.givenNames(), t.nationality(), t.dateOfBirth().orElse(null),
                    t.sex().orElse(null), t.version(), f.openStay().isPresent(), f.daysOverToday(),
                    f.documents().stream().map(DocumentView::of).toList(),
                    f.stays().stream().map(s -> StayView.of(s, f.today())).toList(),
                    f.movements().stream().map(MovementView::of).toList(),
                    f.permitChanges().stream().map(PermitChangeView::of).toList());
        }
    }

    record TravellerSummary(UUID travellerId, String surname, String givenNames, String nationality, LocalDate dateOfBirth,
                            List<String> documentNumbers, boolean present) {

        static TravellerSummary of(TravellerRecords.TravellerFile f) {
            TravellerRepository.TravellerRow t = f.traveller();
            return new TravellerSummary(t.id(), t.surname(), t.givenNames(), t.nationality(), t.dateOfBirth().orElse(null),
                    f.documents().stream().map(TravellerRepository.DocumentRow::documentNumber).toList(),
                    f.openStay().isPresent());
        }
    }

    record PeriodView(LocalDate entered, LocalDate departed) {

        static PeriodView of(StayPeriod p) {
            return new PeriodView(p.entered(), p.departed().orElse(null));
        }
    }

    record CalculationView(LocalDate date, int windowDays, int limitDays, LocalDate windowStart, int daysUsed,
                           int daysRemaining, LocalDate latestPermissibleExit, boolean overLimit, List<PeriodView> stays) {

        static CalculationView of(TravellerRecords.Calculation c) {
            return new CalculationView(c.usage().on(), c.rule().windowDays(), c.rule().limitDays(), c.windowStart(),
                    c.usage().daysUsed(), c.usage().daysRemaining(), c.usage().latestExit().orElse(null),
                    c.usage().latestExit().isEmpty(), c.stays().stream().map(PeriodView::of).toList());
        }
    }
}
