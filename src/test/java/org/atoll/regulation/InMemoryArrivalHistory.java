package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Earlier stays by nationality and document number, as the movement module would return them. */
final class InMemoryArrivalHistory implements ArrivalHistory {

    private final Map<String, List<EarlierStay>> stays = new HashMap<>();
    final List<LocalDate[]> queriedRanges = new ArrayList<>();

    InMemoryArrivalHistory stayed(String nationality, String documentNumber, EarlierStay stay) {
        stays.computeIfAbsent(nationality + "/" + documentNumber, k -> new ArrayList<>()).add(stay);
        return this;
    }

    @Override
    public List<EarlierStay> earlierStays(TravellerIdentity traveller, LocalDate from, LocalDate to) {
        queriedRanges.add(new LocalDate[] {from, to});
        return stays.getOrDefault(traveller.nationality() + "/" + traveller.documentNumber(), List.of()).stream()
                .filter(s -> !s.entered().isAfter(to) && s.departed().map(d -> !d.isBefore(from)).orElse(true))
                .collect(Collectors.toList());
    }
}
