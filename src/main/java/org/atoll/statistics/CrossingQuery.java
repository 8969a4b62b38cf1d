package org.atoll.statistics;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.atoll.InvalidRequestException;

/**
 * Which crossings to count: the border's local days from and to (inclusive) and what to group them by, in
 * the order given. Bounded so that one request cannot ask for a table larger than anyone can read: at most
 * {@value #MAX_YEARS} years, at most {@value #MAX_DIMENSIONS} dimensions, and by day at most
 * {@value #MAX_DAYS_BY_DAY} days.
 */
public record CrossingQuery(LocalDate from, LocalDate to, List<Dimension> groupBy) {

    public static final int MAX_YEARS = 5;
    public static final int MAX_DIMENSIONS = 4;
    public static final int MAX_DAYS_BY_DAY = 366;

    public CrossingQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        groupBy = List.copyOf(groupBy);
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        if (to.isBefore(from)) {
            problems.add(new InvalidRequestException.FieldProblem("to", "Cannot be before 'from' (" + from + ")"));
        } else if (!to.isBefore(from.plusYears(MAX_YEARS))) {
            problems.add(new InvalidRequestException.FieldProblem("to", "At most " + MAX_YEARS + " years after 'from'"));
        } else if (groupBy.contains(Dimension.DAY) && ChronoUnit.DAYS.between(from, to) >= MAX_DAYS_BY_DAY) {
            problems.add(new InvalidRequestException.FieldProblem("groupBy",
                    "Grouped by day, 'from' and 'to' may be at most " + MAX_DAYS_BY_DAY + " days apart"));
        }
        if (groupBy.size() > MAX_DIMENSIONS) {
            problems.add(new InvalidRequestException.FieldProblem("groupBy", "At most " + MAX_DIMENSIONS + " dimensions"));
        }
        if (Set.copyOf(groupBy).size() != groupBy.size()) {
            problems.add(new InvalidRequestException.FieldProblem("groupBy", "A dimension is named twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).message(), problems);
        }
    }

    /**
     * Reads the request's parameters: dates as YYYY-MM-DD, both required; groupBy as names separated by commas
     * (each may also come as a parameter of its own), possibly none.
     *
     * @throws InvalidRequestException naming each parameter that is missing or wrong
     */
    public static CrossingQuery parse(String from, String to, List<String> groupBy) {
        List<InvalidRequestException.FieldProblem> problems = new ArrayList<>();
        LocalDate fromDay = day("from", from, problems);
        LocalDate toDay = day("to", to, problems);
        Set<Dimension> dimensions = new LinkedHashSet<>();
        List<String> names = groupBy == null ? List.of() : groupBy.stream()
                .flatMap(g -> g == null ? java.util.stream.Stream.empty() : java.util.Arrays.stream(g.split(",")))
                .map(String::strip).filter(g -> !g.isEmpty()).toList();
        for (String name : names) {
            Dimension.ofParameter(name).ifPresentOrElse(dimensions::add, () -> problems.add(new InvalidRequestException.FieldProblem(
                    "groupBy", "Unknown dimension '" + name + "'; one of " + java.util.Arrays.stream(Dimension.values())
                    .map(Dimension::parameter).collect(Collectors.joining(", ")))));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems.get(0).message(), problems);
        }
        if (dimensions.size() != names.size()) {
            throw InvalidRequestException.field("groupBy", "A dimension is named twice");
        }
        return new CrossingQuery(fromDay, toDay, List.copyOf(dimensions));
    }

    private static LocalDate day(String field, String value, List<InvalidRequestException.FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InvalidRequestException.FieldProblem(field, "Required: a date as YYYY-MM-DD"));
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new InvalidRequestException.FieldProblem(field, "Not a date as YYYY-MM-DD: '" + value.strip() + "'"));
            return null;
        }
    }
}
