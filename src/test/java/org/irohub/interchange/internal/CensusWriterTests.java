package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.irohub.interchange.CensusSchema;
import org.junit.jupiter.api.Test;

class CensusWriterTests {

    @Test
    void theHeaderTimeKeepsItsSecondsOnTheMinuteAsTheSchemaRequires() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CensusWriter writer = new CensusWriter(out)) {
            writer.start(LocalDate.of(2017, 3, 31), "201", LocalDateTime.of(2017, 4, 3, 9, 0));
            writer.finish();
        }
        String xml = out.toString(StandardCharsets.UTF_8);
        assertThat(xml).contains("<DateTime>2017-04-03T09:00:00</DateTime>");
        // a return with no children breaks only the schema's "at least one Child"
        assertThat(CensusSchema.errors(out.toByteArray())).singleElement().asString().contains("Children");
    }
}
