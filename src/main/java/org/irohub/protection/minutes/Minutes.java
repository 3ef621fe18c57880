package org.irohub.protection.minutes;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.irohub.protection.ProtectionException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * The minutes of one held conference. Steps are recorded once each, in order (received before approved before
 * distributed; corrections only after distribution), on a date between the conference and today.
 */
public class Minutes {

    private static final DateTimeFormatter GOV_UK = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    @Id
    private Long id;
    private final long conferenceId;
    private final LocalDate heldOn;
    private boolean complete;
    private final Instant createdAt;
    @Version
    private Integer version;
    private Set<MinutesStepDone> steps;

    @PersistenceCreator
    Minutes(Long id, long conferenceId, LocalDate heldOn, boolean complete, Instant createdAt, Integer version,
            Set<MinutesStepDone> steps) {
        this.id = id;
        this.conferenceId = conferenceId;
        this.heldOn = heldOn;
        this.complete = complete;
        this.createdAt = createdAt;
        this.version = version;
        this.steps = steps == null ? new HashSet<>() : new HashSet<>(steps);
    }

    static Minutes open(long conferenceId, LocalDate heldOn, Instant now) {
        return new Minutes(null, conferenceId, heldOn, false, now, null, Set.of());
    }

    /** Records a step as done on a date, refusing it out of order, twice, or on a date that cannot be right. */
    void record(MinutesStep step, LocalDate on, String by, LocalDate today) {
        String field = step.field();
        if (on == null) {
            throw ProtectionException.invalid(field, "Enter the date: " + step.label().toLowerCase(Locale.UK));
        }
        done(step).ifPresent(d -> {
            throw ProtectionException.conflict(field, "Already recorded: " + step.label().toLowerCase(Locale.UK)
                    + " on " + GOV_UK.format(d.doneOn()));
        });
        MinutesStep before = step.after();
        if (before != null && done(before).isEmpty()) {
            throw ProtectionException.conflict(field, "You cannot " + step.action() + " yet: first record \""
                    + before.label() + "\"");
        }
        if (on.isAfter(today)) {
            throw ProtectionException.invalid(field, "The date cannot be in the future");
        }
        if (on.isBefore(heldOn)) {
            throw ProtectionException.invalid(field, "The date cannot be before the conference, held on "
                    + GOV_UK.format(heldOn));
        }
        if (before != null && on.isBefore(done(before).get().doneOn())) {
            throw ProtectionException.invalid(field, "The date cannot be before \"" + before.label() + "\" on "
                    + GOV_UK.format(done(before).get().doneOn()));
        }
        steps.add(new MinutesStepDone(step, on, by));
        complete = isDone(MinutesStep.DECISION_LETTER_SENT) && isDone(MinutesStep.DISTRIBUTED)
                && (!isDone(MinutesStep.CORRECTIONS_REQUESTED) || isDone(MinutesStep.CORRECTIONS_RECEIVED));
    }

    public Optional<MinutesStepDone> done(MinutesStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    public boolean isDone(MinutesStep step) {
        return done(step).isPresent();
    }

    /** The date a step was done, or null while it is not. */
    public LocalDate doneOn(MinutesStep step) {
        return done(step).map(MinutesStepDone::doneOn).orElse(null);
    }

    public Long getId() {
        return id;
    }

    public long getConferenceId() {
        return conferenceId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public boolean isComplete() {
        return complete;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getVersion() {
        return version;
    }
}
