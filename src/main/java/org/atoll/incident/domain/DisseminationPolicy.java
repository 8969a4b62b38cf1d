package org.atoll.incident.domain;

import java.util.Collection;

import org.atoll.access.OfficerIdentity;

/**
 * Need-to-know for intelligence: the originator and the recipients form the report's circle; only
 * they learn it exists. The originator may disseminate to anyone the handling conditions permit;
 * a recipient may pass it on only when the conditions say it may be passed on.
 */
public final class DisseminationPolicy {

    public record Outcome(boolean allowed, String reason) {
    }

    public boolean inCircle(OfficerIdentity officer, IntelligenceReport report, Collection<Recipient> recipients) {
        return report.originator().equals(officer.username()) || recipients.stream().anyMatch(r -> r.includes(officer));
    }

    public Outcome mayDisseminate(OfficerIdentity sender, IntelligenceReport report, Collection<Recipient> recipients,
                                  Recipient to) {
        boolean originator = report.originator().equals(sender.username());
        if (!originator && !report.handling().mayBePassedOn()) {
            return new Outcome(false, "The handling conditions do not allow recipients to pass this report on");
        }
        if (!report.handling().permits(to.agency())) {
            return new Outcome(false, "The handling conditions do not permit " + to.agency() + " to receive this report");
        }
        return new Outcome(true, originator ? "originator" : "passing on is permitted");
    }
}
