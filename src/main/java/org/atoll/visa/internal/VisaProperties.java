package org.atoll.visa.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the visa module ({@code atoll.visa.*}). The review procedure printed on refusal
 * notices is the authority's text to confirm; the default is our reading of common practice.
 * Applications submitted through the API by a machine client are screened against the alert list
 * for {@code screeningAgency} (what the visa office may see of an alert follows that agency).
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
                + "evidence. A new application may also be made at any time.") String reviewProcedure,
        @DefaultValue("IMMIGRATION") String screeningAgency,
        @DefaultValue Retention retention) {

    /**
     * How long decided applications and expired visas are kept ({@code atoll.visa.retention.*}):
     * an application refused or withdrawn, or a visa past its validity (and the application it
     * came from), is deleted with its documents {@code years} after that day by a job run on
     * {@code cron}. The period is the authority's to set; the default is our assumption.
     */
    public record Retention(@DefaultValue("true") boolean enabled, @DefaultValue("5") int years,
                            @DefaultValue("0 30 2 * * *") String cron, @DefaultValue("500") int batchSize) {
    }
}
