package org.irohub.interchange;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where an import is and what it found. {@code progress} is the share of the file read, 0 to 100; {@code message}
 * says why a failed import was refused; {@code findingCount} may exceed the findings listed when a report is
 * read with a limit.
 */
public record ImportReport(ImportId id, ImportStatus status, int progress, ImportSummary summary,
        ImportSummary created, List<ImportFinding> findings, int findingCount, String message, String fileName,
        LocalDate referenceDate, String submittedBy, Instant submittedAt, Instant finishedAt) {

    public ImportReport {
        findings = List.copyOf(findings);
    }
}
