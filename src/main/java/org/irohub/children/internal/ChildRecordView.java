package org.irohub.children.internal;

import java.time.Instant;
import java.util.Set;

import org.irohub.children.ChildSummary;
import org.irohub.children.Ethnicity;
import org.irohub.children.NhsNumber;
import org.irohub.children.Upn;

/** Everything on a child's record, for someone allowed to see it; version is what an edit must quote. */
public record ChildRecordView(ChildSummary summary, Ethnicity ethnicity, Boolean disability, Upn upn,
        NhsNumber nhsNumber, Set<String> allowedUsers, Instant createdAt, Instant updatedAt, int version) {

    static ChildRecordView of(Child child) {
        return new ChildRecordView(child.summary(), child.getEthnicity(), child.getDisability(), child.upn(),
                child.nhsNumber(), child.allowedUsernames(), child.getCreatedAt(), child.getUpdatedAt(),
                child.getVersion());
    }

    public long id() {
        return summary.id().value();
    }

    /** The details as an edit form starts with them. */
    public ChildDetailsInput asInput() {
        return new ChildDetailsInput(summary.laChildId(), summary.firstName(), summary.lastName(),
                summary.dateOfBirth() == null ? null : summary.dateOfBirth().toString(),
                summary.expectedDateOfBirth() == null ? null : summary.expectedDateOfBirth().toString(),
                summary.sex().name(), ethnicity == null ? null : ethnicity.name(),
                disability == null ? null : (disability ? "yes" : "no"), upn == null ? null : upn.value(),
                nhsNumber == null ? null : nhsNumber.value());
    }
}
