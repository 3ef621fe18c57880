package org.irohub.calendar;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.irohub.calendar.internal.ConfiguredTimescales;
import org.irohub.calendar.internal.TimescaleChangeStore;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Due dates by the service's timescales, for every module that tracks one. Values come from the shipped
 * defaults, then {@code irohub.timescales.*} in the configuration, then administrators' changes, each from its
 * effective date: a deadline uses the value in force on the date it counts from.
 */
@Component
public class Timescales {

    private final WorkingDays workingDays;
    private final TimescaleChangeStore store;
    private final Clock clock;
    private final Map<TimescaleId, Timescale> configured;
    private final AtomicReference<TimescaleSchedule> schedule = new AtomicReference<>();

    Timescales(WorkingDays workingDays, TimescaleChangeStore store, Environment environment, Clock clock) {
        this.workingDays = workingDays;
        this.store = store;
        this.clock = clock;
        this.configured = ConfiguredTimescales.from(environment);
        reload();
    }

    /** The due date of {@code id} counted from {@code basis} (the event before it, or the event it prepares for). */
    public LocalDate dueDate(TimescaleId id, LocalDate basis) {
        return schedule.get().dueDate(id, basis, workingDays.calendar());
    }

    /** First review after a pre-birth conference: 10 working days after the birth or 3 months after the ICPC, whichever is sooner. */
    public LocalDate preBirthFirstReviewDue(LocalDate icpc, LocalDate birthOrNull) {
        return schedule.get().preBirthFirstReviewDue(icpc, birthOrNull, workingDays.calendar());
    }

    public Timescale inForceOn(TimescaleId id, LocalDate date) {
        return schedule.get().inForceOn(id, date);
    }

    /** Every timescale as in force today, in the order of the rules. */
    public List<Timescale> inForceToday() {
        LocalDate today = LocalDate.now(clock);
        TimescaleSchedule current = schedule.get();
        return configured.keySet().stream().map(id -> current.inForceOn(id, today)).toList();
    }

    /** Changes an administrator has made that take effect after today. */
    public List<TimescaleChange> scheduledChanges(TimescaleId id) {
        return schedule.get().scheduledAfter(id, LocalDate.now(clock));
    }

    /** The value before any administrator's change: the shipped default or the configuration's. */
    public Timescale configured(TimescaleId id) {
        return configured.get(id);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(TimescaleChange change) {
        reload();
    }

    private void reload() {
        schedule.set(TimescaleSchedule.of(configured, store.all()));
    }
}
