package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class CensusWriterTests {

    @Test
    void theHeaderTimeKeepsItsSecondsOnTheMinuteAsXsDateTimeRequires() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusWriter writer = new CensusWriter(out)) {
            writer.start(LocalDate.of(2017, 3, 31), "201", LocalDateTime.of(2026, 11, 27, 2, 12));
        }

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("<DateTime>2026-11-27T02:12:00</DateTime>");
    }
}
