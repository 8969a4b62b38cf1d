package org.atoll.visa.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visa module ({@code atoll.visa.*}). The review procedure printed on refusal
 * notices is the authority's text to confirm; the default is our reading of common practice.
 */
@ConfigurationProperties("atoll.visa")
public record VisaProperties(
        @DefaultValue("5242880") long maxDocumentBytes,
        @DefaultValue("90") int defaultValidityDays,
        @DefaultValue("PLW") String issuingState,
        @DefaultValue("Bureau of Immigration, Republic of Palau") String authority,
        @DefaultValue("You may ask for this decision to be reviewed by writing to the Director of Immigration, "
                + "Bureau of Immigration, Koror, Republic of Palau, within 30 days of receiving this notice. "
                + "State the application reference and why you think the decision is wrong, and attach any new "
                + "evidence. A new application may also be made at any time.") String reviewProcedure) {
}
