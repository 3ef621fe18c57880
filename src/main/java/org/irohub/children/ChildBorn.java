package org.irohub.children;

import java.time.LocalDate;

/** An unborn child's record now has a date of birth: pre-birth plans count their first review from it. */
public record ChildBorn(ChildId child, LocalDate dateOfBirth) {
}
