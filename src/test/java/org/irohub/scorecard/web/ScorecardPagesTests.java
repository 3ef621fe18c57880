package org.irohub.scorecard.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.irohub.children.internal.ChildRecords;
import org.irohub.scorecard.ScorecardTestCases;
import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The scorecard page for the hand-worked year, its exports, and who may follow a count to the children. */
@IroHubTest
@AutoConfigureMockMvc
class ScorecardPagesTests {

    private static final String YEAR_1999 = "/scorecard?year=1999-00&part=YEAR";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    DataSource dataSource;

    @BeforeEach
    void cases() {
        ScorecardTestCases.year1999(dataSource, jdbc, childRecords);
    }

    private String page(String url, String role) throws Exception {
        return mvc.perform(get(url).with(user("u-" + role).roles(role)))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aManagerSeesEachFigureWithALinkToTheChildrenBehindIt() throws Exception {
        String html = page(YEAR_1999, "IRO_MANAGER");

        assertThat(html).contains("1 April 1999 to 31 March 2000", "Children on a plan at the end of the period",
                "46.2%", "/scorecard/drilldown?indicator=childrenOnPlanAtEnd&amp;from=1999-04-01&amp;to=2000-03-31",
                "indicator=plansStartedByInitialCategory&amp;category=NEG", "<svg", "aria-label=\"Twelve months Apr 1999 to Mar 2000: ",
                "Late notification", "Categories of abuse over time");
    }

    @Test
    void aPerformanceViewerSeesTheFiguresButNoWayToTheChildren() throws Exception {
        String html = page(YEAR_1999, "PERFORMANCE_VIEWER");

        assertThat(html).contains("46.2%").doesNotContain("/scorecard/drilldown");
        mvc.perform(get("/scorecard/drilldown?indicator=plansStarted&from=1999-04-01&to=2000-03-31")
            .with(user("viewer").roles("PERFORMANCE_VIEWER")))
            .andExpect(status().isForbidden());
        mvc.perform(get(YEAR_1999).with(user("chair").roles("CHAIR"))).andExpect(status().isForbidden());
    }

    @Test
    void theDrillDownPageListsTheChildren() throws Exception {
        String html = page("/scorecard/drilldown?indicator=icpcHeld&from=1999-04-01&to=2000-03-31", "IRO_MANAGER");

        assertThat(html).contains("Initial conferences held after a section 47 enquiry", "22 Jun 1999",
                "Section 47 start 1 Jun 1999", "/children/");
    }

    @Test
    void theDrillDownNamesCategoriesRatherThanShowingTheirCodes() throws Exception {
        String html = page("/scorecard/drilldown?indicator=childrenOnPlanAtEndByLatestCategory&category=EMO"
                + "&from=1999-04-01&to=2000-03-31", "IRO_MANAGER");

        assertThat(html).contains(": Emotional abuse</h1>", ">Emotional abuse</td>").doesNotContain(">EMO<");
    }

    @Test
    void anUnknownPeriodIsShownAsAnErrorAndTheLastMonthInstead() throws Exception {
        String html = page("/scorecard?year=2016-18&part=Q9", "IRO_MANAGER");

        assertThat(html).contains("There is a problem", "Choose a financial year from the list",
                "Choose the whole year, a quarter or a month from the list");
    }

    @Test
    void theCsvExportHasEveryIndicatorAndNoCellAFormulaCouldStartFrom() throws Exception {
        byte[] csv = mvc.perform(get("/scorecard/export.csv?year=1999-00&part=YEAR")
            .with(user("m").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Disposition", "attachment; filename=\"scorecard-1999-00-year.csv\""))
            .andReturn().getResponse().getContentAsByteArray();

        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)))
            .getRecords();
        assertThat(records).hasSize(1 + 19 + 10);
        assertThat(records).allSatisfy(r -> r.forEach(cell -> assertThat(cell).doesNotStartWith("=")
            .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
        assertThat(records.stream().filter(r -> r.get(0).equals("childrenOnPlanAtEnd")).findFirst().orElseThrow().get(3))
            .isEqualTo("14");
        assertThat(records.stream().map(r -> r.get(5))).anyMatch(change -> change.startsWith("'+"));
    }

    @Test
    void whereEnglandHasNotPublishedTheYearItsLatestEarlierFigureIsShownWithThatYear() throws Exception {
        // Seeded: children on a plan for 2017-18 (53,790) and 2024-25; nothing for 2018-19 to 2023-24. The page
        // separates thousands with commas; the export keeps the plain number.
        mvc.perform(get("/scorecard?year=2019-20&part=YEAR").with(user("m").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("53,790 (2017-18)")));

        byte[] csv = mvc.perform(get("/scorecard/export.csv?year=2019-20&part=YEAR").with(user("m").roles("IRO_MANAGER")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();
        CSVRecord onPlan = CSVFormat.DEFAULT.parse(new StringReader(new String(csv, StandardCharsets.UTF_8))).getRecords()
            .stream().filter(r -> r.get(0).equals("childrenOnPlanAtEnd")).findFirst().orElseThrow();
        assertThat(onPlan.get(6)).isEqualTo("53790");
        assertThat(onPlan.get(7)).isEqualTo("2017-18");
    }

    @Test
    void theXlsxExportHoldsNumbersAsNumbersAndTextMadeSafe() throws Exception {
        byte[] xlsx = mvc.perform(get("/scorecard/export.xlsx?year=1999-00&part=YEAR")
            .with(user("m").roles("PERFORMANCE_VIEWER")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("Scorecard");
            Row first = sheet.getRow(3);
            assertThat(first.getCell(0).getStringCellValue()).isEqualTo("childrenOnPlanAtEnd");
            assertThat(first.getCell(3).getNumericCellValue()).isEqualTo(14.0);
            for (Row row : sheet) {
                row.forEach(cell -> {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        assertThat(cell.getStringCellValue()).doesNotStartWith("=").doesNotStartWith("-")
                            .doesNotStartWith("+").doesNotStartWith("@");
                    }
                });
            }
        }
    }

    @Test
    void cellsThatStartLikeAFormulaAreQuoted() {
        assertThat(SafeCell.text("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(SafeCell.text("-13 (-3.0%)")).isEqualTo("'-13 (-3.0%)");
        assertThat(SafeCell.text("+2")).isEqualTo("'+2");
        assertThat(SafeCell.text("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SafeCell.text("Plans started")).isEqualTo("Plans started");
    }
}
