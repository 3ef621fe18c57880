package org.irohub.interchange.generator;

import static org.irohub.interchange.generator.NationalProfile.AGE_AT_FIRST_REFERRAL;
import static org.irohub.interchange.generator.NationalProfile.ANOTHER_EPISODE;
import static org.irohub.interchange.generator.NationalProfile.DISABILITY;
import static org.irohub.interchange.generator.NationalProfile.ETHNICITY;
import static org.irohub.interchange.generator.NationalProfile.PREVIOUS_PLAN_BEFORE_HISTORY;
import static org.irohub.interchange.generator.NationalProfile.PRE_BIRTH;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A child's life with children's social care: a first referral at a random day, then episodes one after another
 * with gaps between them, counting plans as they go so that each plan knows how many came before it.
 * <p>
 * The first referral is drawn from {@value #LEAD_YEARS} years before the history starts, and only episodes still
 * open on or after the first day of the history are written, so activity is as dense at the start of the history
 * as at its end (a plan begun years earlier is still running) and a child's earlier plans, unwritten, still count
 * in {@code NumberOfPreviousCPP}. A child with nothing in the history is drawn again.
 */
final class ChildFactory {

    static final int LEAD_YEARS = 12;
    private static final int LAST_REFERRAL_YEARS = 8;
    private static final int OLDEST_AT_REFERRAL = 17;

    private final LocalDate historyStart;
    private final Horizon horizon;
    private final EpisodeFactory episodes;
    private final String lea;

    ChildFactory(LocalDate historyStart, Horizon horizon, String lea) {
        this.historyStart = historyStart;
        this.horizon = horizon;
        this.episodes = new EpisodeFactory(horizon);
        this.lea = lea;
    }

    SyntheticChild child(String laChildId, Draws draws) {
        while (true) {
            LocalDate firstReferral = draws.dayBetween(historyStart.minusYears(LEAD_YEARS), horizon.referenceDate());
            LocalDate birth = draws.chance(PRE_BIRTH) ? draws.daysAfter(firstReferral, 20, 160)
                    : firstReferral.minusYears(draws.pick(AGE_AT_FIRST_REFERRAL)).minusDays(draws.between(0, 364));
            List<Episode> kept = episodes(firstReferral, birth, draws);
            if (!kept.isEmpty()) {
                return identify(laChildId, birth, kept, draws);
            }
        }
    }

    private List<Episode> episodes(LocalDate firstReferral, LocalDate birth, Draws draws) {
        LocalDate adulthood = birth.plusYears(18);
        LocalDate lastReferral = firstReferral.plusYears(LAST_REFERRAL_YEARS);
        int previousPlans = draws.chance(PREVIOUS_PLAN_BEFORE_HISTORY) ? 1 + draws.small(0.4, 4) : 0;
        List<Episode> kept = new ArrayList<>();
        LocalDate referral = firstReferral;
        while (!horizon.passed(referral) && !referral.isAfter(lastReferral)
                && referral.isBefore(birth.plusYears(OLDEST_AT_REFERRAL))) {
            Episode episode = episodes.episode(referral, previousPlans, adulthood, draws);
            previousPlans += episode.plans().size();
            if (episode.closureDate() == null || !episode.closureDate().isBefore(historyStart)) {
                kept.add(episode);
            }
            if (episode.closureDate() == null || !draws.chance(ANOTHER_EPISODE)) {
                break;
            }
            referral = episode.closureDate().plusDays(30 + draws.small(400, 2500));
        }
        return kept;
    }

    private SyntheticChild identify(String laChildId, LocalDate birth, List<Episode> kept, Draws draws) {
        boolean unborn = horizon.passed(birth);
        ChildSex sex = unborn ? ChildSex.UNKNOWN
                : draws.chance(0.51) ? ChildSex.MALE : draws.chance(0.98) ? ChildSex.FEMALE : ChildSex.UNKNOWN;
        long age = unborn ? -1 : ChronoUnit.YEARS.between(birth, horizon.referenceDate());
        boolean hasUpn = age >= 6 ? draws.chance(0.9) : age >= 4 && draws.chance(0.5);
        String upn = hasUpn ? Upns.upn(lea, birth, draws) : null;
        String upnUnknown = hasUpn ? null : age >= 6 ? "UN2" : "UN1";
        return new SyntheticChild(laChildId, upn, upnUnknown, unborn ? null : birth, unborn ? birth : null, sex,
                unborn ? "NOBT" : draws.pick(ETHNICITY), unborn ? null : disabilities(draws), List.copyOf(kept));
    }

    /** Most children NONE; some one or two disabilities; a few with nothing recorded (the element left out). */
    private static List<String> disabilities(Draws draws) {
        if (draws.chance(0.05)) {
            return null;
        }
        if (draws.chance(0.85)) {
            return List.of("NONE");
        }
        String first = draws.pick(DISABILITY);
        String second = draws.pick(DISABILITY);
        return draws.chance(0.8) || first.equals(second) ? List.of(first) : List.of(first, second);
    }
}
