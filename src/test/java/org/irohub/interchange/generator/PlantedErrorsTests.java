package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** {@code --with-errors}: the breaches planted are the ones a DfE rule check finds, and nothing else is broken. */
class PlantedErrorsTests {

    /** Breaches that come with a planted one: a second, overlapping plan starts on no conference day. */
    private static final Set<String> COMPANIONS = Set.of("2883", "2885");

    @Test
    void eachPlantedBreachIsFoundByItsRule() throws Exception {
        GeneratorSettings settings = GeneratorSettings.defaults().withChildren(5_000).withSeed(99).withErrorRate(0.05);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratorSummary summary = CensusGenerator.write(settings, out);
        CinRuleCheck check = new CinRuleCheck(settings.referenceDate(), RealBankHolidays.CALENDAR);
        CensusFileReader.read(new ByteArrayInputStream(out.toByteArray()), check);

        assertThat(summary.plantedErrors().keySet()).hasSizeGreaterThanOrEqualTo(8);
        summary.plantedErrors().forEach((code, count) ->
            assertThat(check.findings.get(code)).as(code).hasSizeGreaterThanOrEqualTo(count));
        Set<String> expected = new HashSet<>(summary.plantedErrors().keySet());
        expected.addAll(COMPANIONS);
        assertThat(expected).containsAll(check.findings.keySet());
        int planted = summary.plantedErrors().values().stream().mapToInt(Integer::intValue).sum();
        Set<String> childrenWithFindings = new HashSet<>();
        check.findings.values().forEach(childrenWithFindings::addAll);
        assertThat(childrenWithFindings).hasSize(planted);
    }

    @Test
    void noErrorRateMeansNoneArePlanted() {
        GeneratorSummary summary = CensusGenerator.write(GeneratorSettings.defaults().withChildren(300),
                new ByteArrayOutputStream());
        assertThat(summary.plantedErrors()).isEmpty();
    }
}
