package org.irohub.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irohub.children.ChildFixture;
import org.irohub.children.ChildId;
import org.irohub.children.internal.ChildRecordView;
import org.irohub.children.internal.ChildRecords;
import org.irohub.children.internal.SiblingGroupService;
import org.irohub.identity.Roles;
import org.irohub.support.IroHubTest;
import org.irohub.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The seed's 98 QPRs (section 8.2, table 8.3) raised, escalated and resolved through the service, and the summary
 * reproducing the table to the digit. They are dated in financial year 2001/02, which no other test uses, so the
 * whole-database totals are only these (the API test uses 2016/17 itself). A fifth of them are raised for a sibling
 * group of two, and still count once each.
 */
@IroHubTest
class EscalationSeedServiceTests {

    /** Table 8.3: per quarter, how many reached Informal, Stage 1 and Stage 2 at the highest. */
    static final int[][] TABLE_8_3 = { { 0, 34, 1 }, { 3, 15, 2 }, { 3, 17, 1 }, { 10, 12, 0 } };
    static final LocalDate[] QUARTER_STARTS = { LocalDate.of(2001, 4, 2), LocalDate.of(2001, 7, 2),
            LocalDate.of(2001, 10, 1), LocalDate.of(2002, 1, 7) };
    static final List<String> THEMES = List.of("DRIFT_AND_DELAY", "REPORTS", "NON_ATTENDANCE", "PLAN_NOT_PROGRESSED",
            "PRACTICE_STANDARDS");

    @Autowired
    EscalationService escalations;

    @Autowired
    EscalationReports reports;

    @Autowired
    TestUsers users;

    @Autowired
    ChildRecords childRecords;

    @Autowired
    SiblingGroupService siblingGroups;

    @Test
    void theSummaryOfTheSeeds98QprsReproducesTable8_3() {
        String[] chairs = { users.withRoles(Roles.CHAIR).username(), users.withRoles(Roles.CHAIR).username() };
        long[] children = new long[5];
        String secondLaChildId = null;
        for (int i = 0; i < children.length; i++) {
            ChildRecordView child = childRecords.create(ChildFixture.aChild().input());
            children[i] = child.id();
            secondLaChildId = i == 1 ? child.summary().laChildId() : secondLaChildId;
        }
        siblingGroups.addSibling(new ChildId(children[0]), secondLaChildId, chairs[0]);
        int forGroups = 0;
        int n = 0;
        for (int q = 0; q < 4; q++) {
            for (int stage = 0; stage < 3; stage++) {
                for (int k = 0; k < TABLE_8_3[q][stage]; k++, n++) {
                    LocalDate raised = QUARTER_STARTS[q].plusDays(n % 50);
                    String chair = chairs[n % 2];
                    // 8.2: 10 raised with health, housing, police and providers; the other 88 with social care.
                    String agency = n < 10 ? List.of("HEALTH", "HOUSING", "POLICE", "VOLUNTARY_PROVIDER").get(n % 4)
                            : "CHILDRENS_SOCIAL_CARE";
                    boolean wholeGroup = n % children.length == 0;
                    Escalation e = escalations.raise(new NewEscalation(children[n % children.length],
                            EscalationKind.QPR, raised, agency, THEMES.get(n % 5), "Seed QPR " + n, null, null, null,
                            wholeGroup), chair);
                    forGroups += e.getChildIds().size() == 2 ? 1 : 0;
                    if (stage >= 1) {
                        escalations.escalate(e.getId(), new StageChange(Stage.STAGE_1, raised.plusDays(1), null, null),
                                chair);
                    }
                    if (stage == 2) {
                        escalations.escalate(e.getId(), new StageChange(Stage.STAGE_2, raised.plusDays(3), null, null),
                                chair);
                    }
                    escalations.resolve(e.getId(), new Closing(raised.plusDays(5), "Agreed"), chair);
                }
            }
        }

        EscalationSummary summary = reports.summary(LocalDate.of(2001, 4, 1), LocalDate.of(2002, 3, 31));

        assertThat(forGroups).as("raised for the sibling group of two").isEqualTo(20);

        assertThat(summary.byQuarter()).extracting(EscalationSummary.QuarterCounts::total).containsExactly(35L, 20L,
                21L, 22L);
        assertThat(summary.byQuarter().get(0).counts()).containsAllEntriesOf(Map.of(Stage.INFORMAL, 0L,
                Stage.STAGE_1, 34L, Stage.STAGE_2, 1L, Stage.STAGE_3, 0L, Stage.STAGE_4, 0L, Stage.STAGE_5, 0L));
        assertThat(percentages(summary, 0)).containsExactly("0.00", "97.14", "2.86", "0.00", "0.00", "0.00");
        assertThat(percentages(summary, 1)).containsExactly("15.00", "75.00", "10.00", "0.00", "0.00", "0.00");
        assertThat(percentages(summary, 2)).containsExactly("14.29", "80.95", "4.76", "0.00", "0.00", "0.00");
        assertThat(percentages(summary, 3)).containsExactly("45.45", "54.55", "0.00", "0.00", "0.00", "0.00");
        assertThat(summary.totals().total()).isEqualTo(98);
        assertThat(summary.totals().counts()).containsAllEntriesOf(Map.of(Stage.INFORMAL, 16L, Stage.STAGE_1, 78L,
                Stage.STAGE_2, 4L, Stage.STAGE_3, 0L));
        assertThat(summary.totals().percentages().values()).extracting(BigDecimal::toPlainString)
            .containsExactly("16.33", "79.59", "4.08", "0.00", "0.00", "0.00");
        assertThat(summary.byAgency()).containsEntry("CHILDRENS_SOCIAL_CARE", 88L).containsEntry("HEALTH", 3L);
        assertThat(summary.byTheme()).containsEntry("DRIFT_AND_DELAY", 20L);
        assertThat(summary.byChair()).containsEntry(chairs[0], 49L).containsEntry(chairs[1], 49L);
        // 8.3: "94 were dealt with at the informal or stage 1"
        assertThat(summary.resolvedAtInformalOrStage1Count()).isEqualTo(94);
        assertThat(summary.resolvedAtInformalOrStage1()).isEqualByComparingTo("95.92");
        assertThat(summary.resolvedWithinTimescale()).isEqualByComparingTo("100.00");
    }

    private static List<String> percentages(EscalationSummary summary, int quarter) {
        return summary.byQuarter().get(quarter).percentages().values().stream().map(BigDecimal::toPlainString).toList();
    }
}
