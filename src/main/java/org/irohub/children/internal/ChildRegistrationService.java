package org.irohub.children.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.irohub.children.ChildId;
import org.irohub.children.ChildRegistration;
import org.irohub.children.Sex;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ChildRegistration} through the same parsing, checks and audit as the child pages. */
@Service
class ChildRegistrationService implements ChildRegistration {

    private final ChildRecords records;
    private final Children children;

    ChildRegistrationService(ChildRecords records, Children children) {
        this.records = records;
        this.children = children;
    }

    @Override
    @Transactional
    public ChildId register(String laChildId, String firstName, String lastName, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth, Sex sex) {
        try {
            return records.create(new ChildDetailsInput(laChildId, firstName, lastName,
                    dateOfBirth == null ? null : dateOfBirth.toString(),
                    expectedDateOfBirth == null ? null : expectedDateOfBirth.toString(), sex.name(), null, null, null,
                    null)).summary().id();
        }
        catch (ChildValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChildId> findByLaChildId(String laChildId) {
        return children.findByLaChildId(laChildId.trim().toUpperCase(java.util.Locale.ROOT))
            .map(child -> new ChildId(child.getId()));
    }
}
