package org.atoll.alert.internal;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.atoll.access.AgencyCode;
import org.atoll.access.Role;
import org.atoll.alert.importing.ListProblem;
import org.atoll.alert.importing.ListReadResult;
import org.atoll.alert.importing.ListedPerson;
import org.atoll.alert.importing.OfacSdnReader;
import org.atoll.alert.importing.UnConsolidatedListReader;
import org.atoll.alert.model.ActionOnHit;
import org.atoll.alert.model.Alert;
import org.atoll.alert.model.AlertContent;
import org.atoll.alert.model.AlertFields;
import org.atoll.alert.model.AlertFieldsReader;
import org.atoll.alert.model.AlertId;
import org.atoll.alert.model.AlertStatus;
import org.atoll.alert.model.StatusChangePolicy;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditOutcome;
import org.atoll.audit.AuditTrail;
import org.atoll.reference.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of alerts from the alert CSV, the UN consolidated list XML or the US OFAC SDN list
 * (legacy CSV, with its alias file). Every row is read and
 * checked first; if any is rejected nothing is written and the report lists each rejected row by
 * line with its reason. A row whose alert exists unchanged is left alone, so importing the same
 * file again changes nothing; a changed row becomes the alert's next version.
 */
@Service
public class AlertImportService {

    public enum Format { CSV, UN_XML, OFAC_SDN }

    /** The change kind of the version an import withdrew because the list no longer named the person. */
    static final String DELISTED = "DELISTED";

    /** How to import: a dry run only checks; a UN list needs the action to take and whom to contact. */
    public record Options(boolean dryRun, String actionOnHit, String contact, boolean withdrawDelisted) {

        public Options(boolean dryRun, String actionOnHit, String contact) {
            this(dryRun, actionOnHit, contact, true);
        }
    }

    private final AlertService alerts;
    private final ReferenceData reference;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final AlertProperties properties;
    private final Clock clock;

    AlertImportService(AlertService alerts, ReferenceData reference, AuditTrail audit, JdbcClient jdbc,
                       AlertProperties properties, Clock clock) {
        this.alerts = alerts;
        this.reference = reference;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.clock = clock;
    }

    private record Prepared(int line, String status, AlertContent content, String source) {
    }

    @Transactional
    public ImportReport importFile(byte[] file, Format format, String fileName, Options options, Viewer viewer) {
        return importFile(file, null, format, fileName, options, viewer);
    }

