package org.irohub.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.interchange.CensusImports;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportReport;
import org.irohub.interchange.ImportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * {@link CensusImports}: imports run on one background thread with a bounded queue (one at a time keeps two
 * returns about the same children from interleaving), and report their progress from memory while they run.
 */
@Service
public class CensusImportService implements CensusImports {

    private static final Logger log = LoggerFactory.getLogger(CensusImportService.class);

    private final CensusImporter importer;
    private final ImportRecords records;
    private final AuditLog audit;
    private final InterchangeProperties properties;
    private final Clock clock;
    private final ThreadPoolExecutor executor;
    private final Map<Long, Integer> progress = new ConcurrentHashMap<>();

    CensusImportService(CensusImporter importer, ImportRecords records, AuditLog audit, InterchangeProperties properties,
            Clock clock) {
        this.importer = importer;
        this.records = records;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(properties.queue()),
                r -> {
                    Thread t = new Thread(r, "cin-census-import");
                    t.setDaemon(true);
                    return t;
                });
    }

    @Override
    public ImportId submit(Path xml, String username) {
        return submit(xml, username, xml.getFileName().toString(), false);
    }

    /** @param deleteAfter whether the file is a copy of an upload, to delete once the import ends */
    public ImportId submit(Path xml, String username, String fileName, boolean deleteAfter) {
        ImportId id = records.create(fileName, sizeOf(xml), username, clock.instant());
        progress.put(id.value(), 0);
        try {
            executor.execute(() -> runAndRecord(id, xml, username, deleteAfter));
        }
        catch (RejectedExecutionException e) {
            progress.remove(id.value());
            records.fail(id, "Too many imports are waiting to run; import the file again later.", clock.instant());
            delete(xml, deleteAfter);
        }
        return id;
    }

    @Override
    public ImportReport runNow(Path xml, String username) {
        ImportId id = records.create(xml.getFileName().toString(), sizeOf(xml), username, clock.instant());
        progress.put(id.value(), 0);
        runAndRecord(id, xml, username, false);
        return find(id).orElseThrow();
    }

    @Override
    public Optional<ImportReport> find(ImportId id) {
        return report(id, Integer.MAX_VALUE);
    }

    /** The report with at most {@code findingLimit} findings (the count says how many there are). */
    public Optional<ImportReport> report(ImportId id, int findingLimit) {
        return records.find(id).map(row -> {
            int percent = row.status() == ImportStatus.RUNNING ? progress.getOrDefault(id.value(), 0) : 100;
            return new ImportReport(id, row.status(), percent, row.summary(), row.created(),
                    row.status() == ImportStatus.COMPLETED ? records.findings(id, findingLimit) : List.of(),
                    row.findings(), row.message(), row.fileName(), row.referenceDate(), row.submittedBy(),
                    row.submittedAt(), row.finishedAt());
        });
    }

    public List<ImportRecords.Row> recent(int limit) {
        return records.recent(limit);
    }

    public long maxFileSize() {
        return properties.maxFileSize().toBytes();
    }

    @EventListener(ApplicationReadyEvent.class)
    void failAbandonedImports() {
        int abandoned = records.failAbandoned(clock.instant());
        if (abandoned > 0) {
            log.warn("{} CIN census import(s) were running when IRO Hub stopped; marked as failed", abandoned);
        }
    }

    private void runAndRecord(ImportId id, Path xml, String username, boolean deleteAfter) {
        try {
            if (sizeOf(xml) > maxFileSize()) {
                throw new CensusRefusedException("The file was refused: it is larger than the "
                        + properties.maxFileSize().toMegabytes() + " MB limit.");
            }
            importer.run(id, xml, username, p -> progress.put(id.value(), p));
        }
        catch (CensusRefusedException e) {
            refused(id, username, e.getMessage());
        }
        catch (RuntimeException e) {
            log.error("CIN census import {} failed", id, e);
            refused(id, username, "The import failed and nothing from it was kept: " + e.getMessage());
        }
        finally {
            progress.remove(id.value());
            delete(xml, deleteAfter);
        }
    }

    private void refused(ImportId id, String username, String message) {
        records.fail(id, message, clock.instant());
        audit.recordAs(username, AuditEvent.failure("CIN_CENSUS_IMPORTED", "CensusImport", id.value(), message));
    }

    private static long sizeOf(Path xml) {
        try {
            return Files.size(xml);
        }
        catch (IOException e) {
            throw new CensusRefusedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    private static void delete(Path xml, boolean deleteAfter) {
        if (deleteAfter) {
            try {
                Files.deleteIfExists(xml);
            }
            catch (IOException e) {
                log.warn("Could not delete the uploaded census file {}", xml, e);
            }
        }
    }

    @jakarta.annotation.PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }
}
