package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.junit.jupiter.api.Test;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Generated files are valid against the DfE schema of their flavour (copies of the XSDs in test resources). */
class CensusGeneratorSchemaTests {

    private static final GeneratorSettings SMALL = GeneratorSettings.defaults().withChildren(200).withSeed(42);

    @Test
    void a2026FileIsValidAgainstThe2026Schema() throws Exception {
        String xml = GeneratedFiles.text(SMALL);
        assertThat(errors("CIN_schema_2026.xsd", xml)).isEmpty();
        assertThat(xml).contains("<Sex>").doesNotContain("<GenderCurrent>").contains("<ICPCnotRequired>0<")
            .contains("<NumberOfPreviousCPP>0<");
    }

    @Test
    void aTenYearFileWithPlantedErrorsIsStillValidAgainstThe2026Schema() throws Exception {
        String xml = GeneratedFiles.text(SMALL.withYears(10).withErrorRate(0.2).withIndent(false));
        assertThat(errors("CIN_schema_2026.xsd", xml)).isEmpty();
    }

    /**
     * The 2024 schema types {@code NumberOfPreviousCPP} as {@code xs:positiveInteger}, but a first plan has 0
     * previous plans (cin-census.md), and writing 1 would turn every first plan into a second one. So the file
     * keeps 0 and is valid in everything else.
     */
    @Test
    void a2024FileIsValidAgainstThe2024SchemaApartFromZeroPreviousPlans() throws Exception {
        String xml = GeneratedFiles.text(SMALL.withSchema(SchemaFlavour.CIN_2024).withErrorRate(0.1));
        assertThat(xml).contains("<GenderCurrent>").doesNotContain("<Sex>").contains("<ICPCnotRequired>false<")
            .contains("<ReferralNFA>false<");
        assertThat(errors("CIN_schema_2024.xsd", xml)).isNotEmpty()
            .allSatisfy(error -> assertThat(error).contains("'0'").containsAnyOf("NumberOfPreviousCPP", "positiveInteger"));
        String firstPlansAsOne = xml.replace("<NumberOfPreviousCPP>0<", "<NumberOfPreviousCPP>1<");
        assertThat(errors("CIN_schema_2024.xsd", firstPlansAsOne)).isEmpty();
    }

    @Test
    void theDemoPresetEndsOnTheDayGivenAndIsValid() throws Exception {
        LocalDate today = LocalDate.of(2026, 11, 27);
        byte[] xml = GeneratedFiles.bytes(GeneratorSettings.demo(today));
        assertThat(errors("CIN_schema_2026.xsd", new String(xml, StandardCharsets.UTF_8))).isEmpty();
        List<SyntheticChild> children = new ArrayList<>();
        CensusFileReader.read(new ByteArrayInputStream(xml), children::add);
        assertThat(children).hasSize(400).allSatisfy(child -> assertThat(child.laChildId()).startsWith("GEN"));
        assertThat(children.stream().flatMap(c -> c.episodes().stream()).flatMap(e -> e.plans().stream()))
            .isNotEmpty()
            .allSatisfy(plan -> assertThat(plan.start()).isBeforeOrEqualTo(today));
    }

    @Test
    void the2024FlavourIsNotValidAgainstThe2026SchemaSoTheCheckHasTeeth() throws Exception {
        String xml = GeneratedFiles.text(SMALL.withChildren(5).withSchema(SchemaFlavour.CIN_2024));
        assertThat(errors("CIN_schema_2026.xsd", xml)).isNotEmpty();
    }

    private static List<String> errors(String schema, String xml) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        Validator validator = factory.newSchema(CensusGeneratorSchemaTests.class.getResource("/interchange/" + schema)).newValidator();
        List<String> errors = new ArrayList<>();
        validator.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                errors.add(e.getLineNumber() + ": " + e.getMessage());
            }
        });
        validator.validate(new StreamSource(new StringReader(xml)));
        return errors;
    }
}
