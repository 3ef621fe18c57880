package org.irohub.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irohub.staff.ChairFixture.aChair;

import org.junit.jupiter.api.Test;

class ChairIndependencePolicyTests {

    private final ChairIndependencePolicy strict = ChairIndependencePolicy.strict();

    private static CaseInvolvement caseOf(String socialWorker, String teamManager, String team) {
        return new CaseInvolvement(socialWorker, teamManager, team);
    }

    @Test
    void aChairWithNoConflictIsIndependent() {
        Independence answer = strict.assess(aChair().build(), caseOf("Sam Smith", "Jo Bell", "Assessment East"));

        assertThat(answer.independent()).isTrue();
        assertThat(answer.checked()).isTrue();
        assertThat(answer.reasons()).isEmpty();
    }

    @Test
    void refusesAChairWhoLineManagedTheSocialWorkerAndSaysSo() {
        Independence answer = strict.assess(aChair().lineManaged("Sam Smith").build(),
                caseOf("Sam Smith", "Jo Bell", "Assessment East"));

        assertThat(answer.independent()).isFalse();
        assertThat(answer.reason()).isEqualTo("Sam Smith was line-managed by this chair");
    }

    @Test
    void refusesAChairOperationallyInvolvedWithTheTeamManager() {
        Independence answer = strict.assess(aChair().operationallyInvolvedWith("Jo Bell").build(),
                caseOf("Sam Smith", "Jo Bell", "Assessment East"));

        assertThat(answer.independent()).isFalse();
        assertThat(answer.reason()).isEqualTo("This chair was operationally involved with Jo Bell");
    }

    @Test
    void refusesAChairWhoManagedTheWholeTeamOfTheCase() {
        Independence answer = strict.assess(aChair().managedTeam("Assessment East").build(),
                caseOf("Someone New", null, "assessment  EAST"));

        assertThat(answer.independent()).isFalse();
        assertThat(answer.reason()).isEqualTo("The Assessment East team was managed by this chair");
    }

    @Test
    void namesMatchWhateverTheirCaseAndSpacing() {
        ChairProfile chair = aChair().lineManaged("Sam Smith").build();

        assertThat(strict.assess(chair, caseOf("  sam   SMITH ", null, null)).independent()).isFalse();
        assertThat(strict.assess(chair, caseOf("SamSmith", null, null)).independent()).isFalse();
        assertThat(strict.assess(chair, caseOf("Sam Smyth", null, null)).independent()).isTrue();
    }

    @Test
    void aPersonConflictDoesNotExcludeTheirWholeTeam() {
        ChairProfile chair = new ChairProfile(new ChairId(1), "Pat Chair", null, "IRO Team", java.math.BigDecimal.ONE,
                java.util.Set.of(java.time.DayOfWeek.MONDAY), 3,
                java.util.List.of(new ChairConflict("Sam Smith", "Social worker", "Assessment East",
                        ConflictReason.LINE_MANAGEMENT)),
                true);

        assertThat(strict.assess(chair, caseOf("Alex Other", "Jo Bell", "Assessment East")).independent()).isTrue();
        assertThat(strict.assess(chair, caseOf("Sam Smith", "Jo Bell", "Assessment East")).independent()).isFalse();
    }

    @Test
    void givesEveryReasonWhenSeveralConflictsApply() {
        ChairProfile chair = aChair().lineManaged("Sam Smith").operationallyInvolvedWith("Jo Bell").build();

        Independence answer = strict.assess(chair, caseOf("Sam Smith", "Jo Bell", "Assessment East"));

        assertThat(answer.reasons()).containsExactly("Sam Smith was line-managed by this chair",
                "This chair was operationally involved with Jo Bell");
    }

    @Test
    void unknownPeopleOnTheCaseMatchNoConflict() {
        Independence answer = strict.assess(aChair().lineManaged("Sam Smith").managedTeam("East").build(),
                caseOf(null, null, null));

        assertThat(answer.independent()).isTrue();
    }

    @Test
    void whenSwitchedOffNoCheckIsMadeAndTheAnswerSaysSo() {
        ChairIndependencePolicy off = new ChairIndependencePolicy(ChairIndependencePolicy.Mode.OFF);

        Independence answer = off.assess(aChair().lineManaged("Sam Smith").build(), caseOf("Sam Smith", null, null));

        assertThat(answer.independent()).isTrue();
        assertThat(answer.checked()).isFalse();
        assertThat(answer.reasons()).isEmpty();
    }
}
