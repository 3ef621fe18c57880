package org.irohub.staff.internal;

import java.util.List;
import java.util.Map;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.identity.UserAccountService;
import org.irohub.staff.ChairConflict;
import org.irohub.staff.ConflictReason;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Use cases of keeping the list of chairs. Each change is audited in its own transaction; a change made from a
 * version someone else has since changed is refused, never merged.
 */
@Service
public class ChairService {

    private final Chairs chairs;
    private final UserAccountService users;
    private final AuditLog auditLog;

    ChairService(Chairs chairs, UserAccountService users, AuditLog auditLog) {
        this.chairs = chairs;
        this.users = users;
        this.auditLog = auditLog;
    }

    @Transactional(readOnly = true)
    public List<Chair> all() {
        return chairs.findAllByName();
    }

    @Transactional(readOnly = true)
    public Chair get(long id) {
        return chairs.findById(id).orElseThrow(() -> new StaffNotFoundException("chair", id));
    }

    /** Teams already in use, offered as suggestions when typing a team. */
    @Transactional(readOnly = true)
    public List<String> teams() {
        return chairs.teamNames();
    }

    @Transactional
    public Chair create(ChairDetails details) {
        checkUsername(details, null);
        Chair saved = chairs.save(Chair.create(details));
        auditLog.record(AuditEvent.success("CHAIR_CREATED", "Chair", saved.getId()).withDetail(summary(saved)));
        return saved;
    }

    @Transactional
    public Chair update(long id, int expectedVersion, ChairDetails details) {
        Chair chair = current(id, expectedVersion);
        checkUsername(details, chair.getId());
        String before = summary(chair);
        chair.change(details);
        Chair saved = save(chair);
        auditLog.record(AuditEvent.success("CHAIR_UPDATED", "Chair", id).withDetail(before + " -> " + summary(saved)));
        return saved;
    }

    /**
     * @param expectedVersion the version the person saw, or {@code null} from the API, where adding a conflict
     *        cannot overwrite anyone else's change
     */
    @Transactional
    public Chair addConflict(long id, Integer expectedVersion, String personName, String role, String team,
            String reason) {
        Chair chair = expectedVersion == null ? get(id) : current(id, expectedVersion);
        ChairConflict conflict = conflict(personName, role, team, reason);
        if (!chair.addConflict(conflict)) {
            throw new StaffValidationException("personName", "That conflict is already recorded for this chair");
        }
        Chair saved = save(chair);
        auditLog.record(AuditEvent.success("CHAIR_CONFLICT_ADDED", "Chair", id)
            .withDetail("reason=" + conflict.reason() + (conflict.isWholeTeam() ? ", whole team" : "")));
        return saved;
    }

    /** @param index the position of the conflict in {@link Chair#getConflicts()} as the person saw it */
    @Transactional
    public Chair removeConflict(long id, int expectedVersion, int index) {
        Chair chair = current(id, expectedVersion);
        ChairConflict removed = chair.removeConflict(index);
        Chair saved = save(chair);
        auditLog.record(AuditEvent.success("CHAIR_CONFLICT_REMOVED", "Chair", id).withDetail("reason=" + removed.reason()));
        return saved;
    }

    /** A chair who leaves stays on record, inactive, so past conferences still name them. */
    @Transactional
    public Chair changeStatus(long id, int expectedVersion, boolean active) {
        Chair chair = current(id, expectedVersion);
        if (active) {
            chair.returnToService();
        }
        else {
            chair.leave();
        }
        Chair saved = save(chair);
        auditLog.record(AuditEvent.success(active ? "CHAIR_RETURNED" : "CHAIR_LEFT", "Chair", id));
        return saved;
    }

    private static ChairConflict conflict(String personName, String role, String team, String reason) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        String person = Fields.optional(personName, "personName", 120, errors);
        String cleanRole = Fields.optional(role, "role", 120, errors);
        String cleanTeam = Fields.optional(team, "team", 120, errors);
        if (person == null && cleanTeam == null) {
            errors.putIfAbsent("personName", "Enter the person's name, or a team to exclude the whole team");
        }
        ConflictReason why = null;
        try {
            why = reason == null ? null : ConflictReason.valueOf(reason.trim());
        }
        catch (IllegalArgumentException e) {
            // reported below
        }
        if (why == null) {
            errors.put("reason", "Select the reason: LINE_MANAGEMENT or OPERATIONAL_INVOLVEMENT");
        }
        if (!errors.isEmpty()) {
            throw new StaffValidationException(errors);
        }
        return new ChairConflict(person, cleanRole, cleanTeam, why);
    }

    private void checkUsername(ChairDetails details, Long chairId) {
        if (details.username() == null) {
            return;
        }
        boolean isUser = users.all().stream().anyMatch(u -> u.getUsername().equalsIgnoreCase(details.username()));
        if (!isUser) {
            throw new StaffValidationException("username",
                    "There is no IRO Hub user with the username " + details.username());
        }
        chairs.findByUsername(details.username())
            .filter(other -> !other.getId().equals(chairId))
            .ifPresent(other -> {
                throw new StaffValidationException("username", "Another chair, " + other.getName()
                        + ", is already linked to the user " + details.username());
            });
    }

    private Chair current(long id, int expectedVersion) {
        Chair chair = get(id);
        if (chair.getVersion() != expectedVersion) {
            throw StaffValidationException.staleEdit("chair");
        }
        return chair;
    }

    private Chair save(Chair chair) {
        try {
            return chairs.save(chair);
        }
        catch (OptimisticLockingFailureException e) {
            throw StaffValidationException.staleEdit("chair");
        }
    }

    /** Identifiers and working pattern only: names are personal data and stay in the chair record. */
    private static String summary(Chair chair) {
        return "team=" + chair.getTeam() + ", fte=" + chair.getFte() + ", days=" + chair.getWorkingDays().size()
                + ", max/day=" + chair.getMaxConferencesPerDay() + ", user=" + (chair.getUsername() != null);
    }
}
