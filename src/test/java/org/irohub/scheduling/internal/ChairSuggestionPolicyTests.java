package org.irohub.scheduling.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.CaseloadBand;
import org.irohub.staff.CaseloadMeasure;
import org.irohub.staff.ChairConflict;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairIndependencePolicy;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.ConflictReason;
import org.junit.jupiter.api.Test;

/** Each rule of the chair suggestions, and the order they are ranked in. */
class ChairSuggestionPolicyTests {

    private static final LocalDate TUESDAY = LocalDate.of(2017, 1, 10);
    private static final Slot TEN_O_CLOCK = Slot.of(TUESDAY, LocalTime.of(10, 0), null);
    private static final CaseInvolvement CASE = new CaseInvolvement("Sam Social", "Tess Manager", "Children's Team North");

    private final ChairSuggestionPolicy policy = new ChairSuggestionPolicy(ChairIndependencePolicy.strict(),
            CaseloadMeasure.iroHandbook());

    private long nextId = 1;
    private final List<ChairProfile> chairs = new ArrayList<>();
    private final Map<ChairId, List<Continuity>> continuity = new HashMap<>();
    private final Map<ChairId, List<Slot>> booked = new HashMap<>();
    private final Map<ChairId, Integer> caseload = new HashMap<>();

    private ChairProfile chair(String name, String fte, List<ChairConflict> conflicts, DayOfWeek... days) {
        EnumSet<DayOfWeek> working = days.length == 0 ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.copyOf(List.of(days));
        ChairProfile chair = new ChairProfile(new ChairId(nextId++), name, null, "IRO Team", new BigDecimal(fte),
                working, 3, conflicts, true);
        chairs.add(chair);
        return chair;
    }

    private ChairProfile chair(String name) {
        return chair(name, "1.00", List.of());
    }

    private List<ChairSuggestion> suggest() {
        return policy.suggest(new SuggestionInput(TEN_O_CLOCK, CASE, chairs, continuity, booked, caseload));
    }

    private ChairSuggestion suggestionFor(ChairProfile chair) {
        return suggest().stream().filter(s -> s.chair().equals(chair)).findFirst().orElseThrow();
    }

    private static Slot at(String from, String to) {
        return new Slot(TUESDAY, LocalTime.parse(from), LocalTime.parse(to));
    }

    @Test
    void aChairWhoChairedTheChildsLastConferenceSaysSo() {
        ChairProfile charlie = chair("Charlie Chair");
        continuity.put(charlie.id(), List.of(new Continuity("Alex", LocalDate.of(2017, 1, 16), true, false)));

        ChairSuggestion s = suggestionFor(charlie);

        assertThat(s.continuity()).isTrue();
        assertThat(s.reasons()).contains("Chaired Alex's last conference on 16 January 2017");
    }

    @Test
    void continuityCountsASiblingAndHidesANameTheUserMayNotSee() {
        ChairProfile charlie = chair("Charlie Chair");
        ChairProfile dana = chair("Dana Chair");
        continuity.put(charlie.id(), List.of(new Continuity("Sam", LocalDate.of(2016, 11, 3), false, true)));
        continuity.put(dana.id(), List.of(new Continuity("a sibling", LocalDate.of(2016, 12, 1), true, true)));

        assertThat(suggestionFor(charlie).reasons()).contains("Chaired Sam's conference (a sibling) on 3 November 2016");
        assertThat(suggestionFor(dana).reasons()).contains("Chaired a sibling's last conference on 1 December 2016");
        assertThat(suggestionFor(dana).continuity()).isTrue();
    }

    @Test
    void aChairNotIndependentOfTheCaseIsListedLastWithThePolicysReason() {
        ChairProfile conflicted = chair("Aaron Chair", "1.00",
                List.of(ChairConflict.person("Sam Social", ConflictReason.LINE_MANAGEMENT)));
        continuity.put(conflicted.id(), List.of(new Continuity("Alex", LocalDate.of(2017, 1, 2), true, false)));
        ChairProfile zoe = chair("Zoe Chair");
        caseload.put(zoe.id(), 69);

        List<ChairSuggestion> ranked = suggest();

        assertThat(ranked).extracting(ChairSuggestion::name).containsExactly("Zoe Chair", "Aaron Chair");
        ChairSuggestion last = ranked.get(1);
        assertThat(last.excluded()).isTrue();
        assertThat(last.reasons()).contains("Not independent of the case: Sam Social was line-managed by this chair");
    }

    @Test
    void aWholeTeamConflictExcludesTheChair() {
        ChairProfile former = chair("Former Manager", "1.00",
                List.of(ChairConflict.wholeTeam("Children's Team North", ConflictReason.LINE_MANAGEMENT)));

        assertThat(suggestionFor(former).excluded()).isTrue();
        assertThat(suggestionFor(former).reasons())
            .contains("Not independent of the case: The Children's Team North team was managed by this chair");
    }

    @Test
    void anIndependentChairSaysIndependenceWasCheckedOrThatThePeopleAreNotKnownYet() {
        ChairProfile charlie = chair("Charlie Chair");

        assertThat(suggestionFor(charlie).reasons())
            .contains("Independent of the case: no recorded conflict with its social worker, team manager or team");
        List<ChairSuggestion> unknown = policy.suggest(new SuggestionInput(TEN_O_CLOCK,
                new CaseInvolvement(null, " ", null), chairs, continuity, booked, caseload));
        assertThat(unknown.get(0).reasons())
            .contains("Independence not checked yet: enter the case's social worker, team manager and team");
        List<ChairSuggestion> off = new ChairSuggestionPolicy(new ChairIndependencePolicy(ChairIndependencePolicy.Mode.OFF),
                CaseloadMeasure.iroHandbook()).suggest(new SuggestionInput(TEN_O_CLOCK, CASE, chairs, continuity,
                        booked, caseload));
        assertThat(off.get(0).reasons()).contains("Independence not checked: the independence policy is switched off");
    }

