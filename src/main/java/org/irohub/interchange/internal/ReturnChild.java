package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.irohub.children.ChildExtract;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.EpisodeReads.StoredEpisode;
import org.irohub.interchange.internal.MappedChild.CensusFacts;
import org.irohub.protection.CensusHistory;

/**
 * One child of an exported return: the episodes of need open in the census year, each with the section 47
 * enquiries, initial conferences and plans that belong to it, as at the reference date (later end dates, reviews
 * and closures are left out). Each record goes to the episode it was imported under, else the episode whose
 * dates contain it; records from IRO Hub with no episode of need around them share one episode whose referral
 * is the earliest of them, from an unknown source (code 10).
 */
record ReturnChild(ChildExtract child, CensusFacts facts, List<ReturnChild.Episode> episodes) {

    record Episode(LocalDate referral, String source, String need, LocalDate closure, String reason, boolean nfa,
            LocalDate initialCpc, List<CinPlan> cinPlans, List<Enquiry> enquiries, List<CensusHistory.Plan> plans) {
    }

    record Enquiry(LocalDate start, LocalDate target, LocalDate initialCpc, boolean notRequired) {
    }

    private static final class Parts {
        final List<Enquiry> enquiries = new ArrayList<>();
        final List<CensusHistory.Plan> plans = new ArrayList<>();
        final List<LocalDate> icpcs = new ArrayList<>();

        boolean isEmpty() {
            return enquiries.isEmpty() && plans.isEmpty() && icpcs.isEmpty();
        }

        Optional<LocalDate> earliest() {
            return Stream.of(enquiries.stream().map(Enquiry::start), plans.stream().map(CensusHistory.Plan::startedOn),
                    icpcs.stream()).flatMap(s -> s).min(Comparator.naturalOrder());
        }
    }

    /** Empty when nothing about the child falls in the census year. */
    static Optional<ReturnChild> of(ChildExtract child, CensusHistory.Child history, List<StoredEpisode> stored,
            CensusFacts facts, LocalDate from, LocalDate to) {
        Map<StoredEpisode, Parts> parts = new LinkedHashMap<>();
        stored.stream().filter(e -> !e.referral().isAfter(to) && (e.closure() == null || !e.closure().isBefore(from)))
            .forEach(e -> parts.put(e, new Parts()));
        Parts orphans = new Parts();
        for (CensusHistory.Enquiry s : history.enquiries()) {
            LocalDate icpc = s.icpcHeldOn() != null && !s.icpcHeldOn().isAfter(to) ? s.icpcHeldOn() : null;
            if (s.startedOn().isAfter(to) || s.startedOn().isBefore(from) && (icpc == null || icpc.isBefore(from))) {
                continue;
            }
            StoredEpisode home = stored.stream().filter(e -> e.enquiries().containsKey(s.strategyDiscussionId()))
                .findFirst().orElseGet(() -> containing(stored, s.startedOn()));
            EpisodeReads.Enquiry kept = home == null ? null : home.enquiries().get(s.strategyDiscussionId());
            part(parts, orphans, home).enquiries.add(kept != null
                    ? new Enquiry(s.startedOn(), kept.target(), icpc, kept.notRequired())
                    : new Enquiry(s.startedOn(), s.icpcDue(), icpc, s.icpcNotRequired()));
        }
        for (LocalDate icpc : history.otherInitialConferences()) {
            if (!icpc.isBefore(from) && !icpc.isAfter(to)) {
                part(parts, orphans, containing(stored, icpc)).icpcs.add(icpc);
            }
        }
        for (CensusHistory.Plan p : history.plans()) {
            if (p.startedOn().isAfter(to) || p.endedOn() != null && p.endedOn().isBefore(from)) {
                continue;
            }
            StoredEpisode home = stored.stream().filter(e -> e.plans().contains(p.id())).findFirst()
                .orElseGet(() -> containing(stored, p.startedOn()));
            part(parts, orphans, home).plans.add(new CensusHistory.Plan(p.id(), p.startedOn(),
                    p.endedOn() != null && !p.endedOn().isAfter(to) ? p.endedOn() : null, p.initialCategory(),
                    p.latestCategory(), p.previousPlans(), p.reviewsHeldOn().stream().filter(r -> !r.isAfter(to)).toList()));
        }
        List<Episode> episodes = new ArrayList<>();
        parts.entrySet().stream().sorted(Comparator.comparing(e -> e.getKey().referral()))
            .forEach(e -> episodes.add(episode(e.getKey(), e.getValue(), from, to)));
        orphans.earliest().ifPresent(referral -> episodes.add(new Episode(referral, CensusCodes.UNKNOWN_SOURCE, null, null,
                null, false, orphans.icpcs.isEmpty() ? null : orphans.icpcs.get(0), List.of(), orphans.enquiries,
                orphans.plans)));
        return episodes.isEmpty() ? Optional.empty() : Optional.of(new ReturnChild(child, facts, episodes));
    }

    private static Episode episode(StoredEpisode e, Parts parts, LocalDate from, LocalDate to) {
        boolean closed = e.closure() != null && !e.closure().isAfter(to);
        LocalDate icpc = parts.icpcs.contains(e.initialCpc()) ? e.initialCpc()
                : parts.icpcs.isEmpty() ? null : parts.icpcs.get(0);
        List<CinPlan> cinPlans = e.cinPlans().stream()
            .filter(p -> !p.start().isAfter(to) && (p.end() == null || !p.end().isBefore(from)))
            .map(p -> new CinPlan(p.start(), p.end() != null && !p.end().isAfter(to) ? p.end() : null))
            .toList();
        return new Episode(e.referral(), e.source(), e.need(), closed ? e.closure() : null, closed ? e.reason() : null,
                e.nfa(), icpc, cinPlans, parts.enquiries, parts.plans);
    }

    private static Parts part(Map<StoredEpisode, Parts> parts, Parts orphans, StoredEpisode home) {
        return home == null ? orphans : parts.computeIfAbsent(home, e -> new Parts());
    }

    /** The latest-referred episode whose dates contain the day. */
    private static StoredEpisode containing(List<StoredEpisode> stored, LocalDate date) {
        StoredEpisode found = null;
        for (StoredEpisode e : stored) {
            if (e.contains(date)) {
                found = e;
            }
        }
        return found;
    }
}
