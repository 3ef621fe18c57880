package org.irohub.scheduling.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.irohub.scheduling.BookingSummary;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A conference booked: date, start and end time, room, chair and minute-taker. Rebooking changes it in place
 * and keeps what it replaced, with who changed it, when and why; cancelling keeps the booking, marked
 * cancelled, with the reason. The rules about clashes are checked by {@link BookingService} first.
 */
public class Booking {

    @Id
    private Long id;
    private final long conferenceId;
    private LocalDate conferenceDate;
    private LocalTime startTime;
    private LocalTime endTime;
    private long roomId;
    private long chairId;
    private String minuteTaker;
    private BookingStatus status;
    private final String bookedBy;
    private final Instant bookedAt;
    @Version
    private Integer version;
    @MappedCollection
    private List<BookingChange> changes;

    @PersistenceCreator
    Booking(Long id, long conferenceId, LocalDate conferenceDate, LocalTime startTime, LocalTime endTime, long roomId,
            long chairId,
            String minuteTaker, BookingStatus status, String bookedBy, Instant bookedAt, Integer version,
            List<BookingChange> changes) {
        this.id = id;
        this.conferenceId = conferenceId;
        this.conferenceDate = conferenceDate;
        this.startTime = startTime;
        this.endTime = endTime;
        this.roomId = roomId;
        this.chairId = chairId;
        this.minuteTaker = minuteTaker;
        this.status = status;
        this.bookedBy = bookedBy;
        this.bookedAt = bookedAt;
        this.version = version;
        this.changes = changes == null ? new ArrayList<>() : new ArrayList<>(changes);
    }

    static Booking book(long conferenceId, Slot slot, long roomId, long chairId, String minuteTaker, String by,
            Instant now) {
        return new Booking(null, conferenceId, slot.date(), slot.start(), slot.end(), roomId, chairId, minuteTaker,
                BookingStatus.BOOKED, by, now, null, List.of());
    }

    void rebook(Slot slot, long newRoomId, long newChairId, String newMinuteTaker, String reason, String by,
            Instant now) {
        changes.add(change(BookingChange.Kind.REBOOKED, reason, by, now));
        conferenceDate = slot.date();
        startTime = slot.start();
        endTime = slot.end();
        roomId = newRoomId;
        chairId = newChairId;
        minuteTaker = newMinuteTaker;
    }

    void cancel(String reason, String by, Instant now) {
        changes.add(change(BookingChange.Kind.CANCELLED, reason, by, now));
        status = BookingStatus.CANCELLED;
    }

    private BookingChange change(BookingChange.Kind kind, String reason, String by, Instant now) {
        return new BookingChange(kind, conferenceDate, startTime, endTime, roomId, chairId, minuteTaker, reason, by, now);
    }

    public boolean isBooked() {
        return status == BookingStatus.BOOKED;
    }

    public Slot slot() {
        return new Slot(conferenceDate, startTime, endTime);
    }

    public BookingSummary summary() {
        return new BookingSummary(conferenceId, conferenceDate, startTime, endTime, roomId, chairId, minuteTaker,
                status == BookingStatus.CANCELLED);
    }

    public Long getId() {
        return id;
    }

    public long getConferenceId() {
        return conferenceId;
    }

    public LocalDate getDate() {
        return conferenceDate;
    }

    public LocalTime getStart() {
        return startTime;
    }

    public LocalTime getEnd() {
        return endTime;
    }

    public long getRoomId() {
        return roomId;
    }

    public long getChairId() {
        return chairId;
    }

    public String getMinuteTaker() {
        return minuteTaker;
    }

    public BookingStatus getStatus() {
        return status;
    }

    public String getBookedBy() {
        return bookedBy;
    }

    public Instant getBookedAt() {
        return bookedAt;
    }

    public Integer getVersion() {
        return version;
    }

    /** Oldest first. */
    public List<BookingChange> getChanges() {
        return List.copyOf(changes);
    }
}
