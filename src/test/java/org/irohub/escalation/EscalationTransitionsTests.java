package org.irohub.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.escalation.EscalationFixture.SIMPLE;
import static org.irohub.escalation.EscalationFixture.anEscalation;

import java.time.LocalDate;

import org.irohub.escalation.EscalationException.Kind;
import org.junit.jupiter.api.Test;

class EscalationTransitionsTests {

    static final LocalDate MAY_2 = LocalDate.of(2016, 5, 2);

    @Test
    void startsOpenAtInformalDueByTheStageTimescale() {
        Escalation e = anEscalation().raisedOn(MAY_2).raise();
        assertThat(e.getStatus()).isEqualTo(EscalationStatus.OPEN);
        assertThat(e.highestStage()).isEqualTo(Stage.INFORMAL);
        assertThat(e.currentStage().dueDate()).isEqualTo(MAY_2.plusDays(5));
        assertThat(e.getFormalLimit()).isNull();
    }

    @Test
    void escalatingToTheFirstFormalStageStartsTheFormalLimit() {
        Escalation e = anEscalation().raisedOn(MAY_2).raise();
        e.escalate(Stage.STAGE_1, MAY_2.plusDays(3), null, new StageContact("Sam", "Team manager", "CSC"), SIMPLE);
        assertThat(e.highestStage()).isEqualTo(Stage.STAGE_1);
        assertThat(e.getFormalLimit()).isEqualTo(MAY_2.plusDays(31));
        assertThat(e.currentStage().with().name()).isEqualTo("Sam");
    }

    @Test
    void aStageIsNeverDueAfterTheFormalLimit() {
        Escalation e = anEscalation().raisedOn(MAY_2).startingAt(Stage.STAGE_1).raise();
        e.escalate(Stage.STAGE_2, MAY_2.plusDays(26), null, null, SIMPLE);
        assertThat(e.currentStage().dueDate()).isEqualTo(MAY_2.plusDays(28));
    }

    @Test
    void skippingAStageNeedsAReason() {
        Escalation e = anEscalation().raise();
        assertThatThrownBy(() -> e.escalate(Stage.STAGE_2, MAY_2.plusDays(1), " ", null, SIMPLE))
            .isInstanceOfSatisfying(EscalationException.class, x -> {
                assertThat(x.kind()).isEqualTo(Kind.UNPROCESSABLE);
                assertThat(x.field()).isEqualTo("reason");
            });
        e.escalate(Stage.STAGE_2, MAY_2.plusDays(1), "Serious drift", null, SIMPLE);
        assertThat(e.currentStage().skipReason()).isEqualTo("Serious drift");
    }

    @Test
    void refusesGoingDownOrStayingAtTheSameStage() {
        Escalation e = anEscalation().raise();
        e.escalate(Stage.STAGE_1, MAY_2, null, null, SIMPLE);
        for (Stage lower : new Stage[] { Stage.INFORMAL, Stage.STAGE_1 }) {
            assertThatThrownBy(() -> e.escalate(lower, MAY_2.plusDays(1), null, null, SIMPLE))
                .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.kind()).isEqualTo(Kind.CONFLICT));
        }
        assertThat(e.getStages()).hasSize(2);
    }

    @Test
    void refusesADateBeforeTheLastAction() {
        Escalation e = anEscalation().raise();
        e.escalate(Stage.STAGE_1, MAY_2.plusDays(4), null, null, SIMPLE);
        assertThatThrownBy(() -> e.resolve(MAY_2.plusDays(3), "Agreed"))
            .isInstanceOfSatisfying(EscalationException.class, x -> {
                assertThat(x.kind()).isEqualTo(Kind.INVALID);
                assertThat(x.field()).isEqualTo("on");
            });
        assertThat(e.getStatus()).isEqualTo(EscalationStatus.OPEN);
    }

    @Test
    void refusesActingOnAResolvedOrWithdrawnEscalation() {
        Escalation resolved = anEscalation().raise();
        resolved.resolve(MAY_2.plusDays(1), "Plan updated");
        assertThatThrownBy(() -> resolved.escalate(Stage.STAGE_1, MAY_2.plusDays(2), null, null, SIMPLE))
            .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.kind()).isEqualTo(Kind.CONFLICT));
        assertThatThrownBy(() -> resolved.withdraw(MAY_2.plusDays(2), "No longer needed"))
            .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.kind()).isEqualTo(Kind.CONFLICT));

        Escalation withdrawn = anEscalation().raise();
        withdrawn.withdraw(MAY_2, "Raised in error");
        assertThat(withdrawn.getStatus()).isEqualTo(EscalationStatus.WITHDRAWN);
        assertThatThrownBy(() -> withdrawn.resolve(MAY_2, "x"))
            .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.kind()).isEqualTo(Kind.CONFLICT));
    }

    @Test
    void resolvingNeedsTheResolution() {
        Escalation e = anEscalation().raise();
        assertThatThrownBy(() -> e.resolve(MAY_2, ""))
            .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.field()).isEqualTo("resolution"));
        e.resolve(MAY_2, "Report received");
        assertThat(e.getStatus()).isEqualTo(EscalationStatus.RESOLVED);
        assertThat(e.getClosedOn()).isEqualTo(MAY_2);
        assertThat(e.highestStage()).isEqualTo(Stage.INFORMAL);
    }

    @Test
    void anUnansweredStagePastItsDueDateIsOverdue() {
        Escalation e = anEscalation().raisedOn(MAY_2).raise();
        assertThat(e.isOverdueOn(MAY_2.plusDays(5))).isFalse();
        assertThat(e.isOverdueOn(MAY_2.plusDays(6))).isTrue();
        e.respond("Will update the plan", MAY_2.plusDays(2));
        assertThat(e.isOverdueOn(MAY_2.plusDays(6))).isFalse();
    }

    @Test
    void startingBeyondStageOneNeedsAReason() {
        assertThatThrownBy(() -> anEscalation().startingAt(Stage.STAGE_3).raise())
            .isInstanceOfSatisfying(EscalationException.class, x -> assertThat(x.field()).isEqualTo("reason"));
    }
}
