package org.irohub.children.web;

import org.irohub.children.internal.ChildDetailsInput;
import org.irohub.children.internal.ChildRecordView;

/**
 * The create and edit page fields, bound as typed so a refused form comes back as it was. Dates come as the
 * three boxes of the GOV.UK date input.
 */
record ChildForm(String laChildId, String firstName, String lastName, String dateOfBirthDay,
        String dateOfBirthMonth, String dateOfBirthYear, String expectedDateOfBirthDay,
        String expectedDateOfBirthMonth, String expectedDateOfBirthYear, String sex, String ethnicity,
        String disability, String upn, String nhsNumber, Integer version) {

    static ChildForm empty() {
        return new ChildForm("", "", "", "", "", "", "", "", "", "", "", "", "", "", null);
    }

    static ChildForm of(ChildRecordView record) {
        var s = record.summary();
        var born = s.dateOfBirth();
        var expected = s.expectedDateOfBirth();
        var input = record.asInput();
        return new ChildForm(s.laChildId(), s.firstName(), s.lastName(), part(born, 'd'), part(born, 'm'),
                part(born, 'y'), part(expected, 'd'), part(expected, 'm'), part(expected, 'y'), input.sex(),
                input.ethnicity(), input.disability(), input.upn(),
                record.nhsNumber() == null ? "" : record.nhsNumber().formatted(), record.version());
    }

    ChildDetailsInput toInput() {
        return new ChildDetailsInput(laChildId, firstName, lastName,
                DateParts.iso(dateOfBirthDay, dateOfBirthMonth, dateOfBirthYear),
                DateParts.iso(expectedDateOfBirthDay, expectedDateOfBirthMonth, expectedDateOfBirthYear), sex,
                ethnicity, disability, upn, nhsNumber);
    }

    private static String part(java.time.LocalDate date, char which) {
        if (date == null) {
            return "";
        }
        return String.valueOf(switch (which) {
            case 'd' -> date.getDayOfMonth();
            case 'm' -> date.getMonthValue();
            default -> date.getYear();
        });
    }
}
