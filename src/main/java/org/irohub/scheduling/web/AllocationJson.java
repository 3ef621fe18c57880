package org.irohub.scheduling.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.irohub.scheduling.internal.ChairSuggestion;
import org.irohub.scheduling.internal.RequestRow;

/**
 * A request on the allocation list: due date and working days left (negative when overdue), the slot proposed
 * and the chairs suggested for it, best first, each with its reasons. A request about a child the user may
 * not see says only that it is restricted: no children, no suggestions.
 */
record AllocationJson(long conferenceId, String type, String status, List<ChildJson> children, boolean restricted,
        LocalDate dueDate, int workingDaysLeft, boolean overdue, String due, Long allocatedChairId,
        SlotJson proposedSlot, List<SuggestionJson> suggestions) {

    record ChildJson(long id, String name, String laChildId) {
    }

    record SlotJson(LocalDate date, String start, String end) {
    }

    record SuggestionJson(long chairId, String name, boolean independent, boolean continuity, boolean available,
            BigDecimal caseloadPerFte, String caseloadBand, List<String> reasons) {

        static SuggestionJson of(ChairSuggestion s) {
            return new SuggestionJson(s.chairId(), s.name(), s.independent(), s.continuity(), s.available(),
                    s.caseloadPerFte(), s.band().name(), s.reasons());
        }
    }

    static AllocationJson of(RequestRow r) {
        return new AllocationJson(r.conferenceId(), r.type().name(), r.status().name(),
                r.visible() ? r.children().stream().map(c -> new ChildJson(c.id(), c.name(), c.laChildId())).toList()
                        : List.of(),
                !r.visible(),
                r.dueDate(), r.workingDaysLeft(), r.overdue(), r.dueText(), r.allocatedChairId(),
                new SlotJson(r.proposedSlot().date(), r.proposedSlot().start().toString(),
                        r.proposedSlot().end().toString()),
                r.suggestions().stream().map(SuggestionJson::of).toList());
    }
}
