package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The export: valid against the DfE 2025-26 schema and unchanged by a round trip through the importer. Each
 * test uses a census year of its own (in the 1980s) so that the return holds only its own children.
 */
@IroHubTest
class CensusExportTests {

    @Autowired
    CensusImports imports;

    @Autowired
    CensusExports exports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    static String id(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
    }

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    byte[] export(LocalDate referenceDate) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.write(referenceDate, out);
        return out.toByteArray();
    }

    /** A return for the year to 31 March of {@code year} with one child of each kind the census describes. */
    CensusFile aReturnOfEveryKind(int year, String prefix) {
        LocalDate ref = LocalDate.of(year, 3, 31);
        CensusFile file = CensusFile.forYearEnding(ref);
        file.child(id(prefix + "A")).bornOn(ref.minusYears(8)).sex("M").upn("A123456789012")
            .episode(ref.minusMonths(11)).cinPlan(ref.minusMonths(11).plusDays(3), ref.minusMonths(10))
            .section47(ref.minusMonths(10), ref.minusMonths(10).plusDays(19), ref.minusMonths(10).plusDays(18), false)
            .plan(ref.minusMonths(10).plusDays(18), null, "NEG", "EMO", "2", ref.minusMonths(7), ref.minusMonths(1));
        file.child(id(prefix + "B")).bornOn(ref.minusYears(12)).sex("F").diedOn(ref.minusMonths(2))
            .episode(ref.minusYears(2)).closedOn(ref.minusMonths(2), "RC2")
            .plan(ref.minusYears(2).plusDays(5), ref.minusMonths(2), "PHY", "PHY", ref.minusYears(2).plusMonths(3))
            .initialConference(ref.minusYears(2).plusDays(5));
        file.child(id(prefix + "C")).expectedOn(ref.plusMonths(2)).sex("U")
            .episode(ref.minusMonths(3)).section47(ref.minusMonths(3), null, null, true);
        file.child(id(prefix + "D")).bornOn(ref.minusYears(5)).sex("F")
            .episode(ref.minusMonths(6)).section47(ref.minusMonths(6), ref.minusMonths(6).plusDays(14))
            .plan(ref.minusMonths(6).plusDays(14), ref.plusMonths(1), "SAB", "SAB", ref.minusMonths(3), ref.plusDays(10))
            .and().episode(ref.minusYears(3)).closedOn(ref.minusYears(3).plusMonths(2), "RC7");
        return file;
    }

    @Test
    void theExportIsValidAgainstTheDfe2026Schema() throws Exception {
        ImportReport imported = imports.runNow(aReturnOfEveryKind(1971, "X").writeTo(dir), "exporter");
        assertThat(imported.summary().children()).isEqualTo(4);

        byte[] xml = export(LocalDate.of(1971, 3, 31));

        assertThat(CensusSchema.errors(xml)).isEmpty();
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("<ReferenceDate>1971-03-31</ReferenceDate>", "<LEA>201</LEA>", "<Sex>U</Sex>",
                "<ICPCnotRequired>1</ICPCnotRequired>", "<ExpectedPersonBirthDate>1971-05-31</ExpectedPersonBirthDate>",
                "<PersonDeathDate>1971-01-31</PersonDeathDate>", "<ReasonForClosure>RC2</ReasonForClosure>",
                "<UPN>A123456789012</UPN>", "<InitialCPCtarget>1970-06-19</InitialCPCtarget>");
        // as at the reference date: the plan ending after it is open, and the review after it is not yet held
        assertThat(text).doesNotContain("1971-04-30", "1971-04-10");
        // the episode closed before the census year is left out
        assertThat(text).doesNotContain("<CINreferralDate>1968-03-31</CINreferralDate>");
    }

    @Test
    void exportingAndImportingIntoTheSameRecordsChangesNothingAndExportsTheSameAgain() throws Exception {
        imports.runNow(aReturnOfEveryKind(1976, "Y").writeTo(dir), "exporter");
        byte[] first = export(LocalDate.of(1976, 3, 31));
        Map<String, Long> before = RowCounts.of(jdbc);

        ImportReport again = imports.runNow(Files.write(dir.resolve("export.xml"), first), "exporter");

        assertThat(again.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(again.summary().children()).isGreaterThanOrEqualTo(4);
        assertThat(again.created()).isEqualTo(ImportSummary.NONE);
        assertThat(RowCounts.changes(before, RowCounts.of(jdbc)).keySet()).isSubsetOf("census_import_child",
                "census_import_finding");
        assertThat(withoutTimestamp(export(LocalDate.of(1976, 3, 31)))).isEqualTo(withoutTimestamp(first));
    }

    @Test
    void aReturnImportedIntoFreshRecordsExportsAsItWasImported() throws Exception {
        imports.runNow(aReturnOfEveryKind(1981, "Z").writeTo(dir), "exporter");
        String exported = new String(export(LocalDate.of(1981, 3, 31)), StandardCharsets.UTF_8);
        String copy = shiftYears(exported.replace("<LAchildID>Z", "<LAchildID>W"), 5);

        ImportReport imported = imports.runNow(Files.writeString(dir.resolve("copy.xml"), copy), "exporter");

        assertThat(imported.created().children()).isEqualTo(4);
        String again = new String(export(LocalDate.of(1986, 3, 31)), StandardCharsets.UTF_8);
        assertThat(childrenStartingW(again)).hasSize(4).isEqualTo(childrenStartingW(copy));
    }

    static java.util.List<String> childrenStartingW(String xml) {
        return java.util.regex.Pattern.compile("<Child><ChildIdentifiers><LAchildID>W.*?</Child>").matcher(xml).results()
            .map(java.util.regex.MatchResult::group).sorted().toList();
    }

    static String withoutTimestamp(byte[] xml) {
        return new String(xml, StandardCharsets.UTF_8).replaceAll("<DateTime>[^<]*</DateTime>", "");
    }

    /** Moves every date of the 1980s forward, so the copy lands in a census year no other test uses. */
    static String shiftYears(String xml, int years) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(">(19[0-9]{2})-([0-9]{2})-([0-9]{2})<").matcher(xml);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            LocalDate date = LocalDate.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3)).plusYears(years);
            m.appendReplacement(out, ">" + date + "<");
        }
        return m.appendTail(out).toString();
    }
}
