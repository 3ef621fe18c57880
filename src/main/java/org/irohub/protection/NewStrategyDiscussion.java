package org.irohub.protection;

import java.time.LocalDate;
import java.util.List;

/**
 * A strategy discussion as recorded: its date, whether it started a section 47 enquiry, the date the IRO
 * service was told (defaults to the day it is recorded), and any siblings discussed with the child.
 */
public record NewStrategyDiscussion(LocalDate date, Boolean section47Started, LocalDate notifiedOn,
        List<Long> siblingIds) {
}
