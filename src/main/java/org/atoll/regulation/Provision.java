package org.atoll.regulation;

import java.util.Objects;

/** A provision of the law as the set quotes it: where it is, what it is called, what it says. */
public record Provision(ProvisionReference reference, String title, String text) {

    public Provision {
        Objects.requireNonNull(reference, "reference");
        title = Texts.required(title, "provision title");
        text = Texts.required(text, "provision text");
    }
}
