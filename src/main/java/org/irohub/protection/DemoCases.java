package org.irohub.protection;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildId;
import org.irohub.children.ChildRegistration;
import org.irohub.children.Sex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo mode only: a handful of fictional children at different points of the process, dated from today, so
 * each role has something to look at on first start (an ICPC to allocate, siblings on a plan with a review
 * coming, a plan of over 12 months, an unborn baby). Created through the same services as real work; never
 * outside demo mode, and only once.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "irohub.demo.enabled", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    private static final String SYSTEM = "system";

    private final ChildRegistration registration;
    private final StrategyDiscussionService discussions;
    private final ConferenceOutcomeService outcomes;
    private final WorkingDays workingDays;
    private final Clock clock;

    DemoCases(ChildRegistration registration, StrategyDiscussionService discussions, ConferenceOutcomeService outcomes,
            WorkingDays workingDays, Clock clock) {
        this.registration = registration;
        this.discussions = discussions;
        this.outcomes = outcomes;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (registration.findByLaChildId("DEMO001").isPresent()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        ChildId riley = child("DEMO001", "Riley", "Hart", today.minusYears(7).minusMonths(2), Sex.MALE);
        discussions.record(riley, discussion(workingDays.addWorkingDays(today, -10)), SYSTEM);

        ChildId leo = child("DEMO002", "Leo", "Shaw", today.minusYears(6).minusMonths(5), Sex.MALE);
        ChildId mia = child("DEMO003", "Mia", "Shaw", today.minusYears(3).minusMonths(1), Sex.FEMALE);
        // Their first review falls due in about two weeks.
        LocalDate shawIcpc = workingDays.addWorkingDays(today.minusMonths(3), 10);
        LocalDate shawDiscussion = workingDays.addWorkingDays(shawIcpc, -12);
        var shaw = discussions.record(leo, new NewStrategyDiscussion(shawDiscussion, true, shawDiscussion,
                List.of(mia.value())), SYSTEM);
        hold(shaw.conference(), shawIcpc, "NEG");

        ChildId ava = child("DEMO004", "Ava", "Cole", today.minusYears(12).minusMonths(7), Sex.FEMALE);
        LocalDate coleDiscussion = workingDays.addWorkingDays(today.minusMonths(14), -14);
        var cole = discussions.record(ava, discussion(coleDiscussion), SYSTEM);
        OutcomeResult icpc = hold(cole.conference(), workingDays.addWorkingDays(coleDiscussion, 14), "EMO");
        OutcomeResult first = review(icpc.nextConference(), icpc.conference().getHeldOn().plusMonths(3).minusDays(7));
        review(first.nextConference(), first.conference().getHeldOn().plusMonths(6).minusDays(10));

        ChildId baby = registration.register("DEMO005", "Baby", "Noor", null, today.plusMonths(2), Sex.UNKNOWN);
        discussions.record(baby, discussion(workingDays.addWorkingDays(today, -5)), SYSTEM);
        log.info("Demo mode: created 5 fictional children with strategy discussions, conferences and plans");
    }

    private ChildId child(String la, String first, String last, LocalDate born, Sex sex) {
        return registration.register(la, first, last, born, null, sex);
    }

    private static NewStrategyDiscussion discussion(LocalDate on) {
        return new NewStrategyDiscussion(on, true, on, List.of());
    }

    private OutcomeResult hold(Conference icpc, LocalDate on, String category) {
        return outcomes.record(new ConferenceId(icpc.getId()),
                new OutcomeRequest(on, true, category, null, null, null, List.of(), null, null, null), SYSTEM);
    }

    private OutcomeResult review(Conference review, LocalDate on) {
        return outcomes.record(new ConferenceId(review.getId()),
                new OutcomeRequest(on, null, null, null, true, null, List.of(), null, null, null), SYSTEM);
    }
}
