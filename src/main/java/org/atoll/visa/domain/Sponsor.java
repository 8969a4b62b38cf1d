package org.atoll.visa.domain;

import java.util.Objects;

/** Who supports the application in Palau: a sponsor (family, host) or an employer. */
public record Sponsor(Kind kind, String name, String contact) {

    public enum Kind { SPONSOR, EMPLOYER }

    public Sponsor {
        Objects.requireNonNull(kind, "sponsor kind");
        name = Texts.required(name, "sponsor name", 200);
        contact = Texts.optional(contact, "sponsor contact", 300);
    }
}
