package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
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
 * Files that are refused, each with a valid child before the problem: the import fails with a message that says
 * why, and no table gains or loses a row.
 */
@IroHubTest
class CensusRefusalTests {

    @Autowired
    CensusImports imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    /** A valid return whose last child is replaced by {@code trouble}, after an optional prologue. */
    String census(String prologue, String trouble) {
        String la = "REF" + Long.toString(System.nanoTime() % 1_000_000L, 36).toUpperCase();
        CensusFile file = CensusFile.forYearEnding(LocalDate.of(2017, 3, 31));
        file.child(la).episode(LocalDate.of(2016, 6, 1)).section47(LocalDate.of(2016, 6, 2), LocalDate.of(2016, 6, 20))
            .plan(LocalDate.of(2016, 6, 20), null, "NEG", "NEG");
        String xml = file.xml().replaceFirst("<\\?xml[^>]*>", "");
        return "<?xml version=\"1.0\"?>\n" + prologue + xml.replace("</Children>", trouble + "</Children>");
    }

    ImportReport refused(String xml) throws IOException {
        Path file = Files.writeString(dir.resolve("refused.xml"), xml);
        Map<String, Long> before = RowCounts.of(jdbc);
        ImportReport report = imports.runNow(file, "importer");
        assertThat(report.status()).isEqualTo(ImportStatus.FAILED);
        assertThat(RowCounts.changes(before, RowCounts.of(jdbc))).as("rows written").isEmpty();
        assertThat(report.summary()).isEqualTo(ImportSummary.NONE);
        return report;
    }

    @Test
    void aFileThatIsNotWellFormedIsRefusedWithWhereItBroke() throws IOException {
        ImportReport report = refused(census("", "<Child><ChildIdentifiers><LAchildID>BROKEN</ChildIdentifiers></Child>"));
        assertThat(report.message()).startsWith("The file is not well-formed XML (line").contains("LAchildID");
    }

    @Test
    void anExternalEntityIsRefusedAndNothingIsRead() throws IOException {
        ImportReport report = refused(census("<!DOCTYPE Message [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n",
                "<Child><ChildIdentifiers><LAchildID>&xxe;</LAchildID></ChildIdentifiers></Child>"));
        assertThat(report.message()).contains("DOCTYPE", "XXE").doesNotContain("root:");
    }

    @Test
    void aBillionLaughsEntityExpansionIsRefused() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Message [<!ENTITY lol \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                .append("\">");
        }
        dtd.append("]>\n");
        ImportReport report = refused(census(dtd.toString(), "<Child><ChildIdentifiers><LAchildID>&lol9;</LAchildID>"
                + "</ChildIdentifiers></Child>"));
        assertThat(report.message()).contains("DOCTYPE", "billion laughs");
    }

    @Test
    void anEntityWithoutADoctypeIsRefused() throws IOException {
        ImportReport report = refused(census("", "<Child><ChildIdentifiers><LAchildID>&lol;</LAchildID></ChildIdentifiers></Child>"));
        assertThat(report.message()).contains("entity &lol;");
    }

    @Test
    void anElementHoldingMoreThanTenThousandCharactersIsRefused() throws IOException {
        ImportReport report = refused(census("", "<Child><ChildIdentifiers><LAchildID>" + "A".repeat(10_001)
                + "</LAchildID></ChildIdentifiers></Child>"));
        assertThat(report.message()).contains("more than 10000 characters");
    }

    @Test
    void anOversizedTagIsStoppedOnTheRawBytesBeforeTheParserBuffersIt() throws IOException {
        // the parser hands long text over in pieces, but an attribute value only whole
        ImportReport report = refused(census("", "<Child note=\"" + "B".repeat(3 << 20) + "\"></Child>"));
        assertThat(report.message()).contains("without markup");
    }

    @Test
    void nestingDeeperThanAnyCensusElementIsRefused() throws IOException {
        ImportReport report = refused(census("", "<Child>" + "<x>".repeat(20) + "</x>".repeat(20) + "</Child>"));
        assertThat(report.message()).contains("nested more than 16 deep");
    }

    @Test
    void aFileThatIsNotACensusReturnIsRefused() throws IOException {
        ImportReport report = refused("<?xml version=\"1.0\"?><Invoice><Total>3</Total></Invoice>");
        assertThat(report.message()).isEqualTo("This is not a CIN census return: its first element is <Invoice>, not <Message>.");
    }
}
