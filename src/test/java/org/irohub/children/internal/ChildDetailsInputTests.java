package org.irohub.children.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.irohub.children.ChildFixture;
import org.irohub.children.Ethnicity;
import org.irohub.children.Sex;
import org.junit.jupiter.api.Test;

class ChildDetailsInputTests {

    private static final LocalDate TODAY = LocalDate.of(2025, 5, 1);

    @Test
    void parsesEveryFieldNormalisingWhatWasTyped() {
        ChildDetails d = new ChildDetailsInput(" la12 ", " Ann ", " Smith ", "2019-03-31", null, "f", "wbri", "yes",
                "l201401100001", "943 476 5919").parse(TODAY);

        assertThat(d.laChildId().value()).isEqualTo("LA12");
        assertThat(d.firstName()).isEqualTo("Ann");
        assertThat(d.lastName()).isEqualTo("Smith");
        assertThat(d.dateOfBirth()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(d.sex()).isEqualTo(Sex.FEMALE);
        assertThat(d.ethnicity()).isEqualTo(Ethnicity.WBRI);
        assertThat(d.disability()).isTrue();
        assertThat(d.upn().value()).isEqualTo("L201401100001");
        assertThat(d.nhsNumber().value()).isEqualTo("9434765919");
    }

    @Test
    void namesEveryFieldAtFaultInFormOrder() {
        ChildDetailsInput bad = new ChildDetailsInput("", "", "Smith", "31/03/2019", null, "", "XXXX", "maybe",
                "L201401100002", "943 476 5918");

        assertThatThrownBy(() -> bad.parse(TODAY)).isInstanceOfSatisfying(ChildValidationException.class,
                e -> assertThat(e.errors()).containsKeys("laChildId", "firstName", "dateOfBirth", "sex", "ethnicity",
                        "disability", "upn", "nhsNumber")
                    .doesNotContainKey("lastName")
                    .containsEntry("dateOfBirth", "Date of birth must be a real date")
                    .containsEntry("nhsNumber", "NHS number is not valid: check the digits"));
    }

    @Test
    void needsExactlyOneOfDateOfBirthAndExpectedDateOfBirth() {
        var neither = new ChildDetailsInput("LA1", "A", "B", null, " ", "M", null, null, null, null);
        var both = new ChildDetailsInput("LA1", "A", "B", "2019-01-01", "2025-09-01", "M", null, null, null, null);

        assertThatThrownBy(() -> neither.parse(TODAY)).hasMessageContaining("expected date of birth");
        assertThatThrownBy(() -> both.parse(TODAY)).hasMessage("Enter a date of birth or an expected date of birth, not both");
    }

    @Test
    void anUnbornChildHasAnExpectedDateAndMayBeOfUnknownSex() {
        ChildDetails d = ChildFixture.aChild().unbornExpectedOn(TODAY.plusMonths(3)).input().parse(TODAY);
        assertThat(d.dateOfBirth()).isNull();
        assertThat(d.sex()).isEqualTo(Sex.UNKNOWN);
    }

    @Test
    void refusesABirthInTheFutureAndAnExpectedDateMoreThanTenMonthsAhead() {
        assertThatThrownBy(() -> ChildFixture.aChild().bornOn(TODAY.plusDays(1)).input().parse(TODAY))
            .hasMessage("Date of birth must be today or in the past");
        assertThatThrownBy(() -> ChildFixture.aChild().unbornExpectedOn(TODAY.plusMonths(11)).input().parse(TODAY))
            .hasMessageContaining("within 10 months");
        assertThat(ChildFixture.aChild().bornOn(TODAY).input().parse(TODAY).dateOfBirth()).isEqualTo(TODAY);
    }

    @Test
    void refusesNamesLongerThanAHundredCharacters() {
        var longName = new ChildDetailsInput("LA1", "A".repeat(101), "B", "2019-01-01", null, "M", null, null, null, null);
        assertThatThrownBy(() -> longName.parse(TODAY)).hasMessage("First name must be 100 characters or fewer");
    }

    @Test
    void aBornChildCanTakeTheDateOfBirthInPlaceOfTheExpectedDateButNotGoBack() {
        Instant now = Instant.parse("2025-05-01T10:00:00Z");
        Child child = Child.create(ChildFixture.aChild().unbornExpectedOn(TODAY.plusMonths(1)).input().parse(TODAY), now);

        child.amend(ChildFixture.aChild().bornOn(TODAY).input().parse(TODAY), now);
        assertThat(child.isBorn()).isTrue();

        assertThatThrownBy(() -> child.amend(ChildFixture.aChild().unbornExpectedOn(TODAY.plusMonths(1)).input().parse(TODAY), now))
            .isInstanceOf(ChildValidationException.class)
            .hasMessageContaining("This child has been born");
    }
}
