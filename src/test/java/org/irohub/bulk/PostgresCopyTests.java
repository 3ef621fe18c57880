package org.irohub.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.SqlParameterValue;

class PostgresCopyTests {

    @Test
    void parametersAndPlainConstantsCanBeCopied() {
        assertThat(PostgresCopy.of("conference", "type, status, version, note, pre_birth, outcome",
                "?, 'HELD', 0, 'it''s', FALSE, NULL")).isNotNull();
    }

    @Test
    void aValueThatNeedsEvaluatingCannotBeCopied() {
        assertThat(PostgresCopy.of("conference", "type, created_at", "?, CURRENT_TIMESTAMP")).isNull();
        assertThat(PostgresCopy.of("conference", "type, created_at", "?, now()")).isNull();
        assertThat(PostgresCopy.of("conference", "type, version", "?, 1 + 1")).isNull();
    }

    @Test
    void aValuesListThatDoesNotMatchItsColumnsCannotBeCopied() {
        assertThat(PostgresCopy.of("conference", "type, status", "?")).isNull();
    }

    @Test
    void valuesAreSpelledAsCopyTextFormatReadsThem() {
        assertThat(text(null)).isEqualTo("\\N");
        assertThat(text(new SqlParameterValue(Types.DATE, null))).isEqualTo("\\N");
        assertThat(text(new SqlParameterValue(Types.DATE, LocalDate.of(2024, 2, 29)))).isEqualTo("2024-02-29");
        assertThat(text(true)).isEqualTo("t");
        assertThat(text(false)).isEqualTo("f");
        assertThat(text(42L)).isEqualTo("42");
        assertThat(text(Thread.State.NEW)).isEqualTo("NEW");
        assertThat(text("a\tb\nc\rd\\e 'f'")).isEqualTo("a\\tb\\nc\\rd\\\\e 'f'");
    }

    @Test
    void aTimestampSaysTheZoneItWasMeantIn() {
        Timestamp at = Timestamp.valueOf("2026-03-29 01:30:00");

        assertThat(text(at)).isEqualTo(at.toLocalDateTime().atZone(ZoneId.systemDefault()).toOffsetDateTime().toString());
    }

    private static String text(Object value) {
        StringBuilder out = new StringBuilder();
        PostgresCopy.value(out, value);
        return out.toString();
    }
}
