package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.irohub.calendar.BankHolidayFiles.aFile;
import static org.irohub.calendar.BankHolidayFiles.division;
import static org.irohub.calendar.BankHolidayFiles.event;
import static org.irohub.calendar.BankHolidayFiles.parsed;

import org.irohub.calendar.internal.BankHolidayFileException;
import org.junit.jupiter.api.Test;

class BankHolidaysFileTests {

    @Test
    void readsEveryKnownDivisionInDateOrderAndSkipsUnknownOnes() {
        var file = parsed(aFile(division("scotland", event("2025-12-01", "St Andrew’s Day"), event("2025-01-02", "2nd January")),
                division("atlantis", event("2025-06-01", "Founding day"))));

        assertThat(file.divisions()).containsOnlyKeys(Region.SCOTLAND);
        assertThat(file.divisions().get(Region.SCOTLAND)).containsExactly(new BankHoliday(of(2025, 1, 2), "2nd January"),
                new BankHoliday(of(2025, 12, 1), "St Andrew’s Day"));
    }

    @Test
    void refusesSomethingThatIsNotJson() {
        assertThatThrownBy(() -> parsed("<html>not json</html>")).isInstanceOf(BankHolidayFileException.class)
            .hasMessageContaining("not valid JSON");
    }

    @Test
    void refusesJsonOfTheWrongShape() {
        assertThatThrownBy(() -> parsed("[1, 2, 3]")).hasMessageContaining("GOV.UK bank holidays format");
        assertThatThrownBy(() -> parsed("{\"england-and-wales\": {\"division\": \"england-and-wales\"}}"))
            .hasMessageContaining("no list of \"events\"");
        assertThatThrownBy(() -> parsed(aFile(division("england-and-wales", "{\"date\": \"2025-01-01\"}"))))
            .hasMessageContaining("Event 1 of \"england-and-wales\" needs a \"date\" and a \"title\"");
        assertThatThrownBy(() -> parsed("{\"wales\": {\"events\": []}}")).hasMessageContaining("none of the divisions");
    }

    @Test
    void refusesADateThatIsNotARealDay() {
        assertThatThrownBy(() -> parsed(aFile(division("england-and-wales", event("2025-01-01", "Fine"),
                event("2025-13-40", "Bad"))))).isInstanceOf(BankHolidayFileException.class)
            .hasMessage("Event 2 of \"england-and-wales\" has the date \"2025-13-40\", which is not a real date in the form YYYY-MM-DD");
    }

    @Test
    void refusesTheSameDateTwiceInADivision() {
        assertThatThrownBy(() -> parsed(aFile(division("england-and-wales", event("2025-01-01", "A"),
                event("2025-01-01", "B"))))).hasMessageContaining("lists 2025-01-01 twice");
    }

    @Test
    void theBundledListHoldsAllThreeRegionsFrom2015To2027() {
        var file = org.irohub.calendar.internal.BankHolidaysFile
            .read(new org.springframework.core.io.ClassPathResource("calendar/bank-holidays.json"));

        assertThat(file.divisions()).containsOnlyKeys(Region.values());
        file.divisions().values().forEach(list -> {
            assertThat(list.get(0).date()).isEqualTo(of(2015, 1, 1));
            assertThat(list.get(list.size() - 1).date().getYear()).isEqualTo(2027);
        });
    }
}
