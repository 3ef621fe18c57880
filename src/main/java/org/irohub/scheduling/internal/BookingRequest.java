package org.irohub.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;

import org.irohub.staff.CaseInvolvement;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/**
 * A conference to book, made the moment protection requests it. Business support or the manager enters the
 * case's social worker, team manager and team for the independence check; the manager may allocate a chair
 * before it is booked.
 */
public class BookingRequest {

    @Id
    private final Long conferenceId;
    private final LocalDate dueDate;
    private final Instant requestedAt;
    private String socialWorker;
    private String teamManager;
    private String team;
    private Long allocatedChairId;
    @Version
    private Integer version;

    @PersistenceCreator
    BookingRequest(Long conferenceId, LocalDate dueDate, Instant requestedAt, String socialWorker, String teamManager,
            String team, Long allocatedChairId, Integer version) {
        this.conferenceId = conferenceId;
        this.dueDate = dueDate;
        this.requestedAt = requestedAt;
        this.socialWorker = socialWorker;
        this.teamManager = teamManager;
        this.team = team;
        this.allocatedChairId = allocatedChairId;
        this.version = version;
    }

    static BookingRequest of(long conferenceId, LocalDate dueDate, Instant now) {
        return new BookingRequest(conferenceId, dueDate, now, null, null, null, null, null);
    }

    /** Replaces the case's people; blank means not known. */
    void changeCasePeople(CaseInvolvement people) {
        socialWorker = people.socialWorker();
        teamManager = people.teamManager();
        team = people.team();
    }

    void allocate(long chairId) {
        allocatedChairId = chairId;
    }

    public CaseInvolvement involvement() {
        return new CaseInvolvement(socialWorker, teamManager, team);
    }

    public Long getConferenceId() {
        return conferenceId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getSocialWorker() {
        return socialWorker;
    }

    public String getTeamManager() {
        return teamManager;
    }

    public String getTeam() {
        return team;
    }

    public Long getAllocatedChairId() {
        return allocatedChairId;
    }

    public Integer getVersion() {
        return version;
    }
}
