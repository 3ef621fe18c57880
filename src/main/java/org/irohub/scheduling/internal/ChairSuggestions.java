package org.irohub.scheduling.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irohub.children.ChildDirectory;
import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.protection.ConferenceQueries;
import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;
import org.springframework.stereotype.Component;

/**
 * Gathers what the {@link ChairSuggestionPolicy} weighs for one conference: the active chairs, who chaired the
 * children and their siblings before, what each chair has booked that day and their caseloads. The policy
 * itself stays free of repositories so it can be tested alone.
 */
@Component
class ChairSuggestions {

    private final ConferenceQueries conferenceQueries;
    private final DayBookings dayBookings;
    private final ChairDirectory chairs;
    private final ChildDirectory children;
    private final ChairSuggestionPolicy policy;

    ChairSuggestions(ConferenceQueries conferenceQueries, DayBookings dayBookings, ChairDirectory chairs,
            ChildDirectory children, ChairSuggestionPolicy policy) {
        this.conferenceQueries = conferenceQueries;
        this.dayBookings = dayBookings;
        this.chairs = chairs;
        this.children = children;
        this.policy = policy;
    }

    /** A new cache for one list, so a page of many requests reads the chairs, caseloads and each day once. */
    Batch batch() {
        return new Batch();
    }

    /** Reads once per list what every row's suggestions need. */
    final class Batch {
        private List<ChairProfile> activeChairs;
        private Map<ChairId, Integer> caseload;
        private final Map<LocalDate, List<Booking>> booked = new HashMap<>();

        private Batch() {
        }

        List<ChairProfile> activeChairs() {
            if (activeChairs == null) {
                activeChairs = chairs.activeChairs();
            }
            return activeChairs;
        }

        Map<ChairId, Integer> caseload() {
            if (caseload == null) {
                caseload = new HashMap<>();
                conferenceQueries.caseloadByChair().forEach((chair, count) -> caseload.put(new ChairId(chair), count));
            }
            return caseload;
        }

        List<Booking> bookedOn(LocalDate date) {
            return booked.computeIfAbsent(date, d -> dayBookings.othersOn(d, -1));
        }
    }

    /** The chairs for a conference in the proposed slot, best first, each with its reasons. */
    List<ChairSuggestion> suggest(Batch batch, List<Long> childIds, long conferenceId, CaseInvolvement involvement,
            Slot slot, String username) {
        Map<ChairId, List<Slot>> booked = new HashMap<>();
        batch.bookedOn(slot.date()).stream()
            .filter(b -> b.getConferenceId() != conferenceId)
            .forEach(b -> booked.computeIfAbsent(new ChairId(b.getChairId()), k -> new ArrayList<>()).add(b.slot()));
        return policy.suggest(new SuggestionInput(slot, involvement, batch.activeChairs(),
                continuity(childIds, username), booked, batch.caseload()));
    }

    /** Who has chaired these children's held conferences, and their siblings'. */
    Map<ChairId, List<Continuity>> continuity(List<Long> childIds, String username) {
        Map<ChairId, List<Continuity>> result = new HashMap<>();
        Set<Long> own = new LinkedHashSet<>(childIds);
        for (Long child : own) {
            add(result, child, firstName(child, username, "a child"), false);
        }
        Set<Long> siblings = new LinkedHashSet<>();
        for (Long child : own) {
            children.siblingsOf(new ChildId(child)).stream()
                .map(ChildId::value)
                .filter(s -> !own.contains(s))
                .forEach(siblings::add);
        }
        for (Long sibling : siblings) {
            add(result, sibling, firstName(sibling, username, "a sibling"), true);
        }
        return result;
    }

    private void add(Map<ChairId, List<Continuity>> result, long child, String label, boolean sibling) {
        Map<Long, LocalDate> chaired = conferenceQueries.chairsWhoHaveChaired(List.of(child));
        LocalDate last = chaired.values().stream().max(Comparator.naturalOrder()).orElse(null);
        chaired.forEach((chair, date) -> {
            if (chair != null && chair > 0) {
                result.computeIfAbsent(new ChairId(chair), k -> new ArrayList<>())
                    .add(new Continuity(label, date, date.equals(last), sibling));
            }
        });
    }

    /** A reason names a child only to someone who may see the child's record. */
    private String firstName(long child, String username, String otherwise) {
        ChildId id = new ChildId(child);
        if (!children.canAccess(id, username)) {
            return otherwise;
        }
        return children.find(id)
            .map(ChildSummary::firstName)
            .filter(n -> n != null && !n.isBlank())
            .orElse(otherwise);
    }
}
