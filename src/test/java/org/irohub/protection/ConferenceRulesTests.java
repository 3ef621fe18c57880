package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ConferenceRulesTests {

    private static final Set<String> KNOWN = Set.of("MISSING_REPORT", "LATE_NOTIFICATION");
    private static final LocalDate DUE = LocalDate.of(2017, 1, 13);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void aConferenceHeldOnItsDueDateNeedsNoReason() {
        assertThat(ConferenceRules.lateReasons(DUE, DUE, List.of(), KNOWN)).isEmpty();
    }

    @Test
    void reasonsGivenForAConferenceHeldInTimeAreNotKept() {
        assertThat(ConferenceRules.lateReasons(DUE.minusDays(1), DUE, List.of("MISSING_REPORT"), KNOWN)).isEmpty();
    }

    @Test
    void aConferenceHeldTheDayAfterItsDueDateNeedsAReasonAndIsRefusedWith422() {
        assertThatThrownBy(() -> ConferenceRules.lateReasons(DUE.plusDays(1), DUE, List.of(), KNOWN))
            .isInstanceOfSatisfying(ProtectionException.class, e -> {
                assertThat(e.kind()).isEqualTo(ProtectionException.Kind.UNPROCESSABLE);
                assertThat(e.field()).isEqualTo("lateReasons");
            });
    }

    @Test
    void anUnknownReasonIsInvalidInput() {
        assertThatThrownBy(() -> ConferenceRules.lateReasons(DUE.plusDays(1), DUE, List.of("TRAFFIC"), KNOWN))
            .isInstanceOfSatisfying(ProtectionException.class,
                    e -> assertThat(e.kind()).isEqualTo(ProtectionException.Kind.INVALID));
    }

    @Test
    void reasonCodesAreMatchedWithoutCaseOrSpaces() {
        assertThat(ConferenceRules.lateReasons(DUE.plusDays(3), DUE, List.of(" missing_report "), KNOWN))
            .containsExactly("MISSING_REPORT");
    }

    @Test
    void aConferenceCannotBeHeldBeforeTheStrategyDiscussionOrInTheFuture() {
        LocalDate discussion = LocalDate.of(2016, 12, 20);
        assertThatThrownBy(() -> ConferenceRules.checkHeldOn(discussion.minusDays(1), discussion, "the strategy discussion", TODAY))
            .hasMessageContaining("before the strategy discussion on 2016-12-20");
        assertThatThrownBy(() -> ConferenceRules.checkHeldOn(TODAY.plusDays(1), discussion, "the strategy discussion", TODAY))
            .hasMessageContaining("today or in the past");
        ConferenceRules.checkHeldOn(discussion, discussion, "the strategy discussion", TODAY);
    }

    @Test
    void anUnknownCategoryIsRefusedAndCodesAreReadWithoutCase() {
        assertThat(ConferenceRules.category("emo", "category", true)).isEqualTo(Category.EMO);
        assertThatThrownBy(() -> ConferenceRules.category("XYZ", "category", true))
            .isInstanceOfSatisfying(ProtectionException.class, e -> assertThat(e.field()).isEqualTo("category"));
        assertThat(ConferenceRules.category(null, "category", false)).isNull();
    }
}
