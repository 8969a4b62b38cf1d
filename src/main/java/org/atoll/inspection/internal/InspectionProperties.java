package org.atoll.inspection.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the inspection module ({@code atoll.inspection.*}).
 *
 * @param refusalRequiresApproval a refusal of entry takes effect only when a supervisor approves it
 * @param referWhenNotManifested  refer travellers no carrier declared (when manifests are reliably received)
 * @param previousMovements       how many earlier movements the booth shows
 * @param defaultStayDays         the intended stay assumed when the traveller states none
 * @param reviewProcedure         how to seek review, printed on refusal notices (the authority's text to confirm)
 */
@ConfigurationProperties("atoll.inspection")
public record InspectionProperties(
        @DefaultValue("true") boolean refusalRequiresApproval,
        @DefaultValue("false") boolean referWhenNotManifested,
        @DefaultValue("10") int previousMovements,
        @DefaultValue("14") int defaultStayDays,
        @DefaultValue("Bureau of Immigration, Republic of Palau") String authority,
        @DefaultValue("You may ask for this decision to be reviewed by writing to the Director of Immigration, Bureau of "
                + "Immigration, Koror, Republic of Palau, within 30 days of receiving this notice, stating the notice "
                + "reference and why you think the decision is wrong. You may also ask to contact your consulate and a "
                + "lawyer. Asking for a review does not by itself allow you to enter Palau; the carrier named below is "
                + "responsible for your return.") String reviewProcedure) {
}
