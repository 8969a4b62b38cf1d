package org.atoll.incident.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.access.OfficerIdentity;
import org.atoll.access.Role;
import org.atoll.alert.AlertDirectory;
import org.atoll.incident.domain.LinkKind;
import org.atoll.incident.domain.RecordLink;
import org.atoll.inspection.InspectionDirectory;
import org.atoll.manifest.ManifestDirectory;
import org.atoll.movement.MovementDirectory;
import org.atoll.visa.VisaNumber;
import org.atoll.visa.Visas;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks that a link points at a record that exists, asking the module that owns it through its
 * public API: an alert the officer's agency may see, an issued visa, a received manifest, a
 * recorded inspection, movement or traveller. An unknown target is refused naming the field (422), worded the
 * same whether the record is missing or hidden, so that a refusal reveals nothing.
 * <p>
 * Not checked: travellers and movements while no
 * {@link MovementDirectory} is present; documents, flights, vessels and seized items (free references);
 * persons by name (they are described, not looked up). Incident targets are checked by the service.
 * <p>
 * Visas, manifests and inspections may be linked only by officers whose roles may read them in
 * their own module ({@link #READERS}): otherwise the check would answer, to a role that module keeps
 * out, whether a visa number, manifest or inspection exists. The refusal is decided on the roles alone,
 * before any look-up, so it says nothing about the record.
 */
@Component
class LinkTargets {

    /**
     * Who may read the linked kind in its own module, restated from there (guarded by LinkTargetsTest):
     * visas {@code VisaApiController#get}, manifests {@code ManifestIngest.PERSON_DATA_ROLES},
     * inspections {@code InspectionApiController} (class level).
     */
    static final Map<LinkKind, Set<Role>> READERS = Map.of(
            LinkKind.VISA, EnumSet.of(Role.VISA_OFFICER, Role.SUPERVISOR, Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER),
            LinkKind.MANIFEST, EnumSet.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR, Role.ALERT_MANAGER,
                    Role.ANALYST, Role.ADMINISTRATOR),
            LinkKind.INSPECTION, EnumSet.of(Role.PRIMARY_OFFICER, Role.SECONDARY_OFFICER, Role.SUPERVISOR));

    private final AlertDirectory alerts;
    private final Visas visas;
    private final ManifestDirectory manifests;
    private final InspectionDirectory inspections;
    private final ObjectProvider<MovementDirectory> movements;

    LinkTargets(AlertDirectory alerts, Visas visas, ManifestDirectory manifests, InspectionDirectory inspections,
            ObjectProvider<MovementDirectory> movements) {
        this.alerts = alerts;
        this.visas = visas;
        this.manifests = manifests;
        this.inspections = inspections;
        this.movements = movements;
    }

    /** @param field the request field to name when the target is unknown ({@code targetId}, {@code links[2].targetId}) */
    void check(OfficerIdentity officer, RecordLink link, String field) {
        if (!mayLink(officer, link.kind())) {
            throw InvalidRequestException.field(field, refusal(link.kind()));
        }
        if (!exists(officer, link)) {
            throw InvalidRequestException.field(field, "No " + link.kind().name().toLowerCase().replace('_', ' ') + " "
                    + link.targetId() + " to link to");
        }
    }

    /** Whether the officer's roles may read records of this kind in the owning module (true for unrestricted kinds). */
    boolean mayLink(OfficerIdentity officer, LinkKind kind) {
        Set<Role> readers = READERS.get(kind);
        return readers == null || officer.roles().stream().anyMatch(readers::contains);
    }

    static String refusal(LinkKind kind) {
        return "Your roles may not read " + kind.name().toLowerCase().replace('_', ' ')
                + " records, so you may not link one; ask an officer who may";
    }

    boolean exists(OfficerIdentity officer, RecordLink link) {
        String target = link.targetId();
        if (target == null) {
            return link.kind() == LinkKind.PERSON;
        }
        return switch (link.kind()) {
            case ALERT -> uuid(target).map(id -> alerts.visibleTo(id, officer.agency())).orElse(false);
            case VISA -> VisaNumber.isWellFormed(target) && visas.byNumber(VisaNumber.of(target)).isPresent();
            case MANIFEST -> uuid(target).map(manifests::exists).orElse(false);
            case INSPECTION -> uuid(target).map(inspections::inspectionExists).orElse(false);
            case TRAVELLER, PERSON -> movementCheck(target, false);
            case MOVEMENT -> movementCheck(target, true);
            default -> true;
        };
    }

    /** Whether links of this kind are checked at all (the UI and the docs say so). */
    boolean checks(LinkKind kind) {
        return switch (kind) {
            case ALERT, VISA, MANIFEST, INSPECTION, INCIDENT -> true;
            case TRAVELLER, MOVEMENT -> movements.getIfAvailable() != null;
            default -> false;
        };
    }

    private boolean movementCheck(String target, boolean movement) {
        MovementDirectory directory = movements.getIfAvailable();
        Optional<UUID> id = uuid(target);
        if (directory == null) {
            // Until the movement store answers, a traveller or movement is recorded as the officer gave it.
            return true;
        }
        return id.map(i -> movement ? directory.movementExists(i) : directory.travellerExists(i)).orElse(false);
    }

    private static Optional<UUID> uuid(String raw) {
        try {
            return Optional.of(UUID.fromString(raw.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
