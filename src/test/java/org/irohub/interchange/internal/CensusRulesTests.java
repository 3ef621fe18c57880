package org.irohub.interchange.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Plan;
import org.irohub.interchange.internal.CensusRecords.Section47;
import org.junit.jupiter.api.Test;

/** Each DfE rule the import reports: a case that breaks it and, beside it, the nearest case that does not. */
class CensusRulesTests {

    static final LocalDate REFERENCE = LocalDate.of(2017, 3, 31);
    static final LocalDate REFERRAL = LocalDate.of(2016, 6, 1);
    final CensusRules rules = new CensusRules(new CensusHeader(REFERENCE, "201"),
            WorkingDayCalendar.withHolidays(List.of(LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27))));

    static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Plan plan(String start, String end, String... reviews) {
        return new Plan(d(start), end == null ? null : d(end), "NEG", "NEG", 0, List.of(reviews).stream().map(LocalDate::parse).toList());
    }

    static Section47 s47(String start, String icpc) {
        return new Section47(start == null ? null : d(start), null, icpc == null ? null : d(icpc), false);
    }

    static Episode episode(LocalDate icpc, List<CinPlan> cinPlans, List<Section47> s47s, List<Plan> plans) {
        return new Episode(REFERRAL, "1A", "N1", null, null, icpc, cinPlans, s47s, false, plans);
    }

    static ChildRecord child(LocalDate death, Episode... episodes) {
        return new ChildRecord("C1", null, null, null, d("2010-01-01"), null, "F", death, "WBRI", List.of(), List.of(episodes));
    }

    List<String> rulesBroken(Episode... episodes) {
        return rules.check(child(null, episodes)).stream().map(ImportFinding::rule).toList();
    }

    List<String> planRules(Plan... plans) {
        return rulesBroken(episode(null, List.of(), List.of(), List.of(plans)));
    }

    @Test
    void rule1104AnIcpcBeforeTheReferral() {
        assertThat(rulesBroken(episode(d("2016-05-31"), List.of(), List.of(), List.of()))).contains("1104");
        assertThat(rulesBroken(episode(d("2016-06-01"), List.of(), List.of(), List.of()))).doesNotContain("1104");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-06-01", "2016-05-27")), List.of()))).contains("1104");
    }

    @Test
    void rule1105APlanStartingBeforeTheReferral() {
        assertThat(planRules(plan("2016-05-31", null))).contains("1105");
        assertThat(planRules(plan("2016-06-01", null))).doesNotContain("1105");
    }

    @Test
    void rule2884AnIcpcRecordedAtBothLevels() {
        assertThat(rulesBroken(episode(d("2016-06-20"), List.of(), List.of(s47("2016-06-02", "2016-06-20")), List.of())))
            .contains("2884");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-06-02", "2016-06-20")), List.of())))
            .doesNotContain("2884");
    }

    @Test
    void rule2885APlanNotStartingOnTheDayOfAnIcpc() {
        List<Section47> icpc = List.of(s47("2016-06-02", "2016-06-20"));
        assertThat(rulesBroken(episode(null, List.of(), icpc, List.of(plan("2016-06-21", null))))).contains("2885");
        assertThat(rulesBroken(episode(null, List.of(), icpc, List.of(plan("2016-06-20", null))))).doesNotContain("2885");
        assertThat(rulesBroken(episode(d("2016-07-04"), List.of(), List.of(), List.of(plan("2016-07-04", null)))))
            .doesNotContain("2885");
    }

    @Test
    void rule2889ASection47BeforeTheReferral() {
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-05-31", "2016-06-14")), List.of()))).contains("2889");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-06-01", "2016-06-14")), List.of())))
            .doesNotContain("2889");
    }

    @Test
    void rules4001And4016And4017ACinPlanOpenWithAChildProtectionPlan() {
        CinPlan openCin = new CinPlan(d("2016-07-01"), null);
        assertThat(rulesBroken(episode(null, List.of(openCin), List.of(), List.of(plan("2016-08-01", null)))))
            .contains("4001", "4017");
        assertThat(rulesBroken(episode(null, List.of(new CinPlan(d("2016-07-01"), d("2016-08-01"))), List.of(),
                List.of(plan("2016-08-01", null))))).doesNotContain("4001", "4016", "4017");
        assertThat(rulesBroken(episode(null, List.of(new CinPlan(d("2016-09-01"), d("2016-10-01"))), List.of(),
                List.of(plan("2016-08-01", "2016-12-01"))))).contains("4016").doesNotContain("4001", "4017");
        assertThat(rulesBroken(episode(null, List.of(new CinPlan(d("2016-12-01"), null)), List.of(),
                List.of(plan("2016-08-01", "2016-12-01"))))).doesNotContain("4001", "4016", "4017");
    }

    @Test
    void rule4003AReviewWhileACinPlanIsOpen() {
        CinPlan cin = new CinPlan(d("2016-07-01"), d("2016-12-01"));
        assertThat(rulesBroken(episode(null, List.of(cin), List.of(), List.of(plan("2016-06-10", "2016-07-01", "2016-10-01")))))
            .contains("4003");
        assertThat(rulesBroken(episode(null, List.of(cin), List.of(), List.of(plan("2016-06-10", "2016-12-05", "2016-12-01")))))
            .doesNotContain("4003");
        assertThat(rulesBroken(episode(null, List.of(cin), List.of(), List.of(plan("2016-06-10", "2016-10-01", "2016-10-01")))))
            .doesNotContain("4003");
    }

    @Test
    void rule8615ASection47StartingAfterItsIcpcOrMissing() {
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-02", "2016-07-01")), List.of()))).contains("8615");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47(null, "2016-07-01")), List.of()))).contains("8615");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-01", "2016-07-01")), List.of())))
            .doesNotContain("8615");
    }

    @Test
    void rule8675QASection47WithNoIcpcMoreThan15WorkingDaysBeforeTheReferenceDate() {
        // 15 working days after 9 March 2017 is 30 March, before the reference date; after 10 March it is 31 March
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2017-03-09", null)), List.of()))).contains("8675Q");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2017-03-10", null)), List.of()))).doesNotContain("8675Q");
        Section47 notRequired = new Section47(d("2016-07-01"), null, null, true);
        assertThat(rulesBroken(episode(null, List.of(), List.of(notRequired), List.of()))).doesNotContain("8675Q");
    }

    @Test
    void rule8730TheNumberOfPreviousPlansMissing() {
        Plan missing = new Plan(d("2016-07-01"), null, "NEG", "NEG", null, List.of());
        assertThat(planRules(missing)).contains("8730");
        assertThat(planRules(plan("2016-07-01", null))).doesNotContain("8730");
    }

    @Test
    void rule8839TwoOpenSection47EnquiriesInOneEpisode() {
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-01", null), s47("2016-09-01", null)), List.of())))
            .contains("8839");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-01", "2016-07-20"), s47("2016-09-01", null)),
                List.of()))).doesNotContain("8839");
    }

    @Test
    void rule8890ASection47StartingWhileAnotherIsOpen() {
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-01", "2016-07-20"), s47("2016-07-10", "2016-07-28")),
                List.of()))).contains("8890");
        assertThat(rulesBroken(episode(null, List.of(), List.of(s47("2016-07-01", "2016-07-20"), s47("2016-07-20", "2016-07-28")),
                List.of()))).doesNotContain("8890");
    }

    @Test
    void rule8840APlanStartingAndEndingOnOneDay() {
        assertThat(planRules(plan("2016-07-01", "2016-07-01"))).contains("8840");
        assertThat(planRules(plan("2016-07-01", "2016-07-02"))).doesNotContain("8840");
    }

    @Test
    void rule8841AReviewOnOrBeforeThePlanStart() {
        assertThat(planRules(plan("2016-07-01", null, "2016-07-01"))).contains("8841");
        assertThat(planRules(plan("2016-07-01", null, "2016-07-02"))).doesNotContain("8841");
    }

    @Test
    void rules8870QAnd8875WeekendIcpcTargetAndDate() {
        Section47 saturday = new Section47(d("2016-07-01"), d("2016-07-23"), d("2016-07-24"), false);
        assertThat(rulesBroken(episode(null, List.of(), List.of(saturday), List.of()))).contains("8870Q", "8875");
        Section47 weekdays = new Section47(d("2016-07-01"), d("2016-07-22"), d("2016-07-22"), false);
        assertThat(rulesBroken(episode(null, List.of(), List.of(weekdays), List.of()))).doesNotContain("8870Q", "8875");
        assertThat(rulesBroken(episode(d("2016-07-24"), List.of(), List.of(), List.of()))).contains("8875");
    }

    @Test
    void rules8905And8910CategoriesMissingOrInvalid() {
        assertThat(planRules(new Plan(d("2016-07-01"), null, "XYZ", null, 0, List.of()))).contains("8905", "8910");
        assertThat(planRules(new Plan(d("2016-07-01"), null, "neg", "MUL", 0, List.of()))).doesNotContain("8905", "8910");
    }

    @Test
    void rules8915And8920APlanStartingOrEndingAfterTheChildDied() {
        Episode e = episode(null, List.of(), List.of(), List.of(plan("2016-07-01", "2016-09-01")));
        assertThat(rules.check(child(d("2016-06-30"), e)).stream().map(ImportFinding::rule)).contains("8915", "8920");
        assertThat(rules.check(child(d("2016-08-01"), e)).stream().map(ImportFinding::rule)).contains("8920")
            .doesNotContain("8915");
        assertThat(rules.check(child(d("2016-09-01"), e)).stream().map(ImportFinding::rule)).doesNotContain("8915", "8920");
    }

    @Test
    void rule8925APlanEndingBeforeItStarts() {
        assertThat(planRules(plan("2016-07-01", "2016-06-30"))).contains("8925");
        assertThat(planRules(plan("2016-07-01", "2016-07-02"))).doesNotContain("8925");
    }

    @Test
    void rules8935And8940MoreThanOneOpenPlanAndOverlappingPlans() {
        assertThat(planRules(plan("2016-07-01", null), plan("2016-09-01", null))).contains("8935", "8940");
        assertThat(planRules(plan("2016-07-01", "2016-10-01"), plan("2016-09-01", null))).contains("8940")
            .doesNotContain("8935");
        assertThat(planRules(plan("2016-07-01", "2016-09-01"), plan("2016-09-01", null))).doesNotContain("8935", "8940");
    }

    @Test
    void rule2883MorePlansStartingThanInitialConferencesInTheReturn() {
        ReturnTotals totals = new ReturnTotals(new CensusHeader(REFERENCE, "201"));
        totals.add(child(null, episode(null, List.of(), List.of(s47("2016-07-01", "2016-07-20")),
                List.of(plan("2016-07-20", null)))));
        assertThat(totals.finding()).isEmpty();
        totals.add(child(null, episode(null, List.of(), List.of(), List.of(plan("2016-08-20", null)))));
        assertThat(totals.finding()).hasValueSatisfying(f -> {
            assertThat(f.rule()).isEqualTo("2883");
            assertThat(f.laChildId()).isNull();
        });
    }

    @Test
    void aFindingNamesTheChildAndSaysWhatIsWrongInPlainWords() {
        List<ImportFinding> findings = rules.check(child(null, episode(null, List.of(), List.of(),
                List.of(plan("2016-07-01", "2016-07-01")))));
        assertThat(findings).contains(new ImportFinding("8840",
                "The child protection plan starts and ends on the same day, 2016-07-01", "C1"));
    }
}
