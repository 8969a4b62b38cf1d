package org.atoll.access.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.atoll.ConcurrentEditException;
import org.atoll.InvalidRequestException;
import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.RecordNotFoundException;
import org.atoll.access.AgencyCode;
import org.atoll.access.Role;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and maintaining officer accounts. Every change is audited. */
@Service
public class OfficerService {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,59}");

    private final OfficerRepository officers;
    private final AgencyRepository agencies;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;
    private final AuditTrail audit;
    private final Clock clock;

    OfficerService(OfficerRepository officers, AgencyRepository agencies, PasswordEncoder encoder,
                   PasswordPolicy passwordPolicy, AuditTrail audit, Clock clock) {
        this.officers = officers;
        this.agencies = agencies;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    public record NewOfficer(String username, String fullName, String agency, List<String> roles, String password) {
    }

    public record OfficerChange(String fullName, String agency, List<String> roles, Boolean enabled,
                                String password, Boolean unlock, Integer version) {
    }

    public List<Officer> all() {
        return officers.findAll();
    }

    public Officer get(String username) {
        return officers.findByUsername(username).orElseThrow(() -> new RecordNotFoundException("officer", username));
    }

    @Transactional
    public Officer create(NewOfficer request) {
        List<FieldProblem> problems = new ArrayList<>();
        String username = request.username() == null ? "" : request.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "A username is 3 to 60 lower-case letters, digits, dots, dashes or underscores, starting with a letter."));
        } else if (officers.findByUsername(username).isPresent()) {
            problems.add(new FieldProblem("username", "This username is already taken."));
        }
        String fullName = checkFullName(request.fullName(), problems);
        AgencyCode agency = checkAgency(request.agency(), problems);
        Set<Role> roles = checkRoles(request.roles(), problems);
        for (String p : passwordPolicy.problems(request.password(), username)) {
            problems.add(new FieldProblem("password", p));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The officer cannot be created: " + problems.get(0).message(), problems);
        }
        Instant now = clock.instant();
        Officer officer = new Officer(UUID.randomUUID(), username, fullName, agency, encoder.encode(request.password()),
                true, 0, null, now, now, roles, 0);
        officers.insert(officer);
        audit.record(AuditEvent.succeeded("OFFICER_CREATED", "officer", username)
                .withDetails("agency=" + agency + " roles=" + roles));
        return get(username);
    }

    @Transactional
    public Officer change(String username, OfficerChange change) {
        Officer current = get(username);
        List<FieldProblem> problems = new ArrayList<>();
        if (change.version() == null) {
            problems.add(new FieldProblem("version", "Send the version you read, so that concurrent edits are detected."));
        }
        String fullName = change.fullName() == null ? current.fullName() : checkFullName(change.fullName(), problems);
        AgencyCode agency = change.agency() == null ? current.agency() : checkAgency(change.agency(), problems);
        Set<Role> roles = change.roles() == null ? current.roles() : checkRoles(change.roles(), problems);
        boolean enabled = change.enabled() == null ? current.enabled() : change.enabled();
        String hash = current.passwordHash();
        Instant changedAt = current.passwordChangedAt();
        if (change.password() != null && !change.password().isEmpty()) {
            for (String p : passwordPolicy.problems(change.password(), username)) {
                problems.add(new FieldProblem("password", p));
            }
            hash = encoder.encode(change.password());
            changedAt = clock.instant();
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequestException("The officer cannot be changed: " + problems.get(0).message(), problems);
        }
        if (change.version() != current.version()) {
            throw new ConcurrentEditException("officer", username, current.version());
        }
        boolean unlock = Boolean.TRUE.equals(change.unlock());
        Officer updated = new Officer(current.id(), username, fullName, agency, hash, enabled,
                unlock ? 0 : current.failedSignIns(), unlock ? null : current.lockedUntil(), changedAt,
                current.createdAt(), roles, current.version());
        if (!officers.update(updated, current.version())) {
            throw new ConcurrentEditException("officer", username, get(username).version());
        }
        List<String> what = new ArrayList<>();
        if (!fullName.equals(current.fullName())) what.add("fullName");
        if (!agency.equals(current.agency())) what.add("agency " + current.agency() + "->" + agency);
        if (!roles.equals(current.roles())) what.add("roles " + current.roles() + "->" + roles);
        if (enabled != current.enabled()) what.add(enabled ? "enabled" : "disabled");
        if (!hash.equals(current.passwordHash())) what.add("password reset");
        if (unlock) what.add("unlocked");
        audit.record(AuditEvent.succeeded("OFFICER_CHANGED", "officer", username).withDetails(String.join(", ", what)));
        return get(username);
    }

    /** Creates the first administrator; used only when no officer exists. */
    @Transactional
    public Officer createFirstAdministrator(String username, String password) {
        Instant now = clock.instant();
        Officer officer = new Officer(UUID.randomUUID(), username, "Administrator", new AgencyCode("IMMIGRATION"),
                encoder.encode(password), true, 0, null, now, now, EnumSet.of(Role.ADMINISTRATOR), 0);
        officers.insert(officer);
        audit.record(AuditEvent.succeeded("OFFICER_CREATED", "officer", username).withDetails("first administrator"));
        return officer;
    }

    public PasswordPolicy passwordPolicy() {
        return passwordPolicy;
    }

    private static String checkFullName(String fullName, List<FieldProblem> problems) {
        String name = fullName == null ? "" : fullName.strip();
        if (name.isEmpty() || name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new FieldProblem("fullName", "Enter the officer's full name (at most 200 characters)."));
        }
        return name;
    }

    private AgencyCode checkAgency(String agency, List<FieldProblem> problems) {
        try {
            AgencyCode code = AgencyCode.of(agency);
            if (agencies.find(code).filter(Agency::active).isPresent()) {
                return code;
            }
            problems.add(new FieldProblem("agency", "Unknown or inactive agency: " + agency));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem("agency", "Unknown agency: " + agency));
        }
        return null;
    }

    private static Set<Role> checkRoles(List<String> names, List<FieldProblem> problems) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (names == null || names.isEmpty()) {
            problems.add(new FieldProblem("roles", "Give the officer at least one role."));
            return roles;
        }
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name == null ? "" : name.trim().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("roles", "Unknown role: " + name));
            }
        }
        return roles;
    }
}
