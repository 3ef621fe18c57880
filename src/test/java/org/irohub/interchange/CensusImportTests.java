package org.irohub.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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

    long childId(String la) {
        return jdbc.sql("SELECT id FROM child WHERE la_child_id = ?").param(la).query(Long.class).single();
    }
}
