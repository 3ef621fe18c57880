package org.irohub.interchange.generator;

import static org.irohub.interchange.generator.NationalProfile.ASSESSMENT_FACTOR;
import static org.irohub.interchange.generator.NationalProfile.EPISODE_KIND;
import static org.irohub.interchange.generator.NationalProfile.ICPC_ON_TIME;
import static org.irohub.interchange.generator.NationalProfile.NEED_OTHERWISE;
import static org.irohub.interchange.generator.NationalProfile.NEED_WITH_PROTECTION;
import static org.irohub.interchange.generator.NationalProfile.REFERRAL_SOURCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One episode of need from its referral date: what kind it is, then its dates in order, each on or after the
 * one before, none after the reference date. Child in need plans close the day a child protection plan starts
 * and start again no earlier than the day it ends, as the DfE rules expect.
 */
final class EpisodeFactory {

    static final int ICPC_WORKING_DAYS = 15;

    private final Horizon horizon;
    private final PlanFactory plans;

    EpisodeFactory(Horizon horizon) {
        this.horizon = horizon;
        this.plans = new PlanFactory(horizon);
    }

    Episode episode(LocalDate referral, int previousPlans, LocalDate adulthood, Draws draws) {
        EpisodeKind kind = draws.pick(EPISODE_KIND);
        String source = draws.pick(REFERRAL_SOURCE);
        boolean protection = kind == EpisodeKind.SECTION_47_PLAN || kind == EpisodeKind.TRANSFER_IN_PLAN
                || kind == EpisodeKind.SECTION_47_ICPC_NO_PLAN;
        String need = draws.pick(protection ? NEED_WITH_PROTECTION : NEED_OTHERWISE);
        if (kind == EpisodeKind.REFERRAL_NO_FURTHER_ACTION) {
            return new Episode(referral, source, need, referral, "RC8", null, null, List.of(), List.of(), true, List.of());
        }
        EpisodeDraft draft = new EpisodeDraft(referral, assessment(referral, draws));
        switch (kind) {
            case CHILD_IN_NEED_ONLY -> childInNeedOnly(draft, draws);
            case SECTION_47_ICPC_NOT_REQUIRED -> icpcNotRequired(draft, draws);
            case SECTION_47_ICPC_NO_PLAN -> icpcWithoutPlan(draft, draws);
            case SECTION_47_PLAN -> section47Plan(draft, previousPlans, adulthood, draws);
            case TRANSFER_IN_PLAN -> transferIn(draft, Math.max(1, previousPlans), adulthood, draws);
            default -> throw new IllegalStateException(kind.name());
        }
        return draft.close(source, need, adulthood, horizon, draws);
    }

    private void childInNeedOnly(EpisodeDraft draft, Draws draws) {
        LocalDate authorised = draft.assessment.authorised();
        if (authorised == null) {
            draft.open = true;
        }
        else if (draws.chance(0.6)) {
            draft.addCinPlan(authorised, draws.daysAfter(authorised, 60, 400), horizon);
        }
        else {
            draft.reached(authorised);
            draft.reason = draws.chance(0.5) ? "RC8" : "RC9";
        }
    }

    private void icpcNotRequired(EpisodeDraft draft, Draws draws) {
        LocalDate start = section47Start(draft.referral, draws);
        if (horizon.passed(start)) {
            draft.open = true;
            return;
        }
        draft.section47s.add(new Section47(start, null, null, true));
        draft.reached(start);
        if (draws.chance(0.5)) {
            LocalDate planStart = draws.daysAfter(start, 10, 40);
            draft.addCinPlan(planStart, draws.daysAfter(planStart, 60, 365), horizon);
        }
    }

    private void icpcWithoutPlan(EpisodeDraft draft, Draws draws) {
        LocalDate icpc = section47WithConference(draft, section47Start(draft.referral, draws), draws);
        if (icpc != null) {
            draft.addCinPlan(icpc, draws.daysAfter(icpc, 90, 365), horizon);
        }
    }

