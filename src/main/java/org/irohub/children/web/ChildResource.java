package org.irohub.children.web;

import java.time.LocalDate;

import org.irohub.children.ChildSummary;
import org.irohub.children.internal.ChildRecordView;

/** A child as the API returns it. Fields a summary does not carry are null in search results. */
record ChildResource(long id, String laChildId, String firstName, String lastName, LocalDate dateOfBirth,
        LocalDate expectedDateOfBirth, String sex, String ethnicity, Boolean disability, String upn,
        String nhsNumber, boolean restricted, Integer version) {

    static ChildResource of(ChildRecordView r) {
        ChildSummary s = r.summary();
        return new ChildResource(s.id().value(), s.laChildId(), s.firstName(), s.lastName(), s.dateOfBirth(),
                s.expectedDateOfBirth(), s.sex().name(), r.ethnicity() == null ? null : r.ethnicity().name(),
                r.disability(), r.upn() == null ? null : r.upn().value(),
                r.nhsNumber() == null ? null : r.nhsNumber().value(), s.restricted(), r.version());
    }

    static ChildResource of(ChildSummary s) {
        return new ChildResource(s.id().value(), s.laChildId(), s.firstName(), s.lastName(), s.dateOfBirth(),
                s.expectedDateOfBirth(), s.sex().name(), null, null, null, null, s.restricted(), null);
    }
}
