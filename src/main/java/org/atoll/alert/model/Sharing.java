package org.atoll.alert.model;

import java.util.Set;
import java.util.TreeSet;

import org.atoll.access.AgencyCode;

/**
 * Which agencies besides the owner may see an alert's content. {@code inFull}: every officer may
 * (a public list such as the UN's). Everyone else meets the alert only as an action and a contact.
 */
public record Sharing(Set<AgencyCode> agencies, boolean inFull) {

    public static final Sharing OWNER_ONLY = new Sharing(Set.of(), false);

    public Sharing {
        agencies = Set.copyOf(agencies);
    }

    public java.util.List<String> agencyCodes() {
        TreeSet<String> sorted = new TreeSet<>();
        agencies.forEach(a -> sorted.add(a.value()));
        return java.util.List.copyOf(sorted);
    }
}
