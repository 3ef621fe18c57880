package org.irohub.protection;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An initial conference held on a day, from a CIN census return. With the start of the section 47 enquiry it
 * followed, it counts in ICPC timeliness; without (a {@code DateOfInitialCPC} directly under {@code CINdetails}),
 * it does not. {@code ifNoPlan} is what it is recorded as recommending when no plan started that day.
 */
public record ImportedInitialConference(LocalDate heldOn, LocalDate enquiryStartedOn, NoPlanRecommendation ifNoPlan) {

    public ImportedInitialConference {
        Objects.requireNonNull(heldOn, "heldOn");
        Objects.requireNonNull(ifNoPlan, "ifNoPlan");
    }
}
