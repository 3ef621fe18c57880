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
 * Runs one import: a checking pass that refuses an unsafe or malformed file before anything is written, then the
 * writing pass in one transaction, so that a failure part way leaves nothing behind. Imports run one at a time
 * so that two returns about the same children cannot interleave. One audit entry records the whole import
 * (who, which file, how many records); {@code census_import_child} says which children it wrote.
 */
@Component
class CensusImporter {

    private static final int CHECK_SHARE = 20;

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
            new CensusWalker(file, read -> progress.accept(percent(read, size, 0, CHECK_SHARE))).walk(h -> {
            }, null);
            progress.accept(CHECK_SHARE);
            transaction.executeWithoutResult(status -> {
                ImportRun run = new ImportRun(id, username, stores, workingDays.calendar());
                new CensusWalker(file, read -> progress.accept(percent(read, size, CHECK_SHARE, 99)))
                    .walk(run::header, run::child);
                ImportSummary[] summary = run.finish();
                stores.records().complete(id, run.header(), summary[0], summary[1], run.findingCount(), clock.instant());
                audit.recordAs(username, AuditEvent.success("CIN_CENSUS_IMPORTED", "CensusImport", id.value())
                    .withDetail("children " + summary[0].children() + " (" + summary[1].children() + " new), plans "
                            + summary[0].plans() + " (" + summary[1].plans() + " new), conferences "
                            + summary[0].conferences() + " (" + summary[1].conferences() + " new), reviews "
                            + summary[0].reviews() + " (" + summary[1].reviews() + " new), findings "
                            + run.findingCount()));
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

    private static int percent(long read, long size, int from, int to) {
        if (size <= 0) {
            return from;
        }
        return (int) Math.min(to, from + (to - from) * read / size);
    }
}
