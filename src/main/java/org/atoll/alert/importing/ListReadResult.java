package org.atoll.alert.importing;

import java.util.List;
import org.atoll.alert.screening.WatchlistEntry;

/** What a list reader made of a file: the persons it read and the problems it met. */
public record ListReadResult(List<ListedPerson> persons, List<ListProblem> problems) {

    public ListReadResult {
        persons = List.copyOf(persons);
        problems = List.copyOf(problems);
    }

    public List<WatchlistEntry> entries() {
        return persons.stream().map(ListedPerson::entry).toList();
    }
}
