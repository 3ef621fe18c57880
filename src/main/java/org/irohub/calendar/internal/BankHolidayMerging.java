package org.irohub.calendar.internal;

import java.util.ArrayList;
import java.util.List;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.BankHolidaysChanged;
import org.irohub.calendar.Region;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's upload of a newer GOV.UK file. GOV.UK's live feed only holds a rolling window of years, so
 * the upload adds and retitles but never deletes: older years stay as they were.
 */
@Service
public class BankHolidayMerging {

    private final BankHolidayStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Region configured;

    BankHolidayMerging(BankHolidayStore store, AuditLog audit, ApplicationEventPublisher events,
            CalendarProperties properties) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.configured = properties.configuredRegion();
    }

    /**
     * Merges every division in the file, in one transaction with its audit entries. A file without the
     * configured region is refused whole: it is probably not the file the administrator meant.
     */
    @Transactional
    public List<MergeCount> merge(BankHolidaysFile file, String fileName) {
        if (!file.has(configured)) {
            throw new BankHolidayFileException("The file has no \"" + configured.division()
                    + "\" division, the region this service uses");
        }
        List<MergeCount> counts = new ArrayList<>();
        file.divisions().forEach((region, holidays) -> {
            MergeCount count = store.merge(region, holidays, true);
            audit.record(AuditEvent.success("BANK_HOLIDAYS_MERGED", "BankHolidays", region.division())
                .withDetail("From " + fileName + ": " + count.added() + " added, " + count.updated() + " updated, "
                        + holidays.size() + " in the file"));
            if (count.changedAnything()) {
                events.publishEvent(new BankHolidaysChanged(region, count.added(), count.updated()));
            }
            counts.add(count);
        });
        return counts;
    }

    public Region configuredRegion() {
        return configured;
    }
}
