package org.atoll.manifest;

import java.time.LocalDateTime;

/**
 * One leg of a flight as the carrier declared it: ports are the codes sent (IATA airport codes,
 * or UN/LOCODEs in the legacy US format); times are local times at the port and may be absent.
 */
public record FlightLeg(String carrier, String flightNumber, String departurePort, LocalDateTime departure,
                        String arrivalPort, LocalDateTime arrival) {
}
