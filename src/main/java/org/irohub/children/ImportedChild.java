package org.irohub.children;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A child as a CIN census return describes one, for {@link ChildImports}: keyed by LA child id, with no names
 * (the census has none). Exactly one of the date of birth and the expected date of birth, as on the pages.
 */
public record ImportedChild(LaChildId laChildId, Upn upn, LocalDate dateOfBirth, LocalDate expectedDateOfBirth,
        Sex sex, Ethnicity ethnicity, Boolean disability) {

    public ImportedChild {
        Objects.requireNonNull(laChildId, "laChildId");
        Objects.requireNonNull(sex, "sex");
        if ((dateOfBirth == null) == (expectedDateOfBirth == null)) {
            throw new IllegalArgumentException("A child needs a date of birth or an expected date of birth, not both");
        }
    }
}
