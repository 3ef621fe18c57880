package org.irohub.staff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irohub.staff.ChairFixture.aChair;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ChairProfileTests {

    private static final LocalDate MONDAY = LocalDate.of(2025, 3, 3);

    @Test
    void aPartTimerWorksOnlyOnTheirDays() {
        ChairProfile partTimer = aChair().withFte("0.6")
            .working(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY)
            .build();

        assertThat(partTimer.worksOn(MONDAY)).isTrue();
        assertThat(partTimer.worksOn(MONDAY.plusDays(2))).isTrue();
        assertThat(partTimer.worksOn(MONDAY.plusDays(3))).isFalse();
        assertThat(partTimer.worksOn(MONDAY.plusDays(5))).isFalse();
    }

    @Test
    void aChairWhoHasLeftWorksOnNoDay() {
        assertThat(aChair().whoHasLeft().build().worksOn(MONDAY)).isFalse();
    }

    @Test
    void aConflictNamesAPersonOrATeam() {
        ChairConflict team = ChairConflict.wholeTeam(" Assessment   East ", ConflictReason.LINE_MANAGEMENT);

        assertThat(team.isWholeTeam()).isTrue();
        assertThat(team.subject()).isEqualTo("Team: Assessment East");
        assertThat(ChairConflict.person("Sam Smith", ConflictReason.LINE_MANAGEMENT).isWholeTeam()).isFalse();
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> new ChairConflict(" ", null, "", ConflictReason.LINE_MANAGEMENT))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
