package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeneratorCommandTests {

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @TempDir
    Path dir;

    private int run(String... args) {
        return GeneratorCommand.run(args, new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheFileAskedForAndReportsWhatIsInIt() throws Exception {
        Path out = dir.resolve("sub/cin.xml");
        int status = run("--children", "150", "--reference-date", "2024-03-31", "--years", "3", "--seed", "5",
                "--schema", "2024", "--prefix", "t", "--lea", "201", "--with-errors", "0.1", "--compact",
                "--out", out.toString());

        assertThat(status).isZero();
        String xml = Files.readString(out);
        assertThat(xml).contains("<ReferenceDate>2024-03-31</ReferenceDate>", "<LEA>201</LEA>", "<LAchildID>T0001<",
            "<GenderCurrent>").doesNotContain("\n  <Children>");
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("150 children", "plans", "MB");
        List<SyntheticChild> children = CensusFileReader.readAll(out);
        assertThat(children).hasSize(150);
        assertThat(children).allSatisfy(c -> assertThat(c.episodes()).allSatisfy(
            e -> assertThat(e.referralDate()).isBeforeOrEqualTo(LocalDate.of(2024, 3, 31))));
    }

    @Test
    void writesToStandardOutputForADash() {
        assertThat(run("--children", "3", "--out", "-")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).startsWith("<?xml").contains("<LAchildID>SYN0003<");
    }

    @Test
    void explainsItsOptions() {
        assertThat(run("--help")).isZero();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).contains("--children", "--years", "--schema", "--with-errors");
    }

    @Test
    void refusesUnknownOptionsAndBadValuesWithTheReason() {
        assertThat(run("--colour", "red")).isEqualTo(2);
        assertThat(run("--children", "many")).isEqualTo(2);
        assertThat(run("--schema", "2019")).isEqualTo(2);
        assertThat(run("--children")).isEqualTo(2);
        assertThat(stderr.toString(StandardCharsets.UTF_8)).contains("Unknown option --colour", "Not a valid value",
            "Schema must be 2026", "--children needs a value");
    }

    @Test
    void refusesIdsThatWouldBeLongerThanAnLaChildIdMayBe() {
        assertThatIllegalArgumentException()
            .isThrownBy(() -> GeneratorSettings.defaults().withIdPrefix("P".repeat(49)).withChildren(10))
            .withMessageContaining("over 50 characters");
        assertThat(GeneratorSettings.defaults().withChildren(99).withIdPrefix("P".repeat(46)).laChildId(7))
            .isEqualTo("P".repeat(46) + "0007");
        assertThat(GeneratorSettings.defaults().withIdPrefix("SYN").withChildren(9_999_999).laChildId(42))
            .isEqualTo("SYN0000042");
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorSettings.defaults().withLea("99"));
        assertThatIllegalArgumentException().isThrownBy(() -> GeneratorSettings.defaults().withErrorRate(1.5));
    }
}
