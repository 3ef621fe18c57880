package org.irohub.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.irohub.calendar.internal.TimescaleChangeRefused;
import org.irohub.calendar.internal.TimescaleChanging;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Administrators' changes, stored and audited. Each test changes a different timescale from a date far in the
 * future, so today's values, which other tests use, stay as shipped.
 */
@IroHubTest
class TimescaleChangesTests {

    @Autowired
    TimescaleChanging changing;

    @Autowired
    Timescales timescales;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeIsStoredAndAppliesOnlyFromItsEffectiveDate() {
        changing.change(TimescaleId.MINUTES_CORRECTIONS, 5, of(2090, 1, 2));

        assertThat(timescales.inForceOn(TimescaleId.MINUTES_CORRECTIONS, of(2090, 1, 1)).amount()).isEqualTo(10);
        assertThat(timescales.inForceOn(TimescaleId.MINUTES_CORRECTIONS, of(2090, 1, 2)).amount()).isEqualTo(5);
        assertThat(timescales.dueDate(TimescaleId.MINUTES_CORRECTIONS, of(2016, 12, 20))).isEqualTo(of(2017, 1, 6));
        assertThat(timescales.scheduledChanges(TimescaleId.MINUTES_CORRECTIONS)).extracting(TimescaleChange::amount).contains(5);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM timescale_change WHERE timescale = 'minutes-corrections' "
                + "AND effective_from = :d").param("d", of(2090, 1, 2)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aChangeIsAuditedWithTheNewValueAndDate() {
        changing.change(TimescaleId.TRANSFER_IN_CONFERENCE, 12, of(2090, 3, 4));

        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE action = 'TIMESCALE_CHANGED' "
                + "AND record_id = 'transfer-in-conference'").query(String.class).list())
            .contains("12 working days from 2090-03-04");
    }

    @Test
    void aStatutoryTimescaleCannotBeMadeLongerAndNothingIsStored() {
        assertThatThrownBy(() -> changing.change(TimescaleId.CLA_FIRST_REVIEW, 25, of(2090, 5, 6)))
            .isInstanceOf(TimescaleChangeRefused.class)
            .hasMessageContaining("statutory");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM timescale_change WHERE timescale = 'cla-first-review'")
            .query(Long.class).single()).isZero();
    }

    @Test
    void aChangeCannotStartInThePast() {
        assertThatThrownBy(() -> changing.change(TimescaleId.DECISION_LETTER, 2, of(2020, 1, 1)))
            .isInstanceOf(TimescaleChangeRefused.class)
            .extracting(e -> ((TimescaleChangeRefused) e).field())
            .isEqualTo("effectiveFrom");
    }
}
