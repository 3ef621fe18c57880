package org.irohub.interchange.generator;

import static org.irohub.interchange.generator.NationalProfile.CLOSURE_REASON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** An episode while its dates are drawn: what it holds so far, its latest date, and whether anything is still open. */
final class EpisodeDraft {

    final LocalDate referral;
    final Assessment assessment;
    final List<CinPlan> cinPlans = new ArrayList<>();
    final List<Section47> section47s = new ArrayList<>();
    final List<ProtectionPlan> plans = new ArrayList<>();
    LocalDate transferInIcpc;
    LocalDate latest;
    boolean open;
    String reason;

    EpisodeDraft(LocalDate referral, Assessment assessment) {
        this.referral = referral;
        this.assessment = assessment;
        this.latest = assessment.authorised() != null ? assessment.authorised() : referral;
    }

    void reached(LocalDate date) {
        if (date.isAfter(latest)) {
            latest = date;
        }
    }

    /** A child in need plan; one not started by the reference date leaves the episode open without it. */
    void addCinPlan(LocalDate start, LocalDate end, Horizon horizon) {
        if (horizon.passed(start)) {
            open = true;
            return;
        }
        LocalDate happenedEnd = horizon.ifHappened(end);
        cinPlans.add(new CinPlan(start, happenedEnd));
        if (happenedEnd == null) {
            open = true;
        }
        else {
            reached(happenedEnd);
        }
    }

    /** Closes the episode some days after its latest date, by the 18th birthday, unless still open at the reference date. */
    Episode close(String source, String need, LocalDate adulthood, Horizon horizon, Draws draws) {
        LocalDate closure = null;
        String closureReason = null;
        if (!open) {
            closure = draws.daysAfter(latest, 0, 30);
            closureReason = reason != null ? reason : draws.pick(CLOSURE_REASON);
            if (closure.isAfter(adulthood)) {
                closure = latest.isAfter(adulthood) ? latest : adulthood;
                closureReason = "RC6";
            }
            closure = horizon.ifHappened(closure);
            if (closure == null) {
                closureReason = null;
            }
        }
        return new Episode(referral, source, need, closure, closureReason, transferInIcpc, assessment,
                List.copyOf(cinPlans), List.copyOf(section47s), false, List.copyOf(plans));
    }
}
