package org.irohub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;

import org.junit.jupiter.api.Test;

/** The clash rule: two slots clash when they share any time; back to back is fine. */
class SlotTests {

    private static final LocalDate TUESDAY = LocalDate.of(2017, 1, 10);

    private static Slot slot(String from, String to) {
        return new Slot(TUESDAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void backToBackSlotsDoNotClash() {
        assertThat(slot("10:00", "11:30").clashesWith(slot("11:30", "13:00"))).isFalse();
        assertThat(slot("11:30", "13:00").clashesWith(slot("10:00", "11:30"))).isFalse();
    }

    @Test
    void slotsThatShareAMinuteClash() {
        assertThat(slot("10:00", "11:30").clashesWith(slot("11:29", "13:00"))).isTrue();
        assertThat(slot("11:29", "13:00").clashesWith(slot("10:00", "11:30"))).isTrue();
    }

    @Test
    void aSlotInsideAnotherOrTheSameSlotClashes() {
        assertThat(slot("09:00", "17:00").clashesWith(slot("10:00", "11:30"))).isTrue();
        assertThat(slot("10:00", "11:30").clashesWith(slot("09:00", "17:00"))).isTrue();
        assertThat(slot("10:00", "11:30").clashesWith(slot("10:00", "11:30"))).isTrue();
    }

    @Test
    void theSameTimesOnAnotherDayDoNotClash() {
        Slot wednesday = new Slot(TUESDAY.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 30));
        assertThat(slot("10:00", "11:30").clashesWith(wednesday)).isFalse();
    }

    @Test
    void aSlotIsAnHourAndAHalfUnlessItsEndIsGiven() {
        assertThat(Slot.of(TUESDAY, LocalTime.of(10, 0), null).end()).isEqualTo(LocalTime.of(11, 30));
        assertThat(Slot.of(TUESDAY, LocalTime.of(10, 0), LocalTime.of(12, 0)).end()).isEqualTo(LocalTime.of(12, 0));
        assertThat(slot("10:00", "11:30").describe()).isEqualTo("from 10:00 to 11:30 on 10 January 2017");
    }

    @Test
    void aSlotEndsAfterItStarts() {
        assertThatThrownBy(() -> slot("11:30", "10:00")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> slot("10:00", "10:00")).isInstanceOf(IllegalArgumentException.class);
    }
}
