package org.atoll.manifest.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.atoll.manifest.internal.ArrivalBoard;
import org.atoll.manifest.internal.ManifestStore.FlightPerson;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The arrival board of a port as JSON: flights due, persons to refer with reasons, visas expected to be missing. */
@RestController
@PreAuthorize("hasAnyRole('PRIMARY_OFFICER', 'SECONDARY_OFFICER', 'SUPERVISOR', 'ALERT_MANAGER', 'ANALYST', 'ADMINISTRATOR')")
class ArrivalBoardApiController {

    record Flight(UUID manifestId, String carrier, String flight, String from, LocalDateTime due, int passengers,
                  int crew, Map<String, Integer> screening) {
    }

    record Person(UUID manifestId, String flight, LocalDateTime due, int position, String role, String surname,
                  String givenNames, String dateOfBirth, String nationality, String documentNumber,
                  String documentIssuer, String screeningStatus, List<String> reasons, List<UUID> hitIds) {

        static Person of(FlightPerson f) {
            var p = f.person();
            return new Person(f.manifestId(), f.flightNumber(), f.arrivalTime(), p.position(), p.role(), p.surname(),
                    p.givenNames(), p.dateOfBirth(), p.nationality(), p.documentNumber(), p.documentIssuer(),
                    p.screeningStatus(), p.screeningReasons(), p.hitIds());
        }
    }

    record Board(String port, LocalDate date, List<Flight> flights, List<Person> toRefer, List<Person> visaNeeded) {
    }

    private final ArrivalBoard board;
    private final Clock clock;

    ArrivalBoardApiController(ArrivalBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping("/api/v1/arrival-board")
    Board board(@RequestParam String port,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        ArrivalBoard.Board b = board.board(port, date == null ? LocalDate.now(clock) : date);
        return new Board(b.port(), b.date(), b.flights().stream().map(f -> new Flight(f.manifest().id(),
                        f.manifest().carrier(), f.manifest().flightNumber(), f.manifest().departurePort(),
                        f.manifest().arrivalTime(), f.manifest().passengers(), f.manifest().crew(), f.screening())).toList(),
                b.toRefer().stream().map(Person::of).toList(), b.visaNeeded().stream().map(Person::of).toList());
    }
}
