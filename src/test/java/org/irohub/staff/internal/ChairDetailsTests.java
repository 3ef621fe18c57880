package org.irohub.staff.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.DayOfWeek;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChairDetailsTests {

    private static final List<String> MON_TO_WED = List.of("MONDAY", "TUESDAY", "WEDNESDAY");

    private static StaffValidationException refusal(String fte, List<String> days, String max) {
        return catchThrowableOfType(StaffValidationException.class,
                () -> ChairDetails.parse("Pat Chair", null, "IRO Team", fte, days, max));
    }

    @Test
    void acceptsAPartTimerAndTidiesWhatWasTyped() {
        ChairDetails details = ChairDetails.parse("  Pat   Chair ", " P.Chair ", "IRO Team North", "0.5", MON_TO_WED, "");

        assertThat(details.name()).isEqualTo("Pat Chair");
        assertThat(details.username()).isEqualTo("p.chair");
        assertThat(details.fte()).isEqualByComparingTo("0.50");
        assertThat(details.workingDays()).containsExactlyInAnyOrder(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY);
        assertThat(details.maxConferencesPerDay()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.1", "1.0", "0.75", "1" })
    void acceptsFteFromOneTenthToOne(String fte) {
        assertThat(ChairDetails.parse("Pat", null, "T", fte, MON_TO_WED, "3").fte()).isBetween(
                ChairDetails.MIN_FTE, ChairDetails.MAX_FTE);
    }

    @ParameterizedTest
    @ValueSource(strings = { "0.09", "0", "1.01", "2" })
    void refusesFteOutsideOneTenthToOne(String fte) {
        assertThat(refusal(fte, MON_TO_WED, "3").errors()).containsEntry("fte", "FTE must be from 0.1 to 1.0");
    }

    @Test
    void refusesFteThatIsNotANumber() {
        assertThat(refusal("half", MON_TO_WED, "3").errors())
            .containsEntry("fte", "Enter the FTE as a number from 0.1 to 1.0, for example 0.5");
    }

    @Test
    void needsAtLeastOneWorkingDay() {
        assertThat(refusal("1.0", List.of(), "3").errors())
            .containsEntry("workingDays", "Select at least one day the chair works");
        assertThat(refusal("1.0", null, "3").field()).isEqualTo("workingDays");
        assertThat(refusal("1.0", List.of("FUNDAY"), "3").errors())
            .containsEntry("workingDays", "Working days must be days of the week, such as MONDAY");
    }

    @ParameterizedTest
    @ValueSource(strings = { "0", "11", "two", "2.5" })
    void refusesADailyLimitOutsideOneToTen(String max) {
        assertThat(refusal("1.0", MON_TO_WED, max).errors())
            .containsEntry("maxConferencesPerDay", "Enter the most conferences a day as a whole number from 1 to 10");
    }

    @Test
    void reportsEveryProblemInFormOrder() {
        StaffValidationException e = catchThrowableOfType(StaffValidationException.class,
                () -> ChairDetails.parse(" ", "no spaces allowed", "", "5", List.of(), "0"));

        assertThat(e.errors()).containsOnlyKeys("name", "username", "team", "fte", "workingDays", "maxConferencesPerDay");
        assertThat(List.copyOf(e.errors().keySet())).containsExactly("name", "username", "team", "fte", "workingDays",
                "maxConferencesPerDay");
        assertThat(e.field()).isEqualTo("name");
    }
}