    private void section47Plan(EpisodeDraft draft, int previousPlans, LocalDate adulthood, Draws draws) {
        LocalDate authorised = draft.assessment.authorised();
        LocalDate cinPlanBefore = authorised != null && draws.chance(0.15) ? authorised : null;
        LocalDate notBefore = cinPlanBefore == null ? draft.referral : cinPlanBefore.plusDays(draws.between(20, 200));
        LocalDate icpc = section47WithConference(draft, section47Start(notBefore, draws), draws);
        if (cinPlanBefore != null) {
            draft.cinPlans.add(new CinPlan(cinPlanBefore, icpc));
        }
        if (icpc != null) {
            startPlan(draft, icpc, previousPlans, adulthood, draws);
        }
    }

    private void transferIn(EpisodeDraft draft, int previousPlans, LocalDate adulthood, Draws draws) {
        LocalDate icpc = horizon.addWorkingDays(horizon.workingDayOnOrAfter(draft.referral), draws.between(3, 15));
        if (horizon.passed(icpc)) {
            draft.open = true;
            return;
        }
        draft.transferInIcpc = icpc;
        startPlan(draft, icpc, previousPlans, adulthood, draws);
    }

    private void startPlan(EpisodeDraft draft, LocalDate icpc, int previousPlans, LocalDate adulthood, Draws draws) {
        ProtectionPlan plan = plans.plan(icpc, previousPlans, adulthood, draws);
        draft.plans.add(plan);
        if (plan.end() == null) {
            draft.open = true;
            return;
        }
        draft.reached(plan.end());
        if (plan.end().isBefore(adulthood) && draws.chance(0.5)) {
            draft.addCinPlan(plan.end(), draws.daysAfter(plan.end(), 60, 300), horizon);
        }
    }

    /**
     * Records the enquiry and returns its conference day, or nothing while it is still pending. Pending happens
     * only within 15 working days of the reference date: a late conference that would fall after it is held in
     * time instead, so that no enquiry is left overdue with no conference (DfE rule 8675Q).
     */
    private LocalDate section47WithConference(EpisodeDraft draft, LocalDate start, Draws draws) {
        if (horizon.passed(start)) {
            draft.open = true;
            return null;
        }
        LocalDate target = horizon.addWorkingDays(start, ICPC_WORKING_DAYS);
        LocalDate icpc = horizon.addWorkingDays(start, conferenceDelay(draws));
        if (horizon.passed(icpc)) {
            icpc = horizon.passed(target) ? null
                    : horizon.addWorkingDays(start, ICPC_WORKING_DAYS - draws.small(2.5, 12));
        }
        draft.section47s.add(new Section47(start, target, icpc, false));
        draft.reached(icpc == null ? start : icpc);
        if (icpc == null) {
            draft.open = true;
        }
        return icpc;
    }

    /** Working days from the strategy discussion to the conference: most near the 15-day limit, some after. */
    private static int conferenceDelay(Draws draws) {
        if (draws.chance(ICPC_ON_TIME)) {
            return ICPC_WORKING_DAYS - draws.small(2.5, 12);
        }
        return ICPC_WORKING_DAYS + 1 + draws.small(7, 60);
    }

    /** Strategy discussions are held on working days, from the referral day to ten days after. */
    private LocalDate section47Start(LocalDate notBefore, Draws draws) {
        return horizon.workingDayOnOrAfter(draws.daysAfter(notBefore, 0, 10));
    }

    private Assessment assessment(LocalDate referral, Draws draws) {
        LocalDate start = draws.daysAfter(referral, 0, 3);
        LocalDate authorised = horizon.ifHappened(draws.daysAfter(start, 5, 45));
        if (authorised == null) {
            return new Assessment(horizon.ifHappened(start) == null ? referral : start, null, List.of());
        }
        List<String> factors = new ArrayList<>();
        int count = 1 + draws.small(0.8, 3);
        while (factors.size() < count) {
            String factor = draws.pick(ASSESSMENT_FACTOR);
            if (!factors.contains(factor)) {
                factors.add(factor);
            }
        }
        return new Assessment(start, authorised, List.copyOf(factors));
    }
}
