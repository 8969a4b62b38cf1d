package org.atoll.regulation;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.atoll.reference.CountryCode;

/** A named group of nationalities the rules treat alike (Schengen states, Compact of Free Association states...). */
public record NationalityGroup(GroupCode code, String name, Set<CountryCode> members) {

    public NationalityGroup {
        Objects.requireNonNull(code, "code");
        name = Texts.required(name, "group name");
        Objects.requireNonNull(members, "members");
        if (members.isEmpty()) {
            throw new IllegalArgumentException("Nationality group " + code + " has no members");
        }
        TreeSet<CountryCode> canonical = members.stream()
                .map(Nationalities::canonical)
                .collect(Collectors.toCollection(TreeSet::new));
        members = Collections.unmodifiableSet(canonical);
    }

    public boolean includes(CountryCode nationality) {
        return members.contains(Nationalities.canonical(nationality));
    }
}
