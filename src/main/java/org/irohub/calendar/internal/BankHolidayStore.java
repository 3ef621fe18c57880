package org.irohub.calendar.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irohub.calendar.BankHoliday;
import org.irohub.calendar.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The {@code bank_holiday} table. Rows are added and retitled, never deleted: a past deadline stays explainable. */
@Repository
public class BankHolidayStore {

    private final JdbcClient jdbc;

    BankHolidayStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<BankHoliday> forRegion(Region region) {
        return jdbc.sql("SELECT holiday_date, title FROM bank_holiday WHERE region = :region ORDER BY holiday_date")
            .param("region", region.division())
            .query((rs, n) -> new BankHoliday(rs.getObject("holiday_date", LocalDate.class), rs.getString("title")))
            .list();
    }

    /**
     * Adds the holidays the region lacks and, when {@code retitle} is set, updates titles that differ. Runs in
     * the caller's transaction, which must exist, so a failure part-way leaves nothing behind.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public MergeCount merge(Region region, Collection<BankHoliday> holidays, boolean retitle) {
        Map<LocalDate, String> existing = new HashMap<>();
        forRegion(region).forEach(h -> existing.put(h.date(), h.title()));
        int added = 0;
        int updated = 0;
        for (BankHoliday holiday : holidays) {
            String title = existing.get(holiday.date());
            if (title == null) {
                jdbc.sql("INSERT INTO bank_holiday (region, holiday_date, title) VALUES (:region, :date, :title)")
                    .param("region", region.division())
                    .param("date", holiday.date())
                    .param("title", holiday.title())
                    .update();
                added++;
            }
            else if (retitle && !title.equals(holiday.title())) {
                jdbc.sql("UPDATE bank_holiday SET title = :title WHERE region = :region AND holiday_date = :date")
                    .param("region", region.division())
                    .param("date", holiday.date())
                    .param("title", holiday.title())
                    .update();
                updated++;
            }
        }
        return new MergeCount(region, added, updated);
    }
}
