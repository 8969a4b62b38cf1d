package org.atoll.visa.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.atoll.regulation.ProvisionReference;

/**
 * The legal grounds of a refusal or revocation: the provisions of the regulation set relied on,
 * and the officer's written reason. Both are required: a refusal notice must state them.
 */
public record Grounds(List<ProvisionReference> provisions, String reason) {

    public Grounds {
        Objects.requireNonNull(provisions, "provisions");
        if (provisions.isEmpty()) {
            throw new IllegalArgumentException("At least one ground (a provision of the law) is required");
        }
        provisions = List.copyOf(new LinkedHashSet<>(provisions));
        reason = Texts.required(reason, "written reason", 4000);
    }
}
