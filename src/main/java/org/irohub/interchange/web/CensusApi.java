package org.irohub.interchange.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.Principal;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.ImportStatus;
import org.irohub.interchange.InterchangeRoles;
import org.irohub.interchange.internal.CensusExporter;
import org.irohub.interchange.internal.CensusImportService;
import org.irohub.interchange.internal.Uploads;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "CIN census", description = "Import Children in Need census returns (2015-16 onwards) and export the "
        + "child protection parts of a return. Roles: ADMIN, IRO_MANAGER.")
class CensusApi {

    static final String XML = MediaType.APPLICATION_XML_VALUE;

    private final CensusImportService imports;
    private final CensusExporter exports;
    private final Uploads uploads;
    private final AuditLog audit;

    CensusApi(CensusImportService imports, CensusExporter exports, Uploads uploads, AuditLog audit) {
        this.imports = imports;
        this.exports = exports;
        this.uploads = uploads;
        this.audit = audit;
    }

    @PostMapping(path = "/api/imports/cin-census", consumes = { XML, MediaType.TEXT_XML_VALUE })
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    @Operation(summary = "Import a CIN census return sent as the request body",
            description = "Answers 202 at once with Location: /api/imports/{id}; the import runs in the background. "
                    + "A file that is not well-formed, or has a DOCTYPE, an entity or an oversized element, ends FAILED "
                    + "with nothing written. Empty body: 400. Larger than irohub.interchange.max-file-size: 413.")
    ResponseEntity<ImportJson> importBody(InputStream body, Principal principal) throws IOException {
        return accepted(uploads.save(body), "request body", principal);
    }

    @PostMapping(path = "/api/imports/cin-census", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    @Operation(summary = "Import a CIN census return uploaded as the multipart part 'file'",
            description = "As for the XML body: 202 with Location: /api/imports/{id}.")
    ResponseEntity<ImportJson> importFile(@RequestParam(name = "file", required = false) MultipartFile file,
            Principal principal) throws IOException {
        return accepted(uploads.save(file), file == null ? null : file.getOriginalFilename(), principal);
    }

    @GetMapping("/api/imports/{id}")
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    @Operation(summary = "Where an import is and what it found",
            description = "{status: RUNNING|COMPLETED|FAILED, progress: 0-100, summary: {children, plans, conferences, "
                    + "reviews} in the return, created: the same counts for records that were new, findings: [{rule, "
                    + "message, laChildId}], message: why it failed}. Unknown id: 404.")
    ImportJson find(@PathVariable long id) {
        ImportReport report = imports.find(new ImportId(id)).orElseThrow(() -> InterchangeProblems.noImport(id));
        if (report.status() != ImportStatus.RUNNING) {
            audit.record(AuditEvent.success("CIN_CENSUS_IMPORT_VIEWED", "CensusImport", id));
        }
        return ImportJson.of(report);
    }

    @GetMapping("/api/exports/cin-census")
    @PreAuthorize(InterchangeRoles.IMPORT_EXPORT)
    @Operation(summary = "The child protection parts of a CIN census return for the year ending on referenceDate",
            description = "Valid against the DfE's CIN_schema_2026.xsd (Sex M/F/U, yes/no as 1/0). Children with a "
                    + "plan open, a section 47 enquiry, a conference or an episode of need in the year. Nothing to "
                    + "export for that year: 404.")
    void export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate referenceDate,
            HttpServletResponse response) throws IOException {
        if (exports.childrenIn(referenceDate) == 0) {
            throw InterchangeProblems.nothingToExport(referenceDate);
        }
        response.setContentType(XML);
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"cin-census-" + referenceDate + ".xml\"");
        exports.write(referenceDate, response.getOutputStream());
    }

    private ResponseEntity<ImportJson> accepted(Path file, String fileName, Principal principal) {
        if (file == null) {
            throw InterchangeProblems.emptyFile();
        }
        ImportId id = imports.submit(file, principal.getName(), fileName, true);
        URI location = URI.create("/api/imports/" + id.value());
        return ResponseEntity.status(HttpStatus.ACCEPTED).location(location)
            .body(ImportJson.of(imports.report(id, 0).orElseThrow()));
    }
}
