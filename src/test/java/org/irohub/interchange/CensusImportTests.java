package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Importing CIN census returns through the public Java API: what is written, and that it merges. */
@IroHubTest
class CensusImportTests {

    static final LocalDate MARCH_2017 = LocalDate.of(2017, 3, 31);

    @Autowired
    CensusImports imports;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    static String id(String prefix) {
        return prefix + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
    }

    @Test
    void aSection47WithAnIcpcAPlanAndReviewsBecomeHeldConferencesWithTheirDueDates() {
        String la = id("IMP");
        CensusFile file = CensusFile.forYearEnding(MARCH_2017);
        file.child(la).bornOn(LocalDate.of(2012, 6, 1)).sex("M")
            .episode(LocalDate.of(2016, 4, 20))
            .section47(LocalDate.of(2016, 5, 3), LocalDate.of(2016, 5, 20))
            .plan(LocalDate.of(2016, 5, 20), null, "NEG", "EMO", "1", LocalDate.of(2016, 8, 19), LocalDate.of(2017, 2, 17));

        ImportReport report = imports.runNow(file.writeTo(dir), "importer");

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.summary()).isEqualTo(new ImportSummary(1, 1, 3, 2));
        assertThat(report.created()).isEqualTo(new ImportSummary(1, 1, 3, 2));
        long child = childId(la);
        assertThat(jdbc.sql("SELECT first_name, last_name, sex FROM child WHERE id = ?").param(child)
            .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getString(3)).single())
            .isEqualTo("null/null/MALE");
        Map<String, Object> discussion = jdbc.sql("""
                SELECT sd.held_on, sd.notified_on, sd.section47_started FROM strategy_discussion sd
                JOIN discussed_child dc ON dc.strategy_discussion = sd.id WHERE dc.child_id = ?""").param(child)
            .query().singleRow();
        assertThat(discussion.values()).containsExactly(java.sql.Date.valueOf("2016-05-03"),
                java.sql.Date.valueOf("2016-05-03"), true);
        List<String> conferences = jdbc.sql("""
                SELECT c.type || ' ' || c.status || ' ' || c.held_on || ' due ' || c.due_date || ' ' || c.outcome
                       || CASE WHEN c.strategy_discussion_id IS NULL THEN '' ELSE ' s47' END
                FROM conference c JOIN conference_child cc ON cc.conference = c.id WHERE cc.child_id = ? ORDER BY c.held_on
                """).param(child).query(String.class).list();
        // 15 working days after Tuesday 3 May 2016 is Tuesday 24 May
        assertThat(conferences).containsExactly("INITIAL HELD 2016-05-20 due 2016-05-24 PLAN_STARTED s47",
                "REVIEW HELD 2016-08-19 due 2016-08-20 PLAN_CONTINUES", "REVIEW HELD 2017-02-17 due 2017-02-19 PLAN_CONTINUES");
        assertThat(jdbc.sql("""
                SELECT p.initial_category || p.latest_category || p.previous_plans || ' ' || (p.started_at_conference = c.id)
                FROM child_protection_plan p JOIN conference c ON c.id = p.started_at_conference WHERE p.child_id = ?
                """).param(child).query(String.class).single()).isEqualTo("NEGEMO1 TRUE");
        assertThat(jdbc.sql("SELECT held_on || ' ' || due_on FROM plan_review WHERE child_id = ? ORDER BY held_on")
            .param(child).query(String.class).list())
            .containsExactly("2016-08-19 2016-08-20", "2017-02-17 2017-02-19");
        assertThat(jdbc.sql("""
                SELECT pcc.changed_on || ' ' || pcc.category FROM plan_category_change pcc
                JOIN child_protection_plan p ON p.id = pcc.child_protection_plan WHERE p.child_id = ? ORDER BY pcc.changed_on
                """).param(child).query(String.class).list())
            .containsExactly("2016-05-20 NEG", "2017-02-17 EMO");
    }

    @Test
    void bothSexElementsAreRead() {
        String boy = id("GCM");
        String girl = id("GCF");
        String unknown = id("GCU");
        CensusFile older = CensusFile.forYearEnding(LocalDate.of(2016, 3, 31)).withGenderCurrent();
        older.child(boy).sex("M").episode(LocalDate.of(2015, 6, 1));
        older.child(girl).sex("F").episode(LocalDate.of(2015, 6, 1));
        older.child(unknown).sex("U").episode(LocalDate.of(2015, 6, 1));
        assertThat(older.xml()).contains("<GenderCurrent>1</GenderCurrent>").doesNotContain("<Sex>");
        String newer = id("SXF");
        String digit = id("SX1");
        CensusFile current = CensusFile.forYearEnding(LocalDate.of(2025, 3, 31));
        current.child(newer).sex("F").episode(LocalDate.of(2024, 6, 1));
        current.child(digit).sex("1").episode(LocalDate.of(2024, 6, 1));

        assertThat(imports.runNow(older.writeTo(dir), "importer").status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(imports.runNow(current.writeTo(dir), "importer").status()).isEqualTo(ImportStatus.COMPLETED);

        assertThat(sexOf(boy)).isEqualTo("MALE");
        assertThat(sexOf(girl)).isEqualTo("FEMALE");
        assertThat(sexOf(unknown)).isEqualTo("UNKNOWN");
        assertThat(sexOf(newer)).isEqualTo("FEMALE");
        assertThat(sexOf(digit)).isEqualTo("MALE");
    }

    @Test
    void importingTheSameReturnTwiceChangesNothing() {
        String la = id("TWC");
        CensusFile file = CensusFile.forYearEnding(MARCH_2017);
        file.child(la).upn("A123456789012").episode(LocalDate.of(2016, 4, 20)).cinPlan(LocalDate.of(2016, 4, 25), LocalDate.of(2016, 5, 3))
            .section47(LocalDate.of(2016, 5, 3), LocalDate.of(2016, 5, 20))
            .section47(LocalDate.of(2016, 11, 1), null, null, true)
            .plan(LocalDate.of(2016, 5, 20), LocalDate.of(2017, 3, 1), "PHY", "NEG", LocalDate.of(2016, 8, 19), LocalDate.of(2017, 3, 1))
            .and().episode(LocalDate.of(2015, 1, 5)).closedOn(LocalDate.of(2015, 7, 1), "RC7").initialConference(LocalDate.of(2015, 2, 2));
        Path path = file.writeTo(dir);
        ImportReport first = imports.runNow(path, "importer");
        assertThat(first.created().children()).isEqualTo(1);
        String before = fingerprint(la);
        Map<String, Long> counts = RowCounts.of(jdbc);

        ImportReport second = imports.runNow(path, "importer");

        assertThat(second.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(second.summary()).isEqualTo(first.summary());
        assertThat(second.created()).isEqualTo(ImportSummary.NONE);
        assertThat(fingerprint(la)).isEqualTo(before);
        assertThat(RowCounts.changes(counts, RowCounts.of(jdbc))).containsOnlyKeys("census_import_child");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM census_import_child WHERE child_id = ?").param(childId(la))
            .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void theNextYearsReturnMergesThePlanItsEndAndItsReviews() {
        String la = id("NXT");
        LocalDate start = LocalDate.of(2016, 11, 18);
        CensusFile year1 = CensusFile.forYearEnding(MARCH_2017);
        year1.child(la).episode(LocalDate.of(2016, 10, 20)).section47(LocalDate.of(2016, 10, 31), start)
            .plan(start, null, "NEG", "NEG", LocalDate.of(2017, 2, 10));
        CensusFile year2 = CensusFile.forYearEnding(LocalDate.of(2018, 3, 31));
        year2.child(la).episode(LocalDate.of(2016, 10, 20)).closedOn(LocalDate.of(2017, 12, 1), "RC7")
            .plan(start, LocalDate.of(2017, 12, 1), "NEG", "EMO", LocalDate.of(2017, 2, 10), LocalDate.of(2017, 8, 4),
                    LocalDate.of(2017, 12, 1));

        imports.runNow(year1.writeTo(dir), "importer");
        ImportReport merged = imports.runNow(year2.writeTo(dir), "importer");

        assertThat(merged.created()).isEqualTo(new ImportSummary(0, 0, 2, 2));
        long child = childId(la);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM child_protection_plan WHERE child_id = ?").param(child).query(Long.class)
            .single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT end_date || ' ' || end_reason || ' ' || latest_category FROM child_protection_plan WHERE child_id = ?")
            .param(child).query(String.class).single()).isEqualTo("2017-12-01 NO_LONGER_AT_RISK EMO");
        assertThat(jdbc.sql("SELECT held_on || ' due ' || due_on FROM plan_review WHERE child_id = ? ORDER BY held_on")
            .param(child).query(String.class).list())
            .containsExactly("2017-02-10 due 2017-02-18", "2017-08-04 due 2017-08-10", "2017-12-01 due 2018-02-04");
        assertThat(jdbc.sql("""
                SELECT c.outcome FROM conference c JOIN conference_child cc ON cc.conference = c.id
                WHERE cc.child_id = ? AND c.held_on = DATE '2017-12-01'""").param(child).query(String.class).single())
            .isEqualTo("PLAN_ENDED");
        assertThat(jdbc.sql("SELECT closure_date FROM cin_episode WHERE child_id = ?").param(child)
            .query(LocalDate.class).single()).isEqualTo(LocalDate.of(2017, 12, 1));
    }

    @Test
    void anOlderReturnImportedAfterANewerOneDoesNotTurnThePlanBack() {
        String la = id("OLD");
        LocalDate start = LocalDate.of(2016, 11, 18);
        CensusFile newer = CensusFile.forYearEnding(LocalDate.of(2018, 3, 31));
        newer.child(la).episode(LocalDate.of(2016, 10, 20))
            .plan(start, LocalDate.of(2017, 12, 1), "NEG", "EMO", LocalDate.of(2017, 2, 10), LocalDate.of(2017, 8, 4));
        CensusFile older = CensusFile.forYearEnding(MARCH_2017);
        older.child(la).episode(LocalDate.of(2016, 10, 20)).section47(LocalDate.of(2016, 10, 31), start)
            .plan(start, null, "NEG", "NEG", LocalDate.of(2017, 2, 10));

        imports.runNow(newer.writeTo(dir), "importer");
        ImportReport report = imports.runNow(older.writeTo(dir), "importer");

        assertThat(report.created()).isEqualTo(new ImportSummary(0, 0, 1, 0));
        assertThat(jdbc.sql("SELECT end_date || ' ' || latest_category FROM child_protection_plan WHERE child_id = ?")
            .param(childId(la)).query(String.class).single()).isEqualTo("2017-12-01 EMO");
        assertThat(jdbc.sql("""
                SELECT c.held_on FROM child_protection_plan p JOIN conference c ON c.id = p.started_at_conference
                WHERE p.child_id = ?""").param(childId(la)).query(LocalDate.class).single())
            .as("the initial conference that arrived later is linked as the plan's start").isEqualTo(start);
    }

    @Test
    void aSubmittedImportRunsInTheBackgroundAndIsFoundByItsId() {
        String la = id("BGR");
        CensusFile file = CensusFile.forYearEnding(MARCH_2017);
        file.child(la).episode(LocalDate.of(2016, 6, 1));

        ImportId id = imports.submit(file.writeTo(dir), "importer");

        ImportReport report = await().atMost(Duration.ofSeconds(30))
            .until(() -> imports.find(id).orElseThrow(), r -> r.status() != ImportStatus.RUNNING);
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.progress()).isEqualTo(100);
        assertThat(report.summary().children()).isEqualTo(1);
        assertThat(imports.find(new ImportId(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void findingsNameTheRuleAndTheChildAndTheRecordIsKept() {
        String la = id("FND");
        CensusFile file = CensusFile.forYearEnding(MARCH_2017);
        file.child(la).episode(LocalDate.of(2016, 6, 1))
            .section47(LocalDate.of(2016, 5, 25), LocalDate.of(2016, 6, 11))
            .plan(LocalDate.of(2016, 6, 11), LocalDate.of(2016, 6, 11), "XYZ", "PHY", "");

        ImportReport report = imports.runNow(file.writeTo(dir), "importer");

        assertThat(report.findings()).extracting(ImportFinding::rule).contains("2889", "8875", "8840", "8905", "8730");
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("8840")).singleElement()
            .satisfies(f -> assertThat(f.laChildId()).isEqualTo(la));
        assertThat(jdbc.sql("SELECT initial_category || ' ' || latest_category || ' ' || previous_plans || ' ' || end_date "
                + "FROM child_protection_plan WHERE child_id = ?").param(childId(la)).query(String.class).single())
            .isEqualTo("PHY PHY 0 2016-06-11");
    }

    @Test
    void theDfeSampleReturnImportsBothItsChildrenUnderTheirOwnIds() throws Exception {
        ImportReport report = imports.runNow(dfeSample(), "importer");

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.summary()).isEqualTo(new ImportSummary(2, 1, 3, 1));
        assertThat(report.findings()).extracting(ImportFinding::rule).doesNotContain("IRO-ID")
            .contains("2884", "2889", "1104", "1105", "4016");
        assertThat(sexOf("DFEX0000001")).isEqualTo("MALE");
        assertThat(sexOf("CHILD_FAILS_ASSESSMENTS")).isEqualTo("MALE");
    }

    @Test
    void aChildWhoseIdCannotBeHeldIsReportedAndNothingIsWrittenForIt() throws Exception {
        String xml = Files.readString(dfeSample())
            .replace("DfEX0000001", "DfE.0000001").replace("child_fails_assessments", "x".repeat(51));
        Path file = Files.writeString(dir.resolve("unusable-ids.xml"), xml);
        Map<String, Long> counts = RowCounts.of(jdbc);

        ImportReport report = imports.runNow(file, "importer");

        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.summary().children()).isZero();
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("IRO-ID")).extracting(ImportFinding::laChildId)
            .containsExactly("DfE.0000001", "x".repeat(51));
        assertThat(RowCounts.changes(counts, RowCounts.of(jdbc))).containsOnlyKeys("census_import_finding");
    }

    @Test
    void aSampleLikeReturnWithUsableIdsImportsBothChildren() throws Exception {
        String first = id("SMP");
        String second = id("SMQ");
        String xml = Files.readString(dfeSample())
            .replace("DfEX0000001", first).replace("child_fails_assessments", second);
        Path file = Files.writeString(dir.resolve("sample-like.xml"), xml);

        ImportReport report = imports.runNow(file, "importer");

        assertThat(report.summary()).isEqualTo(new ImportSummary(2, 1, 3, 1));
        assertThat(report.findings()).extracting(ImportFinding::rule).contains("IRO-UPN", "2884", "1105");
        assertThat(sexOf(first)).isEqualTo("MALE");
        assertThat(sexOf(second)).isEqualTo("MALE");
        assertThat(jdbc.sql("SELECT former_upn || ' ' || upn_unknown || ' ' || disabilities FROM census_child WHERE child_id = ?")
            .param(childId(first)).query(String.class).single()).isEqualTo("X98765432123B UN3 HAND HEAR");
    }

    /** The DfE's sample return, published beside the 2026 schema. */
    Path dfeSample() throws Exception {
        return Path.of(getClass().getResource("/interchange/sample-CIN_Census_2026.xml").toURI());
    }

    String sexOf(String la) {
        return jdbc.sql("SELECT sex FROM child WHERE la_child_id = ?").param(la).query(String.class).single();
    }

    /** Every row about the child in the child and protection tables, with versions. */
    String fingerprint(String la) {
        long child = childId(la);
        return String.join("\n", jdbc.sql("""
                SELECT 'child ' || version || upn || updated_at FROM child WHERE id = :c
                UNION ALL SELECT 'sd ' || sd.id || sd.held_on || sd.version FROM strategy_discussion sd
                  JOIN discussed_child dc ON dc.strategy_discussion = sd.id WHERE dc.child_id = :c
                UNION ALL SELECT 'conf ' || c.id || c.type || c.held_on || c.due_date || c.version || c.outcome FROM conference c
                  JOIN conference_child cc ON cc.conference = c.id WHERE cc.child_id = :c
                UNION ALL SELECT 'plan ' || id || start_date || COALESCE(CAST(end_date AS VARCHAR), '-') || latest_category
                  || version FROM child_protection_plan WHERE child_id = :c
                UNION ALL SELECT 'review ' || plan_id || ' ' || conference_id || held_on || due_on FROM plan_review WHERE child_id = :c
                UNION ALL SELECT 'episode ' || id || referral_date || COALESCE(CAST(closure_date AS VARCHAR), '-') FROM cin_episode
                  WHERE child_id = :c
                ORDER BY 1
                """).param("c", child).query(String.class).list());
    }

    long childId(String la) {
        return jdbc.sql("SELECT id FROM child WHERE la_child_id = ?").param(la).query(Long.class).single();
    }
}
