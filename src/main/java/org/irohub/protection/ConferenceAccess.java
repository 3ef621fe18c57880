package org.irohub.protection;

import org.springframework.stereotype.Component;

/**
 * The access check on a conference (restricted children) for the module's sub-packages, such as minutes, that
 * keep their own records about a conference. Goes through {@link ConferenceService#load}, so the rule and the
 * audit of a refusal stay in one place; it does not audit a view, the caller audits what it shows.
 */
@Component
public class ConferenceAccess {

    private final ConferenceService conferences;

    ConferenceAccess(ConferenceService conferences) {
        this.conferences = conferences;
    }

    /** @throws ConferenceNotFoundException when there is no such conference or the user may not see it */
    public Conference check(ConferenceId id, String username) {
        return conferences.load(id, username);
    }
}
