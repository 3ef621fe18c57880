package org.irohub.scheduling.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.irohub.staff.CaseInvolvement;
import org.irohub.staff.CaseloadBand;
import org.irohub.staff.CaseloadMeasure;
import org.irohub.staff.ChairIndependencePolicy;
import org.irohub.staff.ChairProfile;
import org.irohub.staff.Independence;

/**
 * Suggests chairs for a conference, ranked by {@link SuggestionRanking}, each with its reasons in words:
 * continuity with the child or sibling group, independence of the case (the staff module's policy),
 * availability in the proposed slot, and caseload per FTE against the IRO Handbook band. Pure: everything it
 * weighs is in the {@link SuggestionInput}.
 */
public final class ChairSuggestionPolicy {

    private final ChairIndependencePolicy independencePolicy;
    private final CaseloadMeasure caseloadMeasure;

    public ChairSuggestionPolicy(ChairIndependencePolicy independencePolicy, CaseloadMeasure caseloadMeasure) {
        this.independencePolicy = independencePolicy;
        this.caseloadMeasure = caseloadMeasure;
    }

    public List<ChairSuggestion> suggest(SuggestionInput input) {
        List<ChairSuggestion> suggestions = new ArrayList<>();
        for (ChairProfile chair : input.chairs()) {
            suggestions.add(assess(chair, input));
        }
        suggestions.sort(SuggestionRanking.INSTANCE);
        return suggestions;
    }

    ChairSuggestion assess(ChairProfile chair, SuggestionInput input) {
        List<String> reasons = new ArrayList<>();
        List<Continuity> chaired = input.continuity().getOrDefault(chair.id(), List.of()).stream()
            .sorted(Comparator.comparing(Continuity::sibling)
                .thenComparing(Continuity::lastConference, Comparator.reverseOrder())
                .thenComparing(Continuity::date, Comparator.reverseOrder()))
            .toList();
        chaired.forEach(c -> reasons.add(c.reason()));

        Independence independence = independencePolicy.assess(chair, input.involvement());
        reasons.add(independenceReason(independence, input.involvement()));

        ChairAvailability availability = ChairAvailability.of(chair, input.slot(),
                input.booked().getOrDefault(chair.id(), List.of()));
        reasons.add(availability.reason());

        int children = input.caseload().getOrDefault(chair.id(), 0);
        BigDecimal perFte = caseloadMeasure.perFte(children, chair.fte());
        CaseloadBand band = caseloadMeasure.band(children, chair.fte());
        reasons.add(caseloadReason(children, chair.fte(), perFte, band));

        return new ChairSuggestion(chair, independence.independent(), !chaired.isEmpty(), availability.free(), perFte,
                band, reasons);
    }

    /** The words for the policy's answer, shared with the booking refusal. */
    static String independenceReason(Independence independence, CaseInvolvement involvement) {
        if (!independence.independent()) {
            return "Not independent of the case: " + independence.reason();
        }
        if (!independence.checked()) {
            return "Independence not checked: the independence policy is switched off";
        }
        if (!known(involvement)) {
            return "Independence not checked yet: enter the case's social worker, team manager and team";
        }
        return "Independent of the case: no recorded conflict with its social worker, team manager or team";
    }

    String caseloadReason(int children, BigDecimal fte, BigDecimal perFte, CaseloadBand band) {
        String where = switch (band) {
            case UNDER -> "under";
            case WITHIN -> "within";
            case OVER -> "over";
        };
        String detail = fte.compareTo(BigDecimal.ONE) == 0 ? ""
                : " (" + children + (children == 1 ? " child" : " children") + " at " + fte.stripTrailingZeros().toPlainString()
                        + " FTE)";
        return "Caseload " + perFte.stripTrailingZeros().toPlainString() + " per FTE" + detail + " — " + where
                + " the " + caseloadMeasure.min() + "–" + caseloadMeasure.max() + " band";
    }

    static boolean known(CaseInvolvement involvement) {
        return involvement != null && (present(involvement.socialWorker()) || present(involvement.teamManager())
                || present(involvement.team()));
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
