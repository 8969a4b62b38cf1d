package org.atoll.regulation;

import java.time.LocalDate;
import java.util.List;

/**
 * Port: a traveller's earlier stays, for rolling-window limits (90 days in any 180). Declared
 * here and implemented by the movement module, which owns crossings and follows a traveller
 * across documents.
 */
@FunctionalInterface
public interface ArrivalHistory {

    /**
     * Stays of the traveller that overlap {@code from}..{@code to} (inclusive), in any order;
     * a stay with no recorded exit is returned without a departure date.
     */
    List<EarlierStay> earlierStays(TravellerIdentity traveller, LocalDate from, LocalDate to);

    /**
     * Arrivals recorded between two dates (inclusive), each as the eligibility question it was,
     * for the impact preview of a draft ("what would last year's arrivals have been told?").
     * Until the movement module implements it, none are known.
     */
    default List<EligibilityRequest> arrivalsBetween(LocalDate from, LocalDate to) {
        return List.of();
    }
}
