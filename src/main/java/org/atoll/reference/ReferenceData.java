package org.atoll.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Reference data as valid on a date. Answers from memory; edits are visible at once on this node and within seconds on others. */
public interface ReferenceData extends KnownCodes {

    List<Country> countries(LocalDate on);

    Optional<Country> country(CountryCode code, LocalDate on);

    List<PortOfEntry> ports(LocalDate on);

    Optional<PortOfEntry> port(PortCode code, LocalDate on);

    List<Carrier> carriers(LocalDate on);

    /** By IATA or ICAO designator. */
    Optional<Carrier> carrier(String designator, LocalDate on);

    List<DocumentType> documentTypes(LocalDate on);

    @Override
    default boolean isKnownCountry(CountryCode code, LocalDate on) {
        return country(code, on).isPresent();
    }
}
