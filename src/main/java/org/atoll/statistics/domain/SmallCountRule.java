package org.atoll.statistics.domain;

/**
 * Statistical disclosure control by the threshold rule: a count of at least one but below
 * {@code smallestPublished} is withheld, since a cell of one or two crossings may point at a traveller
 * whom others can recognise (the only Tongan crew member arriving by sea in March). Zero is published:
 * it says nobody crossed, which tells nothing of anyone. With {@code smallestPublished} 1 nothing is withheld.
 */
public record SmallCountRule(int smallestPublished) {

    public SmallCountRule {
        if (smallestPublished < 1) {
            throw new IllegalArgumentException("The smallest published count is at least 1, not " + smallestPublished);
        }
    }

    /** The count as published, or {@code null} when it is withheld. */
    public Integer publish(long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative: " + count);
        }
        if (count > 0 && count < smallestPublished) {
            return null;
        }
        return Math.toIntExact(count);
    }
}
