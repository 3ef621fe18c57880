package org.irohub.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A person or service account that signs in. State changes go through the methods below, each of which keeps
 * the account consistent (a new password clears a lockout; a disabled account keeps its roles for the record).
 */
public class UserAccount {

    @Id
    private Long id;
    private final String username;
    private String displayName;
    private String email;
    private String passwordHash;
    private boolean enabled;
    private int failedSignIns;
    private Instant lockedUntil;
    private Instant lastSignedInAt;
    private final Instant createdAt;
    @Version
    private Integer version;
    @MappedCollection
    private Set<RoleGrant> roles;

    @PersistenceCreator
    UserAccount(Long id, String username, String displayName, String email, String passwordHash, boolean enabled,
            int failedSignIns, Instant lockedUntil, Instant lastSignedInAt, Instant createdAt, Integer version,
            Set<RoleGrant> roles) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.failedSignIns = failedSignIns;
        this.lockedUntil = lockedUntil;
        this.lastSignedInAt = lastSignedInAt;
        this.createdAt = createdAt;
        this.version = version;
        this.roles = roles == null ? new java.util.HashSet<>() : new java.util.HashSet<>(roles);
    }

    static UserAccount create(Username username, String displayName, String email, String passwordHash,
            Set<String> roles, Instant now) {
        UserAccount account = new UserAccount(null, username.value(), displayName.trim(), blankToNull(email),
                passwordHash, true, 0, null, null, now, null, Set.of());
        account.grantOnly(roles);
        return account;
    }

    void grantOnly(Set<String> newRoles) {
        for (String role : newRoles) {
            if (!Roles.ALL.contains(role)) {
                throw new IllegalArgumentException("Unknown role " + role);
            }
        }
        roles = newRoles.stream().map(RoleGrant::new).collect(Collectors.toCollection(java.util.HashSet::new));
    }

    void rename(String newDisplayName, String newEmail) {
        displayName = newDisplayName.trim();
        email = blankToNull(newEmail);
    }

    void disable() {
        enabled = false;
    }

    void enable() {
        enabled = true;
        failedSignIns = 0;
        lockedUntil = null;
    }

    void changePassword(String newHash) {
        passwordHash = newHash;
        failedSignIns = 0;
        lockedUntil = null;
    }

    /** @return true if this failure locked the account */
    boolean recordFailedSignIn(Instant now, SignInLockoutPolicy policy) {
        failedSignIns++;
        if (policy.shouldLock(failedSignIns)) {
            lockedUntil = policy.lockedUntil(now);
            failedSignIns = 0;
            return true;
        }
        return false;
    }

    void recordSuccessfulSignIn(Instant now) {
        failedSignIns = 0;
        lockedUntil = null;
        lastSignedInAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    int failedSignIns() {
        return failedSignIns;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getLastSignedInAt() {
        return lastSignedInAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Integer getVersion() {
        return version;
    }

    public Set<String> getRoles() {
        TreeSet<String> names = roles.stream().map(RoleGrant::role).collect(Collectors.toCollection(TreeSet::new));
        return Collections.unmodifiableSortedSet(names);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
