package org.irohub.children.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.irohub.children.ChildId;
import org.irohub.children.ChildSummary;
import org.irohub.children.Ethnicity;
import org.irohub.children.NhsNumber;
import org.irohub.children.Sex;
import org.irohub.children.Upn;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A child's record. Details change only through {@link #amend}, which keeps a born child born; who may see a
 * restricted record changes only through {@link #restrictTo} and {@link #unrestrict}.
 */
class Child {

    @Id
    private Long id;
    private String laChildId;
    private String firstName;
    private String lastName;
    private LocalDate dateOfBirth;
    private LocalDate expectedDateOfBirth;
    private Sex sex;
    private Ethnicity ethnicity;
    private Boolean disability;
    private String upn;
    private String nhsNumber;
    private boolean restricted;
    private final Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;
    @MappedCollection
    private Set<ChildAccessGrant> allowedUsers;

    @PersistenceCreator
    Child(Long id, String laChildId, String firstName, String lastName, LocalDate dateOfBirth,
            LocalDate expectedDateOfBirth, Sex sex, Ethnicity ethnicity, Boolean disability, String upn,
            String nhsNumber, boolean restricted, Instant createdAt, Instant updatedAt, Integer version,
            Set<ChildAccessGrant> allowedUsers) {
        this.id = id;
        this.laChildId = laChildId;
        this.firstName = firstName;
        this.lastName = lastName;
        this.dateOfBirth = dateOfBirth;
        this.expectedDateOfBirth = expectedDateOfBirth;
        this.sex = sex;
        this.ethnicity = ethnicity;
        this.disability = disability;
        this.upn = upn;
        this.nhsNumber = nhsNumber;
        this.restricted = restricted;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
        this.version = version;
        this.allowedUsers = allowedUsers == null ? new HashSet<>() : new HashSet<>(allowedUsers);
    }

    static Child create(ChildDetails details, Instant now) {
        Child child = new Child(null, null, null, null, null, null, null, null, null, null, null, false, now, now,
                null, Set.of());
        child.apply(details, now);
        return child;
    }

    /**
     * Replaces the details. An expected date of birth may give way to the date of birth when the baby is born,
     * but a born child cannot go back to being unborn.
     */
    void amend(ChildDetails details, Instant now) {
        if (dateOfBirth != null && details.dateOfBirth() == null) {
            throw new ChildValidationException("expectedDateOfBirth",
                    "This child has been born: enter the date of birth, not an expected date of birth");
        }
        apply(details, now);
    }

    private void apply(ChildDetails d, Instant now) {
        laChildId = d.laChildId().value();
        firstName = d.firstName();
        lastName = d.lastName();
        dateOfBirth = d.dateOfBirth();
        expectedDateOfBirth = d.expectedDateOfBirth();
        sex = d.sex();
        ethnicity = d.ethnicity();
        disability = d.disability();
        upn = d.upn() == null ? null : d.upn().value();
        nhsNumber = d.nhsNumber() == null ? null : d.nhsNumber().value();
        updatedAt = now;
    }

    /** Only these users may see the record from now on; there must be at least one, or nobody could. */
    void restrictTo(Set<String> usernames, Instant now) {
        if (usernames.isEmpty()) {
            throw new ChildValidationException("allowedUsers",
                    "Name at least one user who may see a restricted record");
        }
        restricted = true;
        allowedUsers = usernames.stream().map(ChildAccessGrant::new).collect(Collectors.toCollection(HashSet::new));
        updatedAt = now;
    }

    void unrestrict(Instant now) {
        restricted = false;
        allowedUsers = new HashSet<>();
        updatedAt = now;
    }

    boolean isBorn() {
        return dateOfBirth != null;
    }

    boolean isNamed(String username) {
        return username != null && allowedUsers.stream().anyMatch(g -> g.username().equalsIgnoreCase(username));
    }

    ChildSummary summary() {
        return new ChildSummary(childId(), laChildId, firstName, lastName, dateOfBirth, expectedDateOfBirth, sex,
                restricted);
    }

    ChildId childId() {
        return new ChildId(id);
    }

    Long getId() {
        return id;
    }

    String getLaChildId() {
        return laChildId;
    }

    Ethnicity getEthnicity() {
        return ethnicity;
    }

    Boolean getDisability() {
        return disability;
    }

    Upn upn() {
        return upn == null ? null : new Upn(upn);
    }

    NhsNumber nhsNumber() {
        return nhsNumber == null ? null : new NhsNumber(nhsNumber);
    }

    boolean isRestricted() {
        return restricted;
    }

    Set<String> allowedUsernames() {
        return allowedUsers.stream().map(ChildAccessGrant::username).collect(Collectors.toCollection(TreeSet::new));
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    Integer getVersion() {
        return version;
    }
}
