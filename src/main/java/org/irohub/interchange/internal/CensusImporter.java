package org.irohub.interchange.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.IntConsumer;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.WorkingDays;
import org.irohub.interchange.ImportId;
import org.irohub.interchange.ImportSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one import: a single streaming pass that checks, maps and writes in one transaction, so that a file
 * refused part way (unsafe or malformed XML) or any other failure rolls back and leaves nothing behind (a
 * separate checking pass first would only read the file twice). The file is read on a thread of its own, a
 * chunk or two ahead of the writing: see {@link ReadAhead}. Imports run one at a time
 * so that two returns about the same children cannot interleave. One audit entry records the whole import
 * (who, which file, how many records); {@code census_import_child} says which children it wrote.
 */
@Component
class CensusImporter {

    private final ImportRun.Stores stores;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final ReentrantLock oneAtATime = new ReentrantLock();

    CensusImporter(org.irohub.children.ChildImports children, org.irohub.protection.HistoryImports history,
            EpisodeStore episodes, ImportRecords records, PlannerStatistics statistics, WorkingDays workingDays,
            AuditLog audit, PlatformTransactionManager transactions, Clock clock) {
        this.stores = new ImportRun.Stores(children, history, episodes, records, statistics);
        this.workingDays = workingDays;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /** @throws CensusRefusedException when the file is refused; nothing has been written then */
    void run(ImportId id, Path file, String username, IntConsumer progress) {
        long size = size(file);
        oneAtATime.lock();
        try {
            transaction.executeWithoutResult(status -> {
                ImportRun run = new ImportRun(id, username, stores);
                ReadAhead.Read read = ReadAhead.run(file, bytes -> progress.accept(percent(bytes, size)),
                        workingDays.calendar(), run::write);
                ImportSummary held = read.summary();
                ImportSummary created = run.created();
                stores.records().complete(id, read.header(), held, created, run.findingCount(), clock.instant());
                audit.recordAs(username, AuditEvent.success("CIN_CENSUS_IMPORTED", "CensusImport", id.value())
                    .withDetail("children " + held.children() + " (" + created.children() + " new), plans "
                            + held.plans() + " (" + created.plans() + " new), conferences "
                            + held.conferences() + " (" + created.conferences() + " new), reviews "
                            + held.reviews() + " (" + created.reviews() + " new), findings " + run.findingCount()));
            });
            progress.accept(100);
        }
        finally {
            oneAtATime.unlock();
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        }
        catch (IOException e) {
            throw new CensusRefusedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    /** Up to 99 while reading: 100 only once the transaction has committed. */
    private static int percent(long read, long size) {
        return size <= 0 ? 0 : (int) Math.min(99, 99 * read / size);
    }
}
