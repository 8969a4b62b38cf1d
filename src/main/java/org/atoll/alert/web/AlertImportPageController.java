package org.atoll.alert.web;

import java.io.IOException;

import org.atoll.InvalidRequestException;
import org.atoll.access.CurrentOfficer;
import org.atoll.alert.internal.AlertImportService;
import org.atoll.alert.internal.CsvAlertReader;
import org.atoll.alert.internal.Viewer;
import org.atoll.alert.model.ActionOnHit;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

@Controller
@RequestMapping("/alerts/import")
@PreAuthorize(AlertRoles.MANAGE)
class AlertImportPageController {

    private final AlertImportService imports;
    private final CurrentOfficer currentOfficer;

    AlertImportPageController(AlertImportService imports, CurrentOfficer currentOfficer) {
        this.imports = imports;
        this.currentOfficer = currentOfficer;
    }

    @GetMapping
    String form(Model model) {
        return page(model);
    }

    @PostMapping
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) MultipartFile aliases,
                  @RequestParam(required = false) String format,
                  @RequestParam(required = false, defaultValue = "false") boolean dryRun,
                  @RequestParam(required = false) String actionOnHit, @RequestParam(required = false) String contact,
                  @RequestParam(required = false, defaultValue = "false") boolean keepDelisted,
                  Model model) throws IOException {
        model.addAttribute("keepDelisted", keepDelisted);
        model.addAttribute("dryRun", dryRun);
        model.addAttribute("chosenAction", actionOnHit);
        model.addAttribute("contact", contact);
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose a file to import.");
            return page(model);
        }
        if (file.getSize() > AlertImportApiController.MAX_BYTES) {
            model.addAttribute("fileError", "An import file has at most 20 MB; split the file.");
            return page(model);
        }
        AlertImportService.Format resolved = AlertImportApiController.format(format, file.getContentType(),
                file.getOriginalFilename(), file.getBytes());
        if (resolved == null) {
            model.addAttribute("fileError", "Choose the alert CSV (.csv), the UN consolidated list (.xml) or the OFAC list (sdn.csv).");
            return page(model);
        }
        try {
            if (aliases != null && aliases.getSize() > AlertImportApiController.MAX_BYTES) {
                model.addAttribute("fileError", "An import file has at most 20 MB; split the file.");
                return page(model);
            }
            byte[] aliasFile = aliases == null || aliases.isEmpty() ? null : aliases.getBytes();
            model.addAttribute("report", imports.importFile(file.getBytes(), aliasFile, resolved, file.getOriginalFilename(),
                    new AlertImportService.Options(dryRun, actionOnHit, contact, !keepDelisted), Viewer.current(currentOfficer)));
        } catch (InvalidRequestException e) {
            model.addAttribute("fileError", e.getMessage());
        }
        return page(model);
    }

    private String page(Model model) {
        model.addAttribute("columns", CsvAlertReader.COLUMNS);
        model.addAttribute("actions", ActionOnHit.values());
        return "alerts/import";
    }
}
