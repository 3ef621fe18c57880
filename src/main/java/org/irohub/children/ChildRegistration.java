package org.irohub.children;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Adding children from outside the children pages: demo data now, the CIN census import later. The same
 * checks and audit as the pages apply.
 */
public interface ChildRegistration {

    /** @throws IllegalArgumentException naming what is wrong, when the details are refused */
    ChildId register(String laChildId, String firstName, String lastName, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth, Sex sex);

    Optional<ChildId> findByLaChildId(String laChildId);
}
