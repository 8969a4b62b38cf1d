package org.atoll.alert.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.ApiProblems;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.AlertImportService;
import org.atoll.alert.internal.ImportReport;
import org.atoll.alert.internal.Viewer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/alerts")
@Tag(name = "Alerts")
class AlertImportApiController {

    static final int MAX_BYTES = 20 * 1024 * 1024;

    private final AlertImportService imports;
    private final CurrentOfficer currentOfficer;

    AlertImportApiController(AlertImportService imports, CurrentOfficer currentOfficer) {
        this.imports = imports;
        this.currentOfficer = currentOfficer;
    }

    @PostMapping("/import")
    @PreAuthorize(AlertRoles.MANAGE)
    @Operation(summary = "Import alerts from the alert CSV, the UN consolidated list XML or the OFAC SDN list CSV",
            description = "Body as text/csv or application/xml, or multipart/form-data with a part 'file' (for the OFAC list "
                    + "sdn.csv, with its alt.csv in a part 'aliases'). A CSV whose first line is an SDN entry is read as the OFAC "
                    + "list. format=CSV|UN_XML|OFAC_SDN "
                    + "overrides the content type; dryRun=true only checks. A UN import takes actionOnHit and contact, and withdraws "
                    + "the importing agency's alerts from that list whose persons the file no longer holds (withdrawDelisted=false: not), "
                    + "and relists (active again, relistedReferences) those it withdrew so once the file names them again; an alert an "
                    + "officer withdrew stays withdrawn (leftWithdrawnReferences, with a warning). "
                    + "Any rejected row: 422 with every rejected row by line, and nothing imported.")
    ResponseEntity<?> importAlerts(HttpServletRequest request, @RequestParam(required = false) MultipartFile file,
                                   @RequestParam(required = false) MultipartFile aliases,
                                   @RequestParam(required = false) String format,
                                   @RequestParam(required = false, defaultValue = "false") boolean dryRun,
                                   @RequestParam(required = false) String actionOnHit,
                                   @RequestParam(required = false) String contact,
                                   @RequestParam(required = false) String fileName,
                                   @RequestParam(required = false, defaultValue = "true") boolean withdrawDelisted) throws IOException {
        byte[] content;
        String name = fileName;
        String type = request.getContentType();
        if (file != null || (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/"))) {
            if (file == null || file.isEmpty()) {
                return problem(HttpStatus.UNPROCESSABLE_CONTENT, "Send the file in a part named 'file'.", Map.of());
            }
            content = file.getBytes();
            name = name == null ? file.getOriginalFilename() : name;
            type = file.getContentType();
        } else {
            try (InputStream in = request.getInputStream()) {
                content = in.readNBytes(MAX_BYTES + 1);
            }
        }
        if (content.length > MAX_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "An import file has at most 20 MB; split the file.", Map.of());
        }
        AlertImportService.Format resolved = format(format, type, name, content);
        if (resolved == null) {
            return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send text/csv (the alert CSV or the OFAC SDN list) or "
                    + "application/xml (the UN consolidated list), or say format=CSV, format=UN_XML or format=OFAC_SDN.", Map.of());
        }
        if (content.length == 0) {
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, "The file is empty.", Map.of());
        }
        byte[] aliasFile = aliases == null || aliases.isEmpty() ? null : aliases.getBytes();
        if (aliasFile != null && aliasFile.length > MAX_BYTES) {
            return problem(HttpStatus.CONTENT_TOO_LARGE, "An import file has at most 20 MB; split the file.", Map.of());
        }
        ImportReport report = imports.importFile(content, aliasFile, resolved, name, new AlertImportService.Options(dryRun, actionOnHit, contact,
                        withdrawDelisted),
                Viewer.current(currentOfficer));
        if (!report.rejected().isEmpty()) {
            List<Map<String, String>> errors = report.rejected().stream().map(p -> Map.of(
                    "field", "line " + p.line() + (p.field() == null ? "" : ": " + p.field()),
                    "message", (p.reference() == null ? "" : p.reference() + ": ") + p.message())).toList();
            return problem(HttpStatus.UNPROCESSABLE_CONTENT, report.rejected().size() + " rows were rejected; nothing was imported.",
                    Map.of("errors", errors, "report", report));
        }
        return ResponseEntity.ok(report);
    }

    /**
     * The format asked for, or else the one the content type or file name says; a CSV file whose
     * first line is an OFAC SDN entry (entry number, quoted name) rather than the alert CSV's
     * header is the OFAC list.
     */
    static AlertImportService.Format format(String explicit, String contentType, String fileName, byte[] content) {
        AlertImportService.Format f = format(explicit, contentType, fileName);
        if (f == AlertImportService.Format.CSV && (explicit == null || explicit.isBlank()) && looksLikeOfacSdn(content)) {
            return AlertImportService.Format.OFAC_SDN;
        }
        return f;
    }

    static boolean looksLikeOfacSdn(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF ? 3 : 0;
        String head = new String(content, start, Math.min(content.length - start, 200), java.nio.charset.StandardCharsets.UTF_8);
        return head.matches("(?s)\\d{1,10},\".*");
    }

    static AlertImportService.Format format(String explicit, String contentType, String fileName) {
        if (explicit != null && !explicit.isBlank()) {
            try {
                return AlertImportService.Format.valueOf(explicit.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || type.startsWith("application/csv")) return AlertImportService.Format.CSV;
        if (type.startsWith("application/xml") || type.startsWith("text/xml")) return AlertImportService.Format.UN_XML;
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) return AlertImportService.Format.CSV;
        if (name.endsWith(".xml")) return AlertImportService.Format.UN_XML;
        return null;
    }

    private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, Map<String, Object> properties) {
        ProblemDetail p = ApiProblems.problem(status, status == HttpStatus.UNPROCESSABLE_CONTENT ? "invalid-request"
                : status == HttpStatus.UNSUPPORTED_MEDIA_TYPE ? "unsupported-media-type" : "too-large",
                status == HttpStatus.UNPROCESSABLE_CONTENT ? "Invalid request" : status.getReasonPhrase(), detail);
        properties.forEach(p::setProperty);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
