package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The generator keeps one child at a time: 100,000 children (about 150 MB of XML) are written by a JVM whose heap
 * is capped at 16 MB, from {@code target/classes} alone as the README's command runs it.
 */
class StreamingMemoryTests {

    @Test
    void writesOneHundredThousandChildrenWithSixteenMegabytesOfHeap() throws Exception {
        Path classes = Path.of(CensusGenerator.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx16m", "-cp", classes.toString(),
                CensusGenerator.class.getName(), "--children", "100000", "--out", "-")
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        String report = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(report).isZero();
        assertThat(report).contains("100000 children").doesNotContain("OutOfMemoryError");
    }
}