    @Test
    void aFreeChairSaysHowManyConferencesTheyWouldHaveThatDay() {
        ChairProfile charlie = chair("Charlie Chair");
        booked.put(charlie.id(), List.of(at("13:00", "14:30")));

        ChairSuggestion s = suggestionFor(charlie);

        assertThat(s.available()).isTrue();
        assertThat(s.reasons()).contains("Free on Tuesday 10 January 2017 (2 of 3 conferences that day)");
    }

    @Test
    void aChairAlreadyChairingAtThatTimeIsNotFreeAndBackToBackIs() {
        ChairProfile busy = chair("Busy Chair");
        booked.put(busy.id(), List.of(at("09:30", "11:00")));
        ChairProfile backToBack = chair("Back To Back");
        booked.put(backToBack.id(), List.of(at("08:30", "10:00"), at("11:30", "13:00")));

        assertThat(suggestionFor(busy).available()).isFalse();
        assertThat(suggestionFor(busy).reasons())
            .contains("Already chairing a conference from 09:30 to 11:00 on 10 January 2017");
        assertThat(suggestionFor(backToBack).available()).isTrue();
    }

    @Test
    void aChairAtTheirDailyLimitOrNotWorkingThatDayIsNotFree() {
        ChairProfile full = chair("Full Chair");
        booked.put(full.id(), List.of(at("08:00", "09:00"), at("13:00", "14:00"), at("15:00", "16:00")));
        ChairProfile partTime = chair("Part Time", "0.60", List.of(), DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY);

        assertThat(suggestionFor(full).available()).isFalse();
        assertThat(suggestionFor(full).reasons())
            .contains("Already has 3 of 3 conferences on Tuesday 10 January 2017 (their daily limit)");
        assertThat(suggestionFor(partTime).available()).isFalse();
        assertThat(suggestionFor(partTime).reasons()).contains("Does not work on Tuesdays");
    }

    @Test
    void caseloadIsMeasuredPerFteAgainstTheBand() {
        ChairProfile under = chair("Under Chair");
        caseload.put(under.id(), 48);
        ChairProfile partTime = chair("Part Timer", "0.50", List.of());
        caseload.put(partTime.id(), 30);
        ChairProfile over = chair("Over Chair");
        caseload.put(over.id(), 75);

        assertThat(suggestionFor(under).reasons()).contains("Caseload 48 per FTE — under the 50–70 band");
        assertThat(suggestionFor(under).band()).isEqualTo(CaseloadBand.UNDER);
        assertThat(suggestionFor(partTime).reasons())
            .contains("Caseload 60 per FTE (30 children at 0.5 FTE) — within the 50–70 band");
        assertThat(suggestionFor(over).reasons()).contains("Caseload 75 per FTE — over the 50–70 band");
    }

    @Test
    void continuityComesBeforeAvailabilityWhichComesBeforeCaseload() {
        ChairProfile freeLight = chair("Free Light");
        caseload.put(freeLight.id(), 20);
        ChairProfile freeHeavy = chair("Free Heavy");
        caseload.put(freeHeavy.id(), 65);
        ChairProfile busyLight = chair("Busy Light");
        caseload.put(busyLight.id(), 5);
        booked.put(busyLight.id(), List.of(at("10:00", "11:30")));
        ChairProfile continuityBusyHeavy = chair("Continuity Busy Heavy");
        caseload.put(continuityBusyHeavy.id(), 70);
        booked.put(continuityBusyHeavy.id(), List.of(at("10:30", "12:00")));
        continuity.put(continuityBusyHeavy.id(), List.of(new Continuity("Alex", LocalDate.of(2016, 6, 1), true, false)));
        ChairProfile notIndependent = chair("Not Independent", "1.00",
                List.of(ChairConflict.person("Tess Manager", ConflictReason.OPERATIONAL_INVOLVEMENT)));
        caseload.put(notIndependent.id(), 0);

        assertThat(suggest()).extracting(ChairSuggestion::name)
            .containsExactly("Continuity Busy Heavy", "Free Light", "Free Heavy", "Busy Light", "Not Independent");
    }

    @Test
    void equalChairsAreOrderedByName() {
        chair("Bea Chair");
        chair("Ada Chair");

        assertThat(suggest()).extracting(ChairSuggestion::name).containsExactly("Ada Chair", "Bea Chair");
    }

    @Test
    void everySuggestionCarriesAReasonForEachRule() {
        ChairProfile charlie = chair("Charlie Chair");
        continuity.put(charlie.id(), List.of(new Continuity("Alex", LocalDate.of(2017, 1, 16), true, false)));
        caseload.put(charlie.id(), 48);

        assertThat(suggestionFor(charlie).reasons()).containsExactly(
                "Chaired Alex's last conference on 16 January 2017",
                "Independent of the case: no recorded conflict with its social worker, team manager or team",
                "Free on Tuesday 10 January 2017 (1 of 3 conferences that day)",
                "Caseload 48 per FTE — under the 50–70 band");
    }
}
