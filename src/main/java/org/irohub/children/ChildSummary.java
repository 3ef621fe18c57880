package org.irohub.children;

import java.time.LocalDate;
import java.time.Period;
import java.util.OptionalInt;

/**
 * What other modules may know about a child: identity, names, birth and sex. Does not say whether the caller
 * may see it; ask {@link ChildDirectory#checkAccess} first.
 */
public record ChildSummary(ChildId id, String laChildId, String firstName, String lastName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, Sex sex, boolean restricted) {

    /**
     * The name to show; a child imported from a CIN census return (which carries no names) is shown by LA child
     * id until someone adds the name.
     */
    public String fullName() {
        if (!named()) {
            return "Child " + laChildId;
        }
        return firstName + " " + lastName;
    }

    /** The name for a list sorted by surname: "Smith, Ann", or the LA child id for a child with no name yet. */
    public String listName() {
        return named() ? lastName + ", " + firstName : fullName();
    }

    /** Whether a name is recorded: not yet for a child imported from a CIN census return. */
    public boolean named() {
        return firstName != null && lastName != null;
    }

    /** An unborn child has an expected date of birth and no date of birth. */
    public boolean unborn() {
        return dateOfBirth == null;
    }

    /**
     * Age in whole years on a date, or empty when the child is not yet born (unborn, or the date is before the
     * birth). Someone born on 29 February turns a year older on 1 March in other years, as in English law.
     */
    public OptionalInt ageOn(LocalDate date) {
        if (unborn() || date.isBefore(dateOfBirth)) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Period.between(dateOfBirth, date).getYears());
    }

    /** Whether the child is born and has reached this age on the date, as in "children aged 4 and over". */
    public boolean isAgedAtLeast(int years, LocalDate date) {
        return ageOn(date).orElse(-1) >= years;
    }
}
