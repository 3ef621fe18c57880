package org.irohub.interchange.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.irohub.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 20,000 children in the 2016-17 return, read back with StAX and measured with the definitions of
 * {@code indicators.md} and the application's own reading of England and Wales bank holidays, against England's
 * 2016-17 figures. Tolerances allow for chance: at this size a share's standard error is under one point.
 */
class CensusGeneratorDistributionTests {

    private static final LocalDate REFERENCE = LocalDate.of(2017, 3, 31);
    private static final WorkingDayCalendar CALENDAR = RealBankHolidays.CALENDAR;

    @TempDir
    static Path dir;
    static List<SyntheticChild> children;
    static CensusFigures year;
    static GeneratorSummary summary;

    @BeforeAll
    static void generate() throws Exception {
        Path file = dir.resolve("cin-20k.xml");
        summary = CensusGenerator.write(GeneratorSettings.defaults().withChildren(20_000).withSeed(20_000), file);
        children = CensusFileReader.readAll(file);
        year = new CensusFigures(LocalDate.of(2016, 4, 1), REFERENCE, CALENDAR);
        children.forEach(year);
    }

    @Test
    void theCalendarUsedCountsChristmasBankHolidays() {
        assertThat(CALENDAR.addWorkingDays(LocalDate.of(2016, 12, 20), 15)).isEqualTo(LocalDate.of(2017, 1, 13));
    }

    @Test
    void aboutSeventySevenPercentOfIcpcsAreWithinFifteenWorkingDays() {
        assertThat(year.icpcHeld).isGreaterThan(4_000);
        assertThat(year.icpcWithin15Pct()).isCloseTo(77.0, within(2.5));
    }

    @Test
    void aboutNinetyTwoPercentOfChildrenOnPlansAreReviewedInTime() {
        assertThat(year.childrenOnPlan3MonthsAtEnd).isGreaterThan(2_000);
        assertThat(year.childrenReviewedInTimescalePct()).isCloseTo(92.0, within(2.5));
        assertThat(year.reviewsInTimescalePct()).isBetween(93.0, 98.0);
    }

    @Test
    void plansStartInEnglandsCategories() {
        assertThat(year.plansStarted).isGreaterThan(4_000);
        assertThat(year.categoryPct("NEG")).isCloseTo(48.0, within(2.5));
        assertThat(year.categoryPct("EMO")).isCloseTo(35.0, within(2.5));
        assertThat(year.categoryPct("PHY")).isCloseTo(7.0, within(1.5));
        assertThat(year.categoryPct("SAB")).isCloseTo(4.0, within(1.2));
        assertThat(year.categoryPct("MUL")).isCloseTo(6.0, within(1.5));
    }

    @Test
    void aboutOneInFivePlansIsASecondOrLaterPlan() {
        assertThat(year.secondOrSubsequentPct()).isCloseTo(18.7, within(3.0));
    }

    @Test
    void plansLastAboutNineToTwelveMonthsAndFewLastTwoYears() {
        assertThat(year.plansEnded).isGreaterThan(4_000);
        assertThat(year.lasting2YearsPct()).isCloseTo(3.5, within(1.2));
        assertThat(year.medianEndedPlanMonths()).isBetween(8.0, 12.0);
        assertThat(year.meanEndedPlanMonths()).isBetween(9.0, 12.0);
    }

    @Test
    void someEnquiriesNeedNoConferenceSomeChildrenAreUnbornAndManyEpisodesHaveNoProtectionWork() {
        assertThat(CensusFigures.percent(year.section47sIcpcNotRequired, year.section47s)).isBetween(10.0, 40.0);
        assertThat(year.unbornChildren).isBetween(10, 400);
        assertThat(CensusFigures.percent(year.episodesWithoutProtection, year.episodes)).isBetween(15.0, 40.0);
    }

    @Test
    void conferencesAndStrategyDiscussionsAreOnWorkingDaysOnly() {
        List<String> offDays = new ArrayList<>();
        for (SyntheticChild child : children) {
            for (Episode e : child.episodes()) {
                List<LocalDate> days = new ArrayList<>();
                e.section47s().forEach(s -> {
                    days.add(s.start());
                    if (s.icpc() != null) {
                        days.add(s.icpc());
                    }
                    if (s.icpcTarget() != null) {
                        days.add(s.icpcTarget());
                    }
                });
                if (e.transferInIcpc() != null) {
                    days.add(e.transferInIcpc());
                }
                e.plans().forEach(p -> days.addAll(p.reviews()));
                days.stream().filter(d -> !CALENDAR.isWorkingDay(d)).forEach(d -> offDays.add(child.laChildId() + " " + d));
            }
        }
        assertThat(offDays).isEmpty();
        assertThat(summary.initialConferences()).isGreaterThan(10_000);
    }

    @Test
    void aCleanFileBreaksNoneOfTheDfeRulesOnSection47sConferencesAndPlans() {
        CinRuleCheck check = new CinRuleCheck(REFERENCE, CALENDAR);
        children.forEach(check);
        assertThat(check.findings).isEmpty();
    }

    @Test
    void everyDateIsOnOrBeforeTheReferenceDateAndEachPlanKeepsItsOrder() {
        for (SyntheticChild child : children) {
            for (Episode e : child.episodes()) {
                assertThat(e.referralDate()).isBeforeOrEqualTo(REFERENCE);
                if (e.closureDate() != null) {
                    assertThat(e.closureDate()).isBeforeOrEqualTo(REFERENCE).isAfterOrEqualTo(e.referralDate());
                    assertThat(e.closureReason()).isNotNull();
                }
                for (ProtectionPlan plan : e.plans()) {
                    assertThat(plan.reviews()).isSorted().allSatisfy(r -> assertThat(r).isAfter(plan.start())
                        .isBeforeOrEqualTo(plan.end() == null ? REFERENCE : plan.end()));
                    if (plan.end() != null) {
                        assertThat(e.closureDate() == null || !e.closureDate().isBefore(plan.end())).isTrue();
                    }
                    else {
                        assertThat(e.closureDate()).as("an open plan keeps its episode open").isNull();
                    }
                }
            }
        }
    }

    @Test
    void idsAreUniqueAndAtMostTenCharacters() {
        Set<String> ids = new HashSet<>();
        children.forEach(c -> ids.add(c.laChildId()));
        assertThat(ids).hasSize(20_000).allSatisfy(id -> assertThat(id).hasSizeLessThanOrEqualTo(10).matches("[A-Z0-9/-]+"));
    }
}
