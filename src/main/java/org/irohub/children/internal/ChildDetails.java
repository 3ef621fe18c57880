package org.irohub.children.internal;

import java.time.LocalDate;

import org.irohub.children.Ethnicity;
import org.irohub.children.LaChildId;
import org.irohub.children.NhsNumber;
import org.irohub.children.Sex;
import org.irohub.children.Upn;

/**
 * The checked details of a child, made by {@link ChildDetailsInput#parse}: exactly one of date of birth and
 * expected date of birth; optional values are null when not recorded.
 */
record ChildDetails(LaChildId laChildId, String firstName, String lastName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, Boolean disability, Upn upn,
        NhsNumber nhsNumber) {
}
