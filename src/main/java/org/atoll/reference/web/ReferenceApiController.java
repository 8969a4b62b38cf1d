package org.atoll.reference.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.atoll.InvalidRequestException;
import org.atoll.access.CurrentOfficer;
import org.atoll.reference.internal.ReferenceDataService;
import org.atoll.reference.internal.ReferenceKind;
import org.atoll.reference.internal.ReferenceStore;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/reference")
@Tag(name = "Reference data", description = "countries, ports, carriers, document-types")
class ReferenceApiController {

    private final ReferenceDataService reference;
    private final CurrentOfficer currentOfficer;
    private final Clock clock;

    ReferenceApiController(ReferenceDataService reference, CurrentOfficer currentOfficer, Clock clock) {
        this.reference = reference;
        this.currentOfficer = currentOfficer;
        this.clock = clock;
    }

    @GetMapping("/{list}")
    @PreAuthorize("hasRole('OFFICER')")
    @Operation(summary = "Rows of a reference list; with ?on=YYYY-MM-DD only those valid on that date")
    List<Map<String, Object>> list(@PathVariable String list,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        ReferenceKind kind = ReferenceKind.fromSlug(list);
        return reference.rows(kind).stream()
                .filter(r -> on == null || validOn(r, on))
                .map(ReferenceApiController::view).toList();
    }

    @PostMapping("/{list}")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Map<String, Object> add(@PathVariable String list, @RequestBody Map<String, Object> body) {
        try {
            return view(reference.add(ReferenceKind.fromSlug(list), strings(body), currentOfficer.require().username()));
        } catch (InvalidRequestException e) {
            throw inApiNames(e);
        }
    }

    @PutMapping("/{list}/{id}")
    @PreAuthorize("hasRole('ADMINISTRATOR')")
    Map<String, Object> change(@PathVariable String list, @PathVariable UUID id, @RequestBody Map<String, Object> body) {
        Object version = body.get("version");
        Integer v = version instanceof Number n ? n.intValue() : null;
        try {
            return view(reference.change(ReferenceKind.fromSlug(list), id, strings(body), v, currentOfficer.require().username()));
        } catch (InvalidRequestException e) {
            throw inApiNames(e);
        }
    }

    /** Field errors name the JSON fields (portType), not the columns (port_type). */
    private static InvalidRequestException inApiNames(InvalidRequestException e) {
        return new InvalidRequestException(e.getMessage(), e.problems().stream()
                .map(p -> new InvalidRequestException.FieldProblem(camel(p.field()), p.message())).toList());
    }

    private static boolean validOn(ReferenceStore.Row r, LocalDate on) {
        LocalDate from = (LocalDate) r.values().get("valid_from");
        LocalDate to = (LocalDate) r.values().get("valid_to");
        return !on.isBefore(from) && (to == null || !on.isAfter(to));
    }

    static Map<String, Object> view(ReferenceStore.Row r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        r.values().forEach((k, v) -> out.put(camel(k), v));
        out.put("version", r.version());
        return out;
    }

    private static Map<String, String> strings(Map<String, Object> body) {
        Map<String, String> out = new HashMap<>();
        body.forEach((k, v) -> out.put(snake(k), v == null ? null : v.toString()));
        return out;
    }

    static String camel(String column) {
        StringBuilder s = new StringBuilder();
        boolean up = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }

    static String snake(String field) {
        return field.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
