package org.irohub.children.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildBorn;
import org.irohub.children.ChildId;
import org.irohub.children.ChildNotFoundException;
import org.irohub.identity.UserAccount;
import org.irohub.identity.UserAccountService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases on one child's record: create, view, edit and change who may see it. Each is audited in its own
 * transaction; a user who may not see a record is told it does not exist and the refusal is audited.
 */
@Service
public class ChildRecords {

    static final String RECORD_TYPE = "Child";

    private final Children children;
    private final AuditLog auditLog;
    private final DeniedAccessAudit denied;
    private final UserAccountService users;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ChildRecords(Children children, AuditLog auditLog, DeniedAccessAudit denied, UserAccountService users,
            Clock clock, ApplicationEventPublisher events) {
        this.children = children;
        this.auditLog = auditLog;
        this.denied = denied;
        this.users = users;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public ChildRecordView create(ChildDetailsInput input) {
        ChildDetails details = input.parse(LocalDate.now(clock));
        if (children.findByLaChildId(details.laChildId().value()).isPresent()) {
            throw new DuplicateLaChildIdException(details.laChildId());
        }
        Child saved;
        try {
            saved = children.save(Child.create(details, clock.instant()));
        }
        catch (DataIntegrityViolationException e) {
            // Someone else created the same LA child id between our check and our insert.
            throw new DuplicateLaChildIdException(details.laChildId());
        }
        auditLog.record(AuditEvent.success("CHILD_CREATED", RECORD_TYPE, saved.getId()));
        return ChildRecordView.of(saved);
    }

    @Transactional
    public ChildRecordView view(ChildId id, String username) {
        Child child = visible(id, username, "CHILD_VIEWED");
        auditLog.record(AuditEvent.success("CHILD_VIEWED", RECORD_TYPE, id));
        return ChildRecordView.of(child);
    }

    /** Replaces the details, provided nobody changed the record since the editor loaded it at that version. */
    @Transactional
    public ChildRecordView update(ChildId id, int expectedVersion, ChildDetailsInput input, String username) {
        Child child = visible(id, username, "CHILD_UPDATED");
        if (child.getVersion() != expectedVersion) {
            throw new StaleChildRecordException();
        }
        ChildDetails details = input.parse(LocalDate.now(clock));
        children.findByLaChildId(details.laChildId().value())
            .filter(other -> !other.getId().equals(child.getId()))
            .ifPresent(other -> {
                throw new DuplicateLaChildIdException(details.laChildId());
            });
        boolean wasUnborn = !child.isBorn();
        child.amend(details, clock.instant());
        Child saved = save(child, details);
        auditLog.record(AuditEvent.success("CHILD_UPDATED", RECORD_TYPE, id));
        if (wasUnborn && saved.isBorn()) {
            events.publishEvent(new ChildBorn(id, details.dateOfBirth()));
        }
        return ChildRecordView.of(saved);
    }

    @Transactional
    public ChildAccessView viewAccess(ChildId id, String username, boolean administrator) {
        Child child = changeableBy(id, username, administrator, "CHILD_ACCESS_VIEWED");
        auditLog.record(AuditEvent.success("CHILD_ACCESS_VIEWED", RECORD_TYPE, id));
        return accessView(child);
    }

    /**
     * Restricts the record to the named users (each must be an IRO Hub user) or lifts the restriction. A user
     * who names others but not themselves loses sight of the record, as they asked.
     */
    @Transactional
    public ChildAccessView changeAccess(ChildId id, int expectedVersion, boolean restrict, Set<String> usernames,
            String username, boolean administrator) {
        Child child = changeableBy(id, username, administrator, "CHILD_ACCESS_CHANGED");
        if (child.getVersion() != expectedVersion) {
            throw new StaleChildRecordException();
        }
        if (restrict) {
            child.restrictTo(knownUsers(usernames), clock.instant());
        }
        else {
            child.unrestrict(clock.instant());
        }
        Child saved = save(child, null);
        auditLog.record(AuditEvent.success("CHILD_ACCESS_CHANGED", RECORD_TYPE, id)
            .withDetail(restrict ? "restricted to " + String.join(",", saved.allowedUsernames()) : "unrestricted"));
        return accessView(saved);
    }

    private Set<String> knownUsers(Set<String> requested) {
        Map<String, String> known = users.all()
            .stream()
            .map(UserAccount::getUsername)
            .collect(Collectors.toMap(u -> u.toLowerCase(Locale.ROOT), u -> u, (a, b) -> a));
        Set<String> result = new TreeSet<>();
        for (String name : requested) {
            String found = known.get(name.trim().toLowerCase(Locale.ROOT));
            if (found == null) {
                throw new ChildValidationException("allowedUsers", "There is no user called " + name.trim());
            }
            result.add(found);
        }
        return result;
    }

    private Child visible(ChildId id, String username, String action) {
        Child child = children.findById(id.value()).orElseThrow(() -> new ChildNotFoundException(id));
        ChildAccessPolicy.refusalToView(child, username).ifPresent(reason -> refuse(id, action, reason));
        return child;
    }

    private Child changeableBy(ChildId id, String username, boolean administrator, String action) {
        Child child = children.findById(id.value()).orElseThrow(() -> new ChildNotFoundException(id));
        ChildAccessPolicy.refusalToChangeAccess(child, username, administrator)
            .ifPresent(reason -> refuse(id, action, reason));
        return child;
    }

    private void refuse(ChildId id, String action, String reason) {
        denied.record(action, id, reason);
        throw new ChildNotFoundException(id);
    }

    private Child save(Child child, ChildDetails details) {
        try {
            return children.save(child);
        }
        catch (OptimisticLockingFailureException e) {
            throw new StaleChildRecordException();
        }
        catch (DataIntegrityViolationException e) {
            if (details != null) {
                throw new DuplicateLaChildIdException(details.laChildId());
            }
            throw e;
        }
    }

    private static ChildAccessView accessView(Child child) {
        return new ChildAccessView(child.getId(), child.getLaChildId(), child.isRestricted(),
                child.allowedUsernames(), child.getVersion());
    }
}
