package org.irohub.scheduling.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.irohub.staff.CaseInvolvement;

/**
 * The case's social worker, team manager and team as typed: trimmed, inner spaces collapsed and blank taken
 * as not known, so the independence check compares names as people write them.
 */
final class CasePeople {

    static final int MAX_NAME = 120;

    private CasePeople() {
    }

    /** The people sent, keeping those on the request for any not sent (null); a blank one clears it. */
    static CaseInvolvement merge(CaseInvolvement before, CaseInvolvement sent) {
        return new CaseInvolvement(sent.socialWorker() == null ? before.socialWorker() : sent.socialWorker(),
                sent.teamManager() == null ? before.teamManager() : sent.teamManager(),
                sent.team() == null ? before.team() : sent.team());
    }

    /** @throws SchedulingException naming every name that is too long */
    static CaseInvolvement clean(CaseInvolvement people) {
        Map<String, String> errors = new LinkedHashMap<>();
        CaseInvolvement clean = clean(people, errors);
        if (!errors.isEmpty()) {
            throw new SchedulingException(errors);
        }
        return clean;
    }

    /** Adds to {@code errors} rather than throwing, so a booking reports these with its other input problems. */
    static CaseInvolvement clean(CaseInvolvement people, Map<String, String> errors) {
        return new CaseInvolvement(name(people.socialWorker(), "socialWorker", "The social worker's name", errors),
                name(people.teamManager(), "teamManager", "The team manager's name", errors),
                name(people.team(), "team", "The team's name", errors));
    }

    private static String name(String text, String field, String label, Map<String, String> errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String clean = text.trim().replaceAll("\\s+", " ");
        if (clean.length() > MAX_NAME) {
            errors.put(field, label + " must be " + MAX_NAME + " characters or fewer");
        }
        return clean;
    }
}