    /**
     * Imports one file; {@code aliasFile} is the OFAC list's alt.csv (aliases) that goes with its
     * sdn.csv, and is ignored for the other formats.
     */
    @Transactional
    public ImportReport importFile(byte[] file, byte[] aliasFile, Format format, String fileName, Options options, Viewer viewer) {
        if (viewer.agency().isEmpty() || !viewer.roles().contains(Role.ALERT_MANAGER)) {
            throw new AccessDeniedException("Alert managers import alerts");
        }
        AgencyCode agency = viewer.agency().get();
        if (options.actionOnHit() != null && !options.actionOnHit().isBlank()
                && java.util.Arrays.stream(ActionOnHit.values()).noneMatch(a -> a.name().equals(options.actionOnHit()))) {
            throw org.atoll.InvalidRequestException.field("actionOnHit", "One of "
                    + java.util.Arrays.toString(ActionOnHit.values()) + ".");
        }
        if (options.contact() != null && options.contact().length() > 500) {
            throw org.atoll.InvalidRequestException.field("contact", "At most 500 characters.");
        }
        String sha256 = sha256(file);
        LocalDate today = alerts.today();
        List<ImportProblem> rejected = new ArrayList<>();
        List<ImportProblem> warnings = new ArrayList<>();
        List<Prepared> prepared = new ArrayList<>();
        AlertFieldsReader.Rules rules = alerts.rules();
        int rows;
        UnListMapper.ListSource listSource = null;
        if (format == Format.CSV) {
            var read = new CsvAlertReader().read(new InputStreamReader(new ByteArrayInputStream(stripBom(file)), StandardCharsets.UTF_8));
            rejected.addAll(read.problems());
            rows = read.rows().size() + (int) read.problems().stream().filter(p -> p.line() > 1).count();
            for (CsvAlertReader.Row row : read.rows()) {
                AlertFields fields = withOwner(row.fields(), agency);
                fields = keepStoredDates(fields, Alert.OWN_SOURCE, agency, false);
                String ref = row.fields().externalReference();
                AlertFieldsReader.Result result = AlertFieldsReader.read(fields, rules);
                result.problems().forEach(p -> rejected.add(new ImportProblem(row.line(), ref, CsvAlertReader.column(p.field()), p.message())));
                String status = row.status() == null ? "ACTIVE" : row.status().strip().toUpperCase(Locale.ROOT);
                if (!status.equals("ACTIVE") && !status.equals("DRAFT")) {
                    rejected.add(new ImportProblem(row.line(), ref, "status", "An imported alert is ACTIVE (the default) or DRAFT."));
                    continue;
                }
                if (result.content() != null) {
                    prepared.add(new Prepared(row.line(), status, result.content(), Alert.OWN_SOURCE));
                }
            }
        } else {
            listSource = format == Format.UN_XML ? UnListMapper.ListSource.UN : UnListMapper.ListSource.OFAC;
            ListReadResult read = format == Format.UN_XML ? new UnConsolidatedListReader().read(new ByteArrayInputStream(file))
                    : readOfac(file, aliasFile);
            Set<String> readReferences = read.persons().stream().map(p -> p.entry().externalReference()).collect(Collectors.toSet());
            for (ListProblem p : read.problems()) {
                // a problem with a record the reader still produced concerns a part of it; anything else lost a record
                if (p.reference() != null && readReferences.contains(p.reference())) {
                    warnings.add(new ImportProblem(p.line(), p.reference(), null, p.message()));
                } else {
                    rejected.add(new ImportProblem(p.line(), p.reference(), null, p.message()));
                }
            }
            rows = read.persons().size() + (int) rejected.stream().filter(p -> !p.message().startsWith("not well-formed")).count();
            String action = options.actionOnHit() == null || options.actionOnHit().isBlank() ? UnListMapper.defaultAction()
                    : options.actionOnHit();
            String contact = options.contact() == null || options.contact().isBlank()
                    ? agency + " alert manager on duty" : options.contact();
            Map<String, Integer> lines = format == Format.UN_XML ? lineNumbers(file, read) : Map.of();
            for (ListedPerson person : read.persons()) {
                String ref = person.entry().externalReference();
                int line = person.line() > 0 ? person.line() : lines.getOrDefault(ref, 0);
                var mapperOptions = new UnListMapper.Options(action, contact, agency.value(), today,
                        today.plus(properties.maxReviewPeriod()), listSource);
                AlertFields fields = UnListMapper.fields(person, mapperOptions, reference, today, line, warnings);
                fields = keepStoredDates(fields, listSource.code(), agency, true);
                AlertFieldsReader.Result result = AlertFieldsReader.read(fields, rules);
                result.problems().forEach(p -> rejected.add(new ImportProblem(line, ref, p.field(), p.message())));
                if (result.content() != null) {
                    prepared.add(new Prepared(line, "ACTIVE", result.content(), listSource.code()));
                }
            }
        }
        checkDuplicatesAndOwnership(prepared, agency, rejected);
        rejected.sort((a, b) -> Integer.compare(a.line(), b.line()));
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<String> relistedReferences = new ArrayList<>();
        List<String> leftWithdrawnReferences = new ArrayList<>();
        boolean write = rejected.isEmpty() && !options.dryRun();
        Instant now = clock.instant();
        String note = "import of " + (fileName == null ? format : fileName) + " (sha256 " + sha256.substring(0, 12) + ")";
        for (Prepared p : prepared) {
            var existing = alerts.findForImport(p.source(), agency, p.content().externalReference());
            if (existing.isEmpty()) {
                created++;
                if (write) {
                    Alert alert = Alert.create(AlertId.random(), p.source(), p.content(), AlertStatus.DRAFT, viewer.name(), now);
                    if (p.status().equals("ACTIVE") && StatusChangePolicy.check(alert, AlertStatus.ACTIVE, today).allowed()) {
                        alert = Alert.create(alert.id(), alert.source(), alert.content(), AlertStatus.ACTIVE, viewer.name(), now);
                    } else if (p.status().equals("ACTIVE")) {
                        warnings.add(new ImportProblem(p.line(), p.content().externalReference(), "status",
                                "imported as DRAFT: " + StatusChangePolicy.check(alert, AlertStatus.ACTIVE, today).reason()));
                    }
                    alerts.storeImported(alert, "IMPORTED", viewer);
                    audit.record(AuditEvent.succeeded("ALERT_IMPORTED", AlertService.RECORD, alert.id().toString())
                            .withDetails("created " + alert.status() + " " + p.content().externalReference() + " by " + note));
                }
            } else if (existing.get().status() == AlertStatus.WITHDRAWN) {
                Alert current = existing.get();
                String ref = p.content().externalReference();
                Optional<AlertVersion> withdrawal = alerts.currentVersionRecord(current);
                boolean delisted = listSource != null && withdrawal.map(v -> DELISTED.equals(v.changeKind())).orElse(false);
                var relisting = StatusChangePolicy.checkRelisting(current, delisted, p.content(), today);
                if (relisting.allowed()) {
                    relistedReferences.add(ref);
                    if (write) {
                        String reason = "relisted: on the " + listSource.listName() + " again (" + note + ")";
                        Alert next = alerts.relist(current, p.content(), reason, viewer);
                        audit.record(AuditEvent.succeeded("ALERT_RELISTED", AlertService.RECORD, current.id().toString())
                                .withPurpose(reason).withDetails(ref + " WITHDRAWN -> ACTIVE, version " + next.version()));
                    }
                } else {
                    unchanged++;
                    leftWithdrawnReferences.add(ref);
                    warnings.add(new ImportProblem(p.line(), ref, "status", leftWithdrawn(withdrawal, delisted, relisting.reason())));
                }
            } else if (existing.get().content().equals(p.content())) {
                unchanged++;
            } else {
                updated++;
                if (write) {
                    Alert current = existing.get();
                    Alert next = current.revise(p.content(), viewer.name(), now);
                    alerts.updateImported(current, next, note, viewer);
                    audit.record(AuditEvent.succeeded("ALERT_IMPORTED", AlertService.RECORD, current.id().toString())
                            .withDetails("version " + next.version() + " " + String.join(", ", next.content().changedFrom(current.content()))
                                    + " by " + note));
                }
            }
        }
        List<String> withdrawnReferences = new ArrayList<>();
        if (listSource != null && options.withdrawDelisted()) {
            withdrawDelisted(listSource, prepared, agency, write, note, viewer, withdrawnReferences, warnings);
        }
        boolean imported = write;
        jdbc.sql("""
                INSERT INTO alert_import (id, format, file_name, sha256, imported_by, agency_code, imported_at, accepted,
                    created, updated, unchanged, rejected, withdrawn, relisted)
                VALUES (:id, :format, :file, :sha, :by, :agency, :at, :accepted, :created, :updated, :unchanged, :rejected,
                    :withdrawn, :relisted)""")
                .param("id", UUID.randomUUID()).param("format", format.name())
                .param("file", fileName == null ? null : fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
                .param("sha", sha256).param("by", viewer.name()).param("agency", agency.value())
                .param("at", AlertRepository.ts(now)).param("accepted", imported).param("created", imported ? created : 0)
                .param("updated", imported ? updated : 0).param("unchanged", unchanged).param("rejected", rejected.size())
                .param("withdrawn", imported ? withdrawnReferences.size() : 0)
                .param("relisted", imported ? relistedReferences.size() : 0)
                .update();
        audit.record(new AuditEvent("ALERT_IMPORT", "alert-import", sha256, rejected.isEmpty() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                null, format + " " + fileName + ": " + (options.dryRun() ? "dry run, " : "") + created + " new, " + updated
                + " changed, " + unchanged + " unchanged, " + withdrawnReferences.size() + " delisted, " + relistedReferences.size()
                + " relisted, " + leftWithdrawnReferences.size() + " left withdrawn, " + rejected.size() + " rejected rows"));
        boolean counts = imported || options.dryRun();
        return new ImportReport(format.name(), fileName, sha256, imported, options.dryRun(), rows,
                counts ? created : 0, counts ? updated : 0, unchanged, counts ? withdrawnReferences.size() : 0,
                counts ? withdrawnReferences : List.of(), counts ? relistedReferences.size() : 0,
                counts ? relistedReferences : List.of(), leftWithdrawnReferences, rejected, warnings);
    }

    /**
     * A published list is imported whole: the importing agency's alerts from that list whose
     * reference the new file no longer holds are for persons taken off the list, and are withdrawn
     * (change kind {@code DELISTED}, the file named in the history). A file that lists nobody
     * withdraws nothing.
     */
    private void withdrawDelisted(UnListMapper.ListSource source, List<Prepared> prepared, AgencyCode agency, boolean write,
                                  String note, Viewer viewer, List<String> withdrawn, List<ImportProblem> warnings) {
        Set<String> listed = prepared.stream().map(p -> p.content().externalReference()).collect(Collectors.toSet());
        if (listed.isEmpty()) {
            warnings.add(new ImportProblem(0, null, null, "the file lists nobody; no alert was withdrawn"));
            return;
        }
        for (Alert alert : alerts.listAlertsNotWithdrawn(source.code(), agency)) {
            String ref = alert.content().externalReference();
            if (listed.contains(ref)) continue;
            withdrawn.add(ref);
            if (write) {
                String reason = "delisted: no longer on the " + source.listName() + " (" + note + ")";
                Alert next = alerts.withdrawDelisted(alert, reason, viewer);
                audit.record(AuditEvent.succeeded("ALERT_DELISTED", AlertService.RECORD, alert.id().toString())
                        .withPurpose(reason).withDetails(ref + " " + alert.status() + " -> WITHDRAWN, version " + next.version()));
            }
        }
    }

    /**
     * Why a withdrawn alert the file still holds stays withdrawn: an officer withdrew it (who, when,
     * why, from its history), or, withdrawn as delisted, it cannot be active with the file's content.
     */
    private static String leftWithdrawn(Optional<AlertVersion> withdrawal, boolean delisted, String refusal) {
        if (delisted) {
            return "withdrawn as delisted, listed again but not relisted: " + refusal;
        }
        String how = withdrawal.map(v -> " (" + v.changedBy() + (v.changedByAgency() == null ? "" : ", " + v.changedByAgency())
                + ", " + v.changedAt().toString().substring(0, 10) + (v.changeReason() == null ? "" : ": " + v.changeReason()) + ")")
                .orElse("");
        return "withdrawn by an officer" + how + "; the file still holds it and the import leaves it withdrawn: an alert manager"
                + " of the owning agency decides";
    }

    /** Two rows for one reference, or a reference another agency's alert holds, reject the row. */
    private void checkDuplicatesAndOwnership(List<Prepared> prepared, AgencyCode agency, List<ImportProblem> rejected) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Prepared p : prepared) {
            String ref = p.content().externalReference();
            Integer first = firstLine.putIfAbsent(ref, p.line());
            if (first != null) {
                rejected.add(new ImportProblem(p.line(), ref, "external_reference", "the reference appears already on line " + first));
            }
            var existing = alerts.findForImport(p.source(), agency, ref);
            if (existing.isPresent() && !existing.get().content().owningAgency().equals(agency)) {
                rejected.add(new ImportProblem(p.line(), ref, "external_reference", "the alert with this reference belongs to "
                        + existing.get().content().owningAgency() + "; only its alert managers change it"));
            }
        }
    }

    /**
     * A row without a valid-from date, and a UN row (which never has a review date), keep what the
     * stored alert has: re-importing the same file on another day must not change the alert.
     */
    private AlertFields keepStoredDates(AlertFields f, String source, AgencyCode agency, boolean keepReviewDate) {
        if (f.externalReference() == null) return f;
        var existing = alerts.findForImport(source, agency, f.externalReference().strip());
        if (existing.isEmpty()) return f;
        AlertFields stored = existing.get().content().toFields();
        String validFrom = f.validFrom() == null || f.validFrom().isBlank() || keepReviewDate ? stored.validFrom() : f.validFrom();
        String reviewDate = keepReviewDate ? stored.reviewDate() : f.reviewDate();
        if (keepReviewDate && existing.get().status() == AlertStatus.WITHDRAWN
                && existing.get().content().reviewDate().isBefore(alerts.today())) {
            // relisted after its review date passed while withdrawn: the list's new period applies
            reviewDate = f.reviewDate();
        }
        return new AlertFields(f.kind(), f.externalReference(), f.category(), f.reason(), f.legalBasis(), f.owningAgency(),
                f.actionOnHit(), f.contact(), f.warningMarkers(), f.links(), validFrom, f.validUntil(), reviewDate,
                f.sensitivity(), f.sharedWith(), f.sharedInFull(), f.person(), f.document());
    }

    private static AlertFields withOwner(AlertFields f, AgencyCode agency) {
        return new AlertFields(f.kind(), f.externalReference(), f.category(), f.reason(), f.legalBasis(), agency.value(),
                f.actionOnHit(), f.contact(), f.warningMarkers(), f.links(), f.validFrom(), f.validUntil(), f.reviewDate(),
                f.sensitivity(), f.sharedWith(), f.sharedInFull(), f.person(), f.document());
    }

    private static ListReadResult readOfac(byte[] sdn, byte[] alt) {
        try (var sdnReader = new InputStreamReader(new ByteArrayInputStream(stripBom(sdn)), StandardCharsets.UTF_8);
             var altReader = alt == null ? null : new InputStreamReader(new ByteArrayInputStream(stripBom(alt)), StandardCharsets.UTF_8)) {
            return new OfacSdnReader().read(sdnReader, altReader);
        } catch (java.io.IOException e) {
            return new ListReadResult(List.of(), List.of(new ListProblem(1, null, "the file cannot be read: " + e.getMessage())));
        }
    }

    /** The line of each record's REFERENCE_NUMBER, for reports on records the reader returned without a line. */
    private static Map<String, Integer> lineNumbers(byte[] file, ListReadResult read) {
        Map<String, Integer> lines = new HashMap<>();
        String text = new String(file, StandardCharsets.UTF_8);
        int line = 1;
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                String l = text.substring(from, i);
                int start = l.indexOf("<REFERENCE_NUMBER>");
                if (start >= 0) {
                    int end = l.indexOf("</REFERENCE_NUMBER>", start);
                    if (end > start) lines.putIfAbsent(l.substring(start + 18, end).strip(), line);
                }
                line++;
                from = i + 1;
            }
        }
        return lines;
    }

    private static byte[] stripBom(byte[] file) {
        if (file.length >= 3 && (file[0] & 0xFF) == 0xEF && (file[1] & 0xFF) == 0xBB && (file[2] & 0xFF) == 0xBF) {
            return java.util.Arrays.copyOfRange(file, 3, file.length);
        }
        return file;
    }

    static String sha256(byte[] file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
