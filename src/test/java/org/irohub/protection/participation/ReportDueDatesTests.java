package org.irohub.protection.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleDirection;
import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.TimescaleUnit;
import org.irohub.calendar.WorkingDayCalendar;
import org.irohub.protection.ConferenceType;
import org.junit.jupiter.api.Test;

/** Reports count back from the conference in working days, skipping the Christmas and New Year bank holidays. */
class ReportDueDatesTests {

    private static final WorkingDayCalendar CHRISTMAS_2016 = WorkingDayCalendar.withHolidays(
            List.of(LocalDate.of(2016, 12, 26), LocalDate.of(2016, 12, 27), LocalDate.of(2017, 1, 2)));

    private static final Map<TimescaleId, Timescale> LOCAL_DEFAULTS = Map.of(
            TimescaleId.REPORT_TO_CHAIR_BEFORE_ICPC, before(TimescaleId.REPORT_TO_CHAIR_BEFORE_ICPC, 2),
            TimescaleId.REPORT_TO_CHAIR_BEFORE_REVIEW, before(TimescaleId.REPORT_TO_CHAIR_BEFORE_REVIEW, 5),
            TimescaleId.REPORT_SHARED_WITH_PARENTS, before(TimescaleId.REPORT_SHARED_WITH_PARENTS, 3));

    private final ReportDueDates dueDates = new ReportDueDates(
            (id, basis) -> LOCAL_DEFAULTS.get(id).dueFrom(basis, CHRISTMAS_2016));

    private static Timescale before(TimescaleId id, int days) {
        return new Timescale(id, "report", "the conference", days, TimescaleUnit.WORKING_DAYS, TimescaleDirection.BEFORE,
                false, "local");
    }

    private static ConferenceInvitee socialWorker(boolean expected, LocalDate receivedOn) {
        return new ConferenceInvitee(1, "Sam", InviteeKind.AGENCY, Agency.CHILDRENS_SOCIAL_CARE, "Social worker", true,
                null, expected, receivedOn);
    }

    @Test
    void theReportForAnInitialConferenceAfterNewYearIsDueBeforeTheBankHoliday() {
        // Tue 3 Jan 2017: Mon 2 Jan is a bank holiday, so two working days back is Thu 29 Dec.
        assertThat(dueDates.toChair(ConferenceType.INITIAL, LocalDate.of(2017, 1, 3))).isEqualTo(LocalDate.of(2016, 12, 29));
    }

    @Test
    void theReportForAReviewCountsFiveWorkingDaysBackOverChristmas() {
        // Wed 4 Jan 2017: 3 Jan, 30, 29, 28 and 23 Dec (26 and 27 Dec are bank holidays).
        assertThat(dueDates.toChair(ConferenceType.REVIEW, LocalDate.of(2017, 1, 4))).isEqualTo(LocalDate.of(2016, 12, 23));
    }

    @Test
    void aTransferInConferenceUsesTheInitialConferenceTimescale() {
        assertThat(dueDates.toChair(ConferenceType.TRANSFER_IN, LocalDate.of(2017, 1, 3))).isEqualTo(LocalDate.of(2016, 12, 29));
    }

    @Test
    void theSocialWorkersReportIsSharedWithParentsThreeWorkingDaysBefore() {
        Report report = dueDates.report(socialWorker(true, null), ConferenceType.INITIAL, LocalDate.of(2017, 1, 3), false,
                LocalDate.of(2016, 12, 20));
        assertThat(report.sharedWithParentsBy()).isEqualTo(LocalDate.of(2016, 12, 28));
        assertThat(report.status()).isEqualTo(ReportStatus.AWAITED);
    }

    @Test
    void aReportReceivedOnItsDueDateIsOnTimeAndTheDayAfterIsLate() {
        LocalDate meeting = LocalDate.of(2017, 1, 3);
        LocalDate today = LocalDate.of(2017, 1, 3);
        assertThat(dueDates.report(socialWorker(true, LocalDate.of(2016, 12, 29)), ConferenceType.INITIAL, meeting, false, today)
            .status()).isEqualTo(ReportStatus.ON_TIME);
        assertThat(dueDates.report(socialWorker(true, LocalDate.of(2016, 12, 30)), ConferenceType.INITIAL, meeting, false, today)
            .status()).isEqualTo(ReportStatus.LATE);
    }

    @Test
    void aMissingReportIsOverdueBeforeTheConferenceAndNoneAfterIt() {
        LocalDate meeting = LocalDate.of(2017, 1, 3);
        assertThat(dueDates.report(socialWorker(true, null), ConferenceType.INITIAL, meeting, false, LocalDate.of(2016, 12, 30))
            .status()).isEqualTo(ReportStatus.OVERDUE);
        assertThat(dueDates.report(socialWorker(true, null), ConferenceType.INITIAL, meeting, true, LocalDate.of(2017, 1, 4))
            .status()).isEqualTo(ReportStatus.NONE);
        assertThat(dueDates.report(socialWorker(false, null), ConferenceType.INITIAL, meeting, true, LocalDate.of(2017, 1, 4))
            .status()).isEqualTo(ReportStatus.NOT_EXPECTED);
    }

    @Test
    void onlyAnAgencyInviteeHasAReport() {
        ConferenceInvitee parent = new ConferenceInvitee(2, "Pat", InviteeKind.PARENT_CARER, null, null, false, null,
                false, null);
        assertThat(dueDates.report(parent, ConferenceType.INITIAL, LocalDate.of(2017, 1, 3), false, LocalDate.of(2017, 1, 1)))
            .isNull();
    }
}
