package org.atoll.document.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.atoll.document.MachineReadableZones;
import org.atoll.document.MrzFormat;
import org.atoll.document.MrzGenerationException;
import org.atoll.document.MrzSyntaxException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The document check page: an MRZ field that takes a desk reader's burst of keystrokes and shows the
 * reading at once (htmx), and manual entry for documents without a machine readable zone. The booth
 * screen embeds the same fragments.
 */
@Controller
@PreAuthorize("hasRole('OFFICER')")
class DocumentPageController {

    static final int MAX_INPUT = 400;

    private final MachineReadableZones zones;

    DocumentPageController(MachineReadableZones zones) {
        this.zones = zones;
    }

    @GetMapping("/documents")
    String page(Model model) {
        model.addAttribute("manual", new ManualEntry());
        model.addAttribute("errors", Map.of());
        return "document/check";
    }

    @PostMapping("/documents/mrz")
    String read(@RequestParam(defaultValue = "") String mrz, @RequestHeader(value = "HX-Request", required = false) String htmx,
                Model model) {
        model.addAttribute("mrz", mrz);
        model.addAttribute("manual", new ManualEntry());
        model.addAttribute("errors", Map.of());
        if (mrz.isBlank()) {
            model.addAttribute("empty", true);
        } else if (mrz.length() > MAX_INPUT) {
            model.addAttribute("notAnMrz", "The input is " + mrz.length() + " characters long; a machine readable zone has at most 90 characters and three lines.");
        } else {
            try {
                model.addAttribute("reading", MrzReadingResponse.of(zones.read(mrz)));
            } catch (MrzSyntaxException e) {
                model.addAttribute("notAnMrz", e.getMessage());
            }
        }
        return htmx != null ? "document/check :: output" : "document/check";
    }

    @PostMapping("/documents/manual")
    String manual(ManualEntry manual, Model model) {
        model.addAttribute("manual", manual);
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            var request = new GenerateMrzRequest(manual.format(), manual.getDocumentCode(), manual.getIssuingState(),
                    manual.getSurname(), manual.getGivenNames(), manual.getDocumentNumber(), manual.getNationality(),
                    manual.getDateOfBirth(), manual.getSex(), manual.getDateOfExpiry(), null);
            var generated = zones.generate(request.toFields());
            model.addAttribute("reading", MrzReadingResponse.of(zones.read(String.join("\n", generated.lines()))));
            model.addAttribute("manualReading", true);
        } catch (GenerateMrzRequest.InvalidFieldsException e) {
            e.problems().forEach(p -> errors.putIfAbsent(p.field(), p.message()));
        } catch (MrzGenerationException e) {
            errors.put(e.field().label(), e.getMessage());
        } catch (RuntimeException e) {
            errors.put("documentNumber", "These fields cannot describe a travel document: " + e.getMessage());
        }
        model.addAttribute("errors", errors);
        return "document/check";
    }

    /** Fields of a document without a machine readable zone, as the officer reads them. */
    public static class ManualEntry {
        private String documentCode = "P";
        private String issuingState = "";
        private String documentNumber = "";
        private String surname = "";
        private String givenNames = "";
        private String nationality = "";
        private String dateOfBirth = "";
        private String sex = "UNSPECIFIED";
        private String dateOfExpiry = "";

        String format() {
            String code = documentCode == null ? "" : documentCode.trim().toUpperCase(java.util.Locale.ROOT);
            if (code.startsWith("V")) {
                return MrzFormat.MRV_A.name();
            }
            return code.startsWith("I") || code.startsWith("A") || code.startsWith("C") ? MrzFormat.TD1.name() : MrzFormat.TD3.name();
        }

        public String getDocumentCode() { return documentCode; }
        public void setDocumentCode(String v) { documentCode = v; }
        public String getIssuingState() { return issuingState; }
        public void setIssuingState(String v) { issuingState = v; }
        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String v) { documentNumber = v; }
        public String getSurname() { return surname; }
        public void setSurname(String v) { surname = v; }
        public String getGivenNames() { return givenNames; }
        public void setGivenNames(String v) { givenNames = v; }
        public String getNationality() { return nationality; }
        public void setNationality(String v) { nationality = v; }
        public String getDateOfBirth() { return dateOfBirth; }
        public void setDateOfBirth(String v) { dateOfBirth = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getDateOfExpiry() { return dateOfExpiry; }
        public void setDateOfExpiry(String v) { dateOfExpiry = v; }
    }
}
