package org.irohub.children.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import org.irohub.children.internal.ChildSearch;
import org.irohub.children.internal.ChildValidationException;

/** The find page's fields. */
record ChildSearchForm(String name, String laChildId, String upn, String nhsNumber, String dateOfBirthDay,
        String dateOfBirthMonth, String dateOfBirthYear) {

    /** @throws ChildValidationException when the date of birth is not a real date */
    ChildSearch toSearch() {
        String iso = DateParts.iso(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear);
        LocalDate dob = null;
        if (iso != null) {
            try {
                dob = LocalDate.parse(iso);
            }
            catch (DateTimeParseException e) {
                throw new ChildValidationException(Map.of("dateOfBirth", "Date of birth must be a real date"));
            }
        }
        return new ChildSearch(name, laChildId, upn, nhsNumber, dob);
    }
}
