package org.atoll.regulation.policy;

import java.util.Objects;
import java.util.Optional;
import org.atoll.regulation.HeldVisa;
import org.atoll.regulation.NationalityRegime;
import org.atoll.regulation.ProvisionReference;
import org.atoll.regulation.RequirementCheck;
import org.atoll.regulation.RollingWindow;
import org.atoll.regulation.VisaType;

/**
 * How a traveller would enter: under which regime and type, whether the type is in hand
 * ({@code admissible}) or still to be obtained, the stay it grants, and the check that says so.
 */
public record EntryRoute(
        NationalityRegime regime,
        Optional<VisaType> permitType,
        Optional<HeldVisa> heldVisa,
        boolean admissible,
        Optional<Integer> stayDays,
        Optional<RollingWindow> rollingWindow,
        RequirementCheck check,
        ProvisionReference stayProvision) {

    public EntryRoute {
        Objects.requireNonNull(regime, "regime");
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(stayProvision, "stay provision");
    }

    /** Citizens enter as of right: no type, no stay limit, no requirements. */
    public boolean asOfRight() {
        return permitType.isEmpty();
    }
}
