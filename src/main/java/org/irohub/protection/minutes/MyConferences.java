package org.irohub.protection.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.irohub.audit.AuditEvent;
import org.irohub.audit.AuditLog;
import org.irohub.calendar.WorkingDays;
import org.irohub.children.ChildSummary;
import org.irohub.protection.ConferenceQueries;
import org.irohub.protection.participation.ChairContacts;
import org.irohub.protection.ConferenceSummary;
import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a chair's agenda. Pre-conference contact is listed for every child aged 5 or more on the conference
 * date (the local standard: "every child over 4") until the contact is recorded on the child's participation.
 */
@Service
public class MyConferences {

    /** How far ahead a booked conference counts as one to prepare for. */
    static final int PREPARE_WORKING_DAYS = 10;
    /** "Over 4": aged 5 or more on the conference date. */
    static final int CONTACT_AGE = 5;

    private final ChairDirectory chairs;
    private final ConferenceQueries conferences;
    private final MinutesRecords minutes;
    private final MinutesTimescalePolicy policy;
    private final ConferenceChildren children;
    private final WorkingDays workingDays;
    private final AuditLog audit;
    private final Clock clock;
    private final ChairContacts contactsRecorded;

    MyConferences(ChairDirectory chairs, ConferenceQueries conferences, MinutesRecords minutes,
            MinutesTimescalePolicy policy, ConferenceChildren children, WorkingDays workingDays, AuditLog audit,
            Clock clock, ChairContacts contactsRecorded) {
        this.contactsRecorded = contactsRecorded;
        this.chairs = chairs;
        this.conferences = conferences;
        this.minutes = minutes;
        this.policy = policy;
        this.children = children;
        this.workingDays = workingDays;
        this.audit = audit;
        this.clock = clock;
    }

    /** @return empty when the user is not linked to a chair record */
    @Transactional
    public Optional<ChairAgenda> of(String username) {
        Optional<ChairProfile> chair = chairs.findByUsername(username);
        if (chair.isEmpty()) {
            return Optional.empty();
        }
        long chairId = chair.get().id().value();
        LocalDate today = LocalDate.now(clock);
        LocalDate prepareBy = workingDays.addWorkingDays(today, PREPARE_WORKING_DAYS);
        List<ChairAgenda.Upcoming> upcoming = new ArrayList<>();
        List<ChairAgenda.ContactToRecord> contacts = new ArrayList<>();
        for (ConferenceSummary c : conferences.open()) {
            if (!Objects.equals(c.chairId(), chairId) || !children.canSeeAll(c.childIds(), username)) {
                continue;
            }
            LocalDate date = c.bookedFor() != null ? c.bookedFor() : c.dueDate();
            List<ChildSummary> summaries = children.summaries(c.childIds());
            upcoming.add(new ChairAgenda.Upcoming(c.id(), c.type().label(), date, c.bookedFor() != null,
                    summaries.stream().map(ChildSummary::fullName).toList()));
            var contacted = contactsRecorded.childrenContacted(c.id());
            summaries.stream()
                .filter(child -> child.isAgedAtLeast(CONTACT_AGE, date))
                .filter(child -> !contacted.contains(child.id().value()))
                .forEach(child -> contacts.add(new ChairAgenda.ContactToRecord(c.id(), date, child.id().value(),
                        child.fullName(), child.ageOn(date).getAsInt())));
        }
        upcoming.sort(Comparator.comparing(ChairAgenda.Upcoming::date).thenComparing(ChairAgenda.Upcoming::conferenceId));
        contacts.sort(Comparator.comparing(ChairAgenda.ContactToRecord::conferenceDate));
        List<ChairAgenda.Upcoming> toPrepare = upcoming.stream()
            .filter(u -> u.booked() && !u.date().isBefore(today) && !u.date().isAfter(prepareBy))
            .toList();
        List<ChairAgenda.AwaitingApproval> toApprove = awaitingApproval(chairId, today, username);
        audit.record(AuditEvent.success("MY_CONFERENCES_VIEWED", "Chair", chairId).withDetail("upcoming="
                + upcoming.size() + ", contacts=" + contacts.size() + ", toApprove=" + toApprove.size()));
        return Optional.of(new ChairAgenda(chairId, chair.get().name(), prepareBy, upcoming, toPrepare, contacts,
                toApprove));
    }

    private List<ChairAgenda.AwaitingApproval> awaitingApproval(long chairId, LocalDate today, String username) {
        List<ChairAgenda.AwaitingApproval> list = new ArrayList<>();
        for (Minutes m : minutes.findAwaitingApprovalBy(chairId)) {
            Optional<ConferenceSummary> c = conferences.find(m.getConferenceId());
            if (c.isEmpty() || !children.canSeeAll(c.get().childIds(), username)) {
                continue;
            }
            list.add(new ChairAgenda.AwaitingApproval(m.getConferenceId(), c.get().type().label(), m.getHeldOn(),
                    m.doneOn(MinutesStep.RECEIVED), policy.dueDate(m, MinutesStep.APPROVED),
                    policy.isOverdue(m, MinutesStep.APPROVED, today), children.names(c.get().childIds())));
        }
        return list;
    }
}
