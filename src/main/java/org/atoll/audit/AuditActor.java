package org.atoll.audit;

import java.util.Objects;

/** Who acted: an officer's username or a client's name, with the agency it acted for. */
public record AuditActor(String name, String agency) {

    public static final AuditActor SYSTEM = new AuditActor("system", null);
    public static final AuditActor ANONYMOUS = new AuditActor("anonymous", null);

    public AuditActor {
        Objects.requireNonNull(name, "name");
        name = name.length() <= 100 ? name : name.substring(0, 100);
    }
}
