package org.irohub.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleChange;
import org.irohub.calendar.TimescaleId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator changes a local timescale (or shortens a statutory one) from a date. The date cannot be in
 * the past: deadlines already worked out stay as they were told to people.
 */
@Service
public class TimescaleChanging {

    private final TimescaleChangeStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TimescaleChanging(TimescaleChangeStore store, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public TimescaleChange change(TimescaleId id, int amount, LocalDate effectiveFrom) {
        Timescale shipped = TimescaleCatalogue.defaults().get(id);
        TimescaleChangePolicy.refusal(shipped, amount).ifPresent(reason -> {
            throw new TimescaleChangeRefused("amount", reason);
        });
        if (effectiveFrom.isBefore(LocalDate.now(clock))) {
            throw new TimescaleChangeRefused("effectiveFrom", "The date it applies from must be today or in the future");
        }
        TimescaleChange change = new TimescaleChange(id, amount, effectiveFrom);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        store.add(change, auth == null ? "system" : auth.getName());
        audit.record(AuditEvent.success("TIMESCALE_CHANGED", "Timescale", id.key())
            .withDetail(shipped.unit().label(amount) + " from " + effectiveFrom));
        events.publishEvent(change);
        return change;
    }
}
