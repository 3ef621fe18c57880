package org.irohub.calendar.internal;

import java.util.ArrayList;
import java.util.List;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.BankHolidaysChanged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the bundled GOV.UK list to the table on start-up, only the dates missing: titles an administrator
 * uploaded since are kept, and a second start changes nothing.
 */
@Component
public class BankHolidaySeeding {

    static final String BUNDLED = "calendar/bank-holidays.json";
    private static final Logger log = LoggerFactory.getLogger(BankHolidaySeeding.class);

    private final BankHolidayStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    BankHolidaySeeding(BankHolidayStore store, AuditLog audit, ApplicationEventPublisher events,
            TransactionTemplate tx) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.tx = tx;
    }

    public List<MergeCount> seedFromBundle() {
        BankHolidaysFile bundled = BankHolidaysFile.read(new ClassPathResource(BUNDLED));
        List<MergeCount> counts = tx.execute(status -> {
            List<MergeCount> done = new ArrayList<>();
            bundled.divisions().forEach((region, holidays) -> {
                MergeCount count = store.merge(region, holidays, false);
                if (count.changedAnything()) {
                    audit.record(AuditEvent.success("BANK_HOLIDAYS_SEEDED", "BankHolidays", region.division())
                        .withDetail("From the bundled list: " + count.describe()));
                    events.publishEvent(new BankHolidaysChanged(region, count.added(), count.updated()));
                }
                done.add(count);
            });
            return done;
        });
        counts.stream().filter(MergeCount::changedAnything).forEach(c -> log.info("Bank holidays seeded, {}", c.describe()));
        return counts;
    }

}
