package org.irohub.protection.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.WorkingDays;
import org.irohub.protection.ConferenceAccess;
import org.irohub.protection.ConferenceId;
import org.irohub.protection.ProtectionException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a conference's minutes and records their steps; access-checked through the conference, and audited. */
@Service
public class MinutesService {

    private final MinutesRecords records;
    private final ConferenceAccess access;
    private final MinutesTimescalePolicy policy;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;

    MinutesService(MinutesRecords records, ConferenceAccess access, MinutesTimescalePolicy policy,
            WorkingDays workingDays, AuditLog audit, Clock clock) {
        this.records = records;
        this.access = access;
        this.policy = policy;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws MinutesNotFoundException when the conference has not been held */
    @Transactional
    public MinutesView view(ConferenceId id, String username) {
        return find(id, username).orElseThrow(() -> new MinutesNotFoundException(id.value()));
    }

    /** The minutes, or empty while the conference is not held (the conference page shows no minutes then). */
    @Transactional
    public Optional<MinutesView> find(ConferenceId id, String username) {
        access.forReading(id, username);
        Optional<MinutesView> minutes = records.findByConferenceId(id.value()).map(this::toView);
        minutes.ifPresent(m -> audit.record(AuditEvent.success("MINUTES_VIEWED", "Conference", id.value())));
        return minutes;
    }

    /**
     * Records any step but approval, which {@link #approve} keeps to a chair or an IRO manager.
     *
     * @param version the minutes' version the person saw, or null to skip the check
     */
    @Transactional
    public MinutesView record(ConferenceId id, MinutesStep step, LocalDate on, Integer version, String username) {
        if (step == MinutesStep.APPROVED) {
            throw ProtectionException.invalid("step", "Only a chair or an IRO manager can approve the minutes");
        }
        return change(id, step, on, version, username);
    }

    @Transactional
    @PreAuthorize(MinutesRoles.APPROVE)
    public MinutesView approve(ConferenceId id, LocalDate on, Integer version, String username) {
        return change(id, MinutesStep.APPROVED, on, version, username);
    }

    private MinutesView change(ConferenceId id, MinutesStep step, LocalDate on, Integer version, String username) {
        access.forReading(id, username);
        Minutes minutes = records.findByConferenceId(id.value())
            .orElseThrow(() -> new MinutesNotFoundException(id.value()));
        if (version != null && !version.equals(minutes.getVersion())) {
            throw ProtectionException.conflict("version", "Someone else changed these minutes while you were "
                    + "working on them. Reload the page to see their change, then try again");
        }
        minutes.record(step, on, username, LocalDate.now(clock));
        Minutes saved = records.save(minutes);
        audit.record(AuditEvent.success("MINUTES_" + step.name(), "Conference", id.value()).withDetail("on=" + on));
        return toView(saved);
    }

    MinutesView toView(Minutes minutes) {
        LocalDate today = LocalDate.now(clock);
        var steps = Arrays.stream(MinutesStep.values()).map(step -> {
            LocalDate due = policy.dueDate(minutes, step);
            boolean overdue = policy.isOverdue(minutes, step, today);
            var done = minutes.done(step);
            return new MinutesStepStatus(step, due, done.map(MinutesStepDone::doneOn).orElse(null),
                    done.map(MinutesStepDone::doneBy).orElse(null), overdue,
                    overdue ? workingDays.workingDaysBetween(due, today) : 0);
        }).toList();
        return new MinutesView(minutes.getConferenceId(), minutes.getHeldOn(), minutes.isComplete(),
                minutes.getVersion(), steps, policy.recordable(minutes));
    }
}
