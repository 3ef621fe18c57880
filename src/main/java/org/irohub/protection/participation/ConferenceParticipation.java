package org.irohub.protection.participation;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.irohub.protection.ProtectionException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * Participation in one conference, keyed by the conference's id: the invitees with their attendance and
 * reports, each child's participation, and the chair's decision when the conference was not quorate. Whether
 * the conference is still open is checked by the service before any change, since that is the conference's state.
 */
public class ConferenceParticipation {

    @Id
    private final Long id;
    private Boolean inquorateProceed;
    private String inquorateReason;
    private String decidedBy;
    private Instant decidedAt;
    private Long reconvenedAs;
    private int nextInviteeId;
    @Version
    private Integer version;
    private Set<ConferenceInvitee> invitees;
    private Set<ChildParticipation> children;

    @PersistenceCreator
    ConferenceParticipation(Long id, Boolean inquorateProceed, String inquorateReason, String decidedBy,
            Instant decidedAt, Long reconvenedAs, int nextInviteeId, Integer version, Set<ConferenceInvitee> invitees,
            Set<ChildParticipation> children) {
        this.id = id;
        this.inquorateProceed = inquorateProceed;
        this.inquorateReason = inquorateReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.reconvenedAs = reconvenedAs;
        this.nextInviteeId = nextInviteeId;
        this.version = version;
        this.invitees = invitees == null ? new HashSet<>() : new HashSet<>(invitees);
        this.children = children == null ? new HashSet<>() : new HashSet<>(children);
    }

    /** Nothing recorded yet for the conference; saved (inserted) with its first change. */
    static ConferenceParticipation none(long conferenceId) {
        return new ConferenceParticipation(conferenceId, null, null, null, null, null, 1, null, Set.of(), Set.of());
    }

    ConferenceInvitee invite(InviteeDetails d) {
        ConferenceInvitee invitee = new ConferenceInvitee(nextInviteeId++, d.name(), d.kind(), d.agency(), d.role(),
                d.directContact(), null, false, null);
        invitees.add(invitee);
        return invitee;
    }

    void change(int inviteeId, InviteeDetails d) {
        replace(invitee(inviteeId).withDetails(d));
    }

    void remove(int inviteeId) {
        invitees.remove(invitee(inviteeId));
    }

    void recordAttendance(int inviteeId, Attendance attendance) {
        replace(invitee(inviteeId).withAttendance(attendance));
    }

    void recordReport(int inviteeId, boolean expected, java.time.LocalDate receivedOn) {
        ConferenceInvitee invitee = invitee(inviteeId);
        if (!invitee.isAgency()) {
            throw ProtectionException.invalid("expected", "Only an agency invitee has a report to the conference");
        }
        if (!expected && receivedOn != null) {
            throw ProtectionException.invalid("receivedOn", "A report that is not expected cannot have been received");
        }
        replace(invitee.withReport(expected, receivedOn));
    }

    void recordChild(ChildParticipation participation) {
        children.removeIf(c -> c.childId() == participation.childId());
        children.add(participation);
    }

    void decideToProceed(String reason, String by, Instant at) {
        requireNoDecision();
        inquorateProceed = true;
        inquorateReason = reason;
        decidedBy = by;
        decidedAt = at;
    }

    void decideToReconvene(String reason, long reconvened, String by, Instant at) {
        requireNoDecision();
        inquorateProceed = false;
        inquorateReason = reason;
        reconvenedAs = reconvened;
        decidedBy = by;
        decidedAt = at;
    }

    private void requireNoDecision() {
        if (inquorateProceed != null) {
            throw ProtectionException.conflict("proceed", "The chair has already decided about this inquorate conference");
        }
    }

    ConferenceInvitee invitee(int inviteeId) {
        return invitees.stream().filter(i -> i.inviteeId() == inviteeId).findFirst()
            .orElseThrow(() -> ProtectionException.invalid("inviteeId", "This conference has no invitee " + inviteeId));
    }

    private void replace(ConferenceInvitee changed) {
        invitees.removeIf(i -> i.inviteeId() == changed.inviteeId());
        invitees.add(changed);
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    /** In the order they were invited. */
    public List<ConferenceInvitee> getInvitees() {
        return invitees.stream().sorted(Comparator.comparingInt(ConferenceInvitee::inviteeId)).toList();
    }

    public Optional<ChildParticipation> child(long childId) {
        return children.stream().filter(c -> c.childId() == childId).findFirst();
    }

    public boolean isDecided() {
        return inquorateProceed != null;
    }

    public Boolean getInquorateProceed() {
        return inquorateProceed;
    }

    public String getInquorateReason() {
        return inquorateReason;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Long getReconvenedAs() {
        return reconvenedAs;
    }

    public boolean isAttendanceRecorded() {
        return invitees.stream().anyMatch(i -> i.attendance() != null);
    }
}
