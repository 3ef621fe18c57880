package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A child as read from one {@code Child} of a return, with values parsed but not yet judged: codes stay as
 * written so the DfE rules can report invalid ones. Dates that could not be read are null (and reported).
 */
final class CensusRecords {

    private CensusRecords() {
    }

    record ChildRecord(String laChildId, String upn, String formerUpn, String upnUnknown, LocalDate birth,
            LocalDate expectedBirth, String sex, LocalDate death, String ethnicity, List<String> disabilities,
            List<Episode> episodes) {
    }

    record Episode(LocalDate referral, String referralSource, String primaryNeed, LocalDate closure,
            String closureReason, LocalDate initialCpc, List<CinPlan> cinPlans, List<Section47> enquiries,
            Boolean referralNfa, List<Plan> plans) {
    }

    record CinPlan(LocalDate start, LocalDate end) {
    }

    record Section47(LocalDate start, LocalDate target, LocalDate initialCpc, boolean notRequired) {
    }

    /** {@code previousPlans} is null when the return left it out (rule 8730). */
    record Plan(LocalDate start, LocalDate end, String initialCategory, String latestCategory, Integer previousPlans,
            List<LocalDate> reviews) {

        /** Open at the end of the census year when it has no end date (or ends after it). */
        LocalDate endOr(LocalDate instead) {
            return end == null ? instead : end;
        }
    }
}
