package org.irohub.escalation;

import java.time.LocalDate;

import org.irohub.children.ChildId;

/** An escalation with safe defaults: {@code anEscalation().raisedOn(date).raise()}, with calendar-day deadlines. */
final class EscalationFixture {

    /** Stages due 5 calendar days after they start, the formal process 28 days after it starts. */
    static final StageDeadlines SIMPLE = new StageDeadlines() {
        @Override
        public LocalDate stageDue(Stage stage, LocalDate startedOn) {
            return startedOn.plusDays(5);
        }

        @Override
        public LocalDate formalLimit(LocalDate firstFormalStageOn) {
            return firstFormalStageOn.plusDays(28);
        }
    };

    private LocalDate raisedOn = LocalDate.of(2016, 5, 2);
    private Stage stage = Stage.INFORMAL;

    static EscalationFixture anEscalation() {
        return new EscalationFixture();
    }

    EscalationFixture raisedOn(LocalDate date) {
        this.raisedOn = date;
        return this;
    }

    EscalationFixture startingAt(Stage s) {
        this.stage = s;
        return this;
    }

    Escalation raise() {
        return Escalation.raise(EscalationChildren.of(new ChildId(1)), EscalationKind.QPR, "chair1", raisedOn,
                "CHILDRENS_SOCIAL_CARE", "DRIFT_AND_DELAY", "Plan drifting", stage, null, null, SIMPLE);
    }
}
