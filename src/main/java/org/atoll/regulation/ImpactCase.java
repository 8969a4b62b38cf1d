package org.atoll.regulation;

import java.util.Objects;

/** A case to compare two sets on: a labelled eligibility request (a sample traveller, or a recorded arrival). */
public record ImpactCase(String label, EligibilityRequest request) {

    public ImpactCase {
        label = Texts.required(label, "label");
        Objects.requireNonNull(request, "request");
    }
}
