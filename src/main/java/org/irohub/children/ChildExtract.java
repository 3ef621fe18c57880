package org.irohub.children;

import java.time.LocalDate;

/** What a CIN census return says about a child itself, read in bulk by {@link ChildExtracts}. */
public record ChildExtract(ChildId id, String laChildId, String upn, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, Boolean disability, boolean restricted) {
}
