package org.irohub.interchange.web;

import java.io.IOException;
import java.nio.file.Path;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.ImportStatus;
import org.irohub.interchange.InterchangeRoles;
import org.irohub.interchange.internal.CensusExporter;
import org.irohub.interchange.internal.CensusImportService;
import org.irohub.interchange.internal.Uploads;
import org.irohub.portal.DateInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * The CIN census pages: upload a return and see the imports so far; one import's progress (a static script polls
 * the API; without it, a refresh link), then its summary and findings; and the export of a year.
 */
@Controller
@RequestMapping("/imports")
@PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
class ImportPages {

    static final int FINDINGS_SHOWN = 500;

    private final CensusImportService imports;
    private final CensusExporter exports;
    private final Uploads uploads;
    private final AuditLog audit;
    private final Clock clock;

    ImportPages(CensusImportService imports, CensusExporter exports, Uploads uploads, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.exports = exports;
        this.uploads = uploads;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    String list(Model model) {
        return page(Map.of(), DateInput.of(lastThirtyFirstOfMarch()), model);
    }

    @PostMapping
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Principal principal, Model model)
            throws IOException {
        Path saved;
        try {
            saved = uploads.save(file);
        }
        catch (Uploads.TooLargeException e) {
            return page(Map.of("file", e.getMessage()), DateInput.of(lastThirtyFirstOfMarch()), model);
        }
        if (saved == null) {
            return page(Map.of("file", "Select a CIN census XML file"), DateInput.of(lastThirtyFirstOfMarch()), model);
        }
        ImportId id = imports.submit(saved, principal.getName(), file.getOriginalFilename(), true);
        return "redirect:/imports/" + id.value();
    }

    @GetMapping("/{id}")
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    String show(@PathVariable long id, Model model) {
        ImportReport report = imports.report(new ImportId(id), FINDINGS_SHOWN)
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (report.status() != ImportStatus.RUNNING) {
            audit.record(AuditEvent.success("CIN_CENSUS_IMPORT_VIEWED", "CensusImport", id));
        }
        model.addAttribute("report", report);
        return "interchange/import";
    }

    /** Checks the date, then hands over to the API, which streams the return as a download. */
    @GetMapping("/export")
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    String export(@RequestParam(required = false) String referenceDay,
            @RequestParam(required = false) String referenceMonth,
            @RequestParam(required = false) String referenceYear, Model model) {
        DateInput input = new DateInput(referenceDay, referenceMonth, referenceYear);
        Map<String, String> errors = new LinkedHashMap<>();
        LocalDate reference = input.read("referenceDate", "the reference date", true, errors);
        if (reference != null && exports.childrenIn(reference) == 0) {
            errors.put("referenceDate", "IRO Hub holds no child protection activity in the year ending "
                    + reference + ". Choose another reference date");
        }
        if (!errors.isEmpty()) {
            return page(errors, input, model);
        }
        return "redirect:/api/exports/cin-census?referenceDate=" + reference;
    }

    private String page(Map<String, String> errors, DateInput reference, Model model) {
        model.addAttribute("errors", errors);
        model.addAttribute("reference", reference);
        model.addAttribute("imports", imports.recent(20));
        return "interchange/imports";
    }

    /** The reference date of the latest complete census year. */
    private LocalDate lastThirtyFirstOfMarch() {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisYear = LocalDate.of(today.getYear(), 3, 31);
        return today.isAfter(thisYear) ? thisYear : thisYear.minusYears(1);
    }
}
