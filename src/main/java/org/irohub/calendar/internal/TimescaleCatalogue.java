package org.irohub.calendar.internal;

import static org.irohub.calendar.TimescaleDirection.AFTER;
import static org.irohub.calendar.TimescaleDirection.BEFORE;
import static org.irohub.calendar.TimescaleUnit.CALENDAR_MONTHS;
import static org.irohub.calendar.TimescaleUnit.WORKING_DAYS;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.irohub.calendar.Timescale;
import org.irohub.calendar.TimescaleDirection;
import org.irohub.calendar.TimescaleId;
import org.irohub.calendar.TimescaleUnit;

/**
 * The timescales IRO Hub ships, as the statutory guidance and the seed's local procedures state them. Statutory
 * ones may be shortened locally but never lengthened ({@link TimescaleChangePolicy}).
 */
public final class TimescaleCatalogue {

    private static final String WORKING_TOGETHER = "Working Together to Safeguard Children (2015, 2018, 2023)";
    private static final String LOCAL = "Local safeguarding partnership procedures (local default)";
    private static final String REG_33 = "Care Planning, Placement and Case Review (England) Regulations 2010, reg 33";

    private static final Map<TimescaleId, Timescale> DEFAULTS = index(List.of(
            t(TimescaleId.ICPC, "Initial child protection conference", "the strategy discussion that started the section 47 enquiry",
                    15, WORKING_DAYS, AFTER, true, WORKING_TOGETHER + ": within 15 working days of the strategy discussion. Urgency may dictate shorter."),
            t(TimescaleId.TRANSFER_IN_CONFERENCE, "Transfer-in conference", "notification of the child's permanent move",
                    15, WORKING_DAYS, AFTER, false, LOCAL + ": within 15 working days of notification of the permanent move."),
            t(TimescaleId.FIRST_REVIEW, "First review conference", "the initial conference",
                    3, CALENDAR_MONTHS, AFTER, true, WORKING_TOGETHER + ": first review within 3 months of the initial conference."),
            t(TimescaleId.PRE_BIRTH_FIRST_REVIEW, "First review after a pre-birth conference", "the birth (or 3 months after the initial conference if sooner)",
                    10, WORKING_DAYS, AFTER, false, LOCAL + ": within 10 working days of the birth or 3 months of the initial conference, whichever is sooner."),
            t(TimescaleId.LATER_REVIEW, "Later review conferences", "the previous review",
                    6, CALENDAR_MONTHS, AFTER, true, WORKING_TOGETHER + ": at intervals of no more than 6 months. May be brought forward."),
            t(TimescaleId.RECONVENED_INQUORATE_CONFERENCE, "Reconvened conference after an inquorate one", "the inquorate conference",
                    10, WORKING_DAYS, AFTER, false, LOCAL + ": reconvene within 10 working days."),
            t(TimescaleId.REPORT_TO_CHAIR_BEFORE_ICPC, "Social worker's report to the chair", "an initial conference",
                    2, WORKING_DAYS, BEFORE, false, LOCAL + ": 2 working days before an initial conference."),
            t(TimescaleId.REPORT_TO_CHAIR_BEFORE_REVIEW, "Social worker's report to the chair", "a review conference",
                    5, WORKING_DAYS, BEFORE, false, LOCAL + ": 5 working days before a review conference."),
            t(TimescaleId.REPORT_SHARED_WITH_PARENTS, "Social worker's report shared with parents", "the conference",
                    3, WORKING_DAYS, BEFORE, false, LOCAL + ": shared with parents 3 working days before the conference."),
            t(TimescaleId.CORE_GROUP_FIRST_MEETING, "First core group meeting", "the initial conference",
                    10, WORKING_DAYS, AFTER, true, WORKING_TOGETHER + ": first core group meeting within 10 working days of the initial conference."),
            t(TimescaleId.DECISION_LETTER, "Chair's decision letter with the outline plan", "the conference",
                    1, WORKING_DAYS, AFTER, false, LOCAL + ": 1 working day after the conference."),
            t(TimescaleId.MINUTES_DISTRIBUTED, "Full record (minutes) distributed", "the conference",
                    15, WORKING_DAYS, AFTER, false, LOCAL + ": 15 working days after the conference (some areas use 20)."),
            t(TimescaleId.MINUTES_CORRECTIONS, "Corrections to the minutes from participants", "receipt of the minutes",
                    10, WORKING_DAYS, AFTER, false, LOCAL + ": within 10 working days of receipt."),
            t(TimescaleId.ESCALATION_FORMAL_PROCESS, "Formal escalation (QPR / DRP), start to finish", "the start of the formal process",
                    20, WORKING_DAYS, AFTER, true, "IRO Handbook (2010) 6.2: the whole formal process takes no more than 20 working days."),
            t(TimescaleId.CLA_FIRST_REVIEW, "First looked-after child review", "the day the child became looked after",
                    20, WORKING_DAYS, AFTER, true, REG_33 + ": first review within 20 working days of the child becoming looked after."),
            t(TimescaleId.CLA_SECOND_REVIEW, "Second looked-after child review", "the first review",
                    3, CALENDAR_MONTHS, AFTER, true, REG_33 + ": second review within 3 months of the first."),
            t(TimescaleId.CLA_LATER_REVIEW, "Later looked-after child reviews", "the previous review",
                    6, CALENDAR_MONTHS, AFTER, true, REG_33 + ": then at intervals of no more than 6 months."),
            t(TimescaleId.IRO_APPOINTED, "Independent Reviewing Officer appointed", "the day the child became looked after",
                    5, WORKING_DAYS, AFTER, true, "IRO Handbook (2010) and seed Appendix 2: within 5 working days of the child becoming looked after.")));

    private TimescaleCatalogue() {
    }

    /** Every timescale with its shipped value, in the order the settings page lists them. */
    public static Map<TimescaleId, Timescale> defaults() {
        return DEFAULTS;
    }

    private static Timescale t(TimescaleId id, String what, String countedFrom, int amount, TimescaleUnit unit,
            TimescaleDirection direction, boolean statutory, String source) {
        return new Timescale(id, what, countedFrom, amount, unit, direction, statutory, source);
    }

    private static Map<TimescaleId, Timescale> index(List<Timescale> timescales) {
        Map<TimescaleId, Timescale> byId = new EnumMap<>(TimescaleId.class);
        timescales.forEach(t -> byId.put(t.id(), t));
        if (byId.size() != TimescaleId.values().length) {
            throw new IllegalStateException("Every timescale needs a default");
        }
        return java.util.Collections.unmodifiableMap(byId);
    }
}
