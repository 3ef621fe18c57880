package org.irohub.protection;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.children.ChildBorn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a baby subject to a pre-birth plan is born, the first review falls due within 10 working days of the
 * birth or 3 months of the conference, whichever is sooner; the request made at the conference (when the
 * birth date was unknown) is moved accordingly, in the same transaction as the birth is recorded.
 */
@Component
class PreBirthReviewRescheduling {

    private final Conferences conferences;
    private final ConferenceTimescalePolicy timescales;
    private final AuditLog audit;

    PreBirthReviewRescheduling(Conferences conferences, ConferenceTimescalePolicy timescales, AuditLog audit) {
        this.conferences = conferences;
        this.timescales = timescales;
        this.audit = audit;
    }

    @EventListener
    void on(ChildBorn born) {
        for (Conference review : conferences.findByChild(born.child().value())) {
            if (review.getType() != ConferenceType.REVIEW || !review.isPreBirth() || !review.getStatus().isOpen()
                    || review.getPreviousConferenceId() == null) {
                continue;
            }
            conferences.findById(review.getPreviousConferenceId())
                .filter(previous -> previous.getType() != ConferenceType.REVIEW && previous.getHeldOn() != null)
                .ifPresent(planConference -> {
                    var due = timescales.firstReviewDue(planConference.getHeldOn(), true, born.dateOfBirth());
                    if (!due.equals(review.getDueDate())) {
                        var was = review.getDueDate();
                        review.reschedule(due);
                        conferences.save(review);
                        audit.record(AuditEvent.success("CONFERENCE_DUE_DATE_CHANGED", "Conference", review.getId())
                            .withDetail("birth recorded: due " + was + " -> " + due));
                    }
                });
        }
    }
}
