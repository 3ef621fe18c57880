package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CensusGeneratorDeterminismTests {

    private static final GeneratorSettings SETTINGS = GeneratorSettings.defaults().withChildren(500).withSeed(2017);

    @Test
    void theSameSeedGivesTheSameBytes() {
        assertThat(GeneratedFiles.bytes(SETTINGS)).isEqualTo(GeneratedFiles.bytes(SETTINGS));
        assertThat(GeneratedFiles.bytes(SETTINGS.withYears(10))).isEqualTo(GeneratedFiles.bytes(SETTINGS.withYears(10)));
    }

    @Test
    void anotherSeedGivesAnotherFile() {
        assertThat(GeneratedFiles.bytes(SETTINGS)).isNotEqualTo(GeneratedFiles.bytes(SETTINGS.withSeed(2018)));
    }

    @Test
    void theFlavourChangesOnlyHowSexAndYesNoAreWritten() {
        String v2026 = GeneratedFiles.text(SETTINGS);
        String v2024 = GeneratedFiles.text(SETTINGS.withSchema(SchemaFlavour.CIN_2024));
        String as2026 = v2024.replaceAll("<GenderCurrent>1</GenderCurrent>", "<Sex>M</Sex>")
            .replaceAll("<GenderCurrent>2</GenderCurrent>", "<Sex>F</Sex>")
            .replaceAll("<GenderCurrent>0</GenderCurrent>", "<Sex>U</Sex>")
            .replaceAll(">true<", ">1<").replaceAll(">false<", ">0<");
        assertThat(as2026).isEqualTo(v2026);
    }

    @Test
    void plantingErrorsChangesOnlyTheChildrenItPlantsThemIn() throws Exception {
        List<SyntheticChild> clean = read(GeneratedFiles.bytes(SETTINGS));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        GeneratorSummary summary = CensusGenerator.write(SETTINGS.withErrorRate(0.1), out);
        List<SyntheticChild> withErrors = read(out.toByteArray());
        long changed = IntStream.range(0, clean.size()).filter(i -> !clean.get(i).equals(withErrors.get(i))).count();
        int planted = summary.plantedErrors().values().stream().mapToInt(Integer::intValue).sum();
        assertThat(planted).isBetween(30, 70);
        assertThat(changed).isEqualTo(planted);
    }

    @Test
    void idsArePrefixedNumbersOfOneWidthAndUnique() throws Exception {
        List<SyntheticChild> children = read(GeneratedFiles.bytes(SETTINGS.withIdPrefix("LA7-")));
        assertThat(children).hasSize(500);
        assertThat(children.get(0).laChildId()).isEqualTo("LA7-0001");
        assertThat(children.get(499).laChildId()).isEqualTo("LA7-0500");
        assertThat(children.stream().map(SyntheticChild::laChildId).distinct().count()).isEqualTo(500);
    }

    private static List<SyntheticChild> read(byte[] xml) throws Exception {
        List<SyntheticChild> children = new ArrayList<>();
        CensusFileReader.read(new ByteArrayInputStream(xml), children::add);
        return children;
    }
}
