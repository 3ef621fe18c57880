package org.irohub.interchange.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.ImportSummary;

/**
 * An import as JSON: {@code status} RUNNING, COMPLETED or FAILED; {@code progress} 0-100; {@code summary} what the
 * return held and {@code created} what was new; {@code findings} the DfE rules broken; {@code message} why a
 * failed import was refused.
 */
record ImportJson(long id, String status, int progress, ImportSummary summary, ImportSummary created,
        List<ImportFinding> findings, int findingCount, String message, String fileName, LocalDate referenceDate,
        String submittedBy, Instant submittedAt, Instant finishedAt) {

    static ImportJson of(ImportReport r) {
        return new ImportJson(r.id().value(), r.status().name(), r.progress(), r.summary(), r.created(), r.findings(),
                r.findingCount(), r.message(), r.fileName(), r.referenceDate(), r.submittedBy(), r.submittedAt(),
                r.finishedAt());
    }
}
