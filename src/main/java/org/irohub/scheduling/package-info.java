/**
 * Scheduling: booking child protection conferences. A request to book is created the moment protection
 * requests a conference (seed 5.3: business support books the ICPC provisionally when the strategy discussion
 * starts a section 47 enquiry). The manager's daily allocation page lists requests not yet booked, overdue
 * first, with chairs suggested by continuity, independence, availability and caseload, each with its
 * reasons. Business support books the date, time, room, chair and minute-taker; a chair or room booked twice
 * at once is refused, a rebooking keeps what it replaced and why, and a cancellation says why.
 * <p>
 * Other modules read bookings through {@link org.irohub.scheduling.ConferenceBookings} and may listen for
 * {@link org.irohub.scheduling.ConferenceBooked}, {@link org.irohub.scheduling.ConferenceRebooked} and
 * {@link org.irohub.scheduling.BookingCancelled}. A room too small for the people invited is refused: the
 * count comes through the {@link org.irohub.scheduling.InviteeCount} bean, which here reads protection's
 * {@code invitees} named interface (protection does not depend on scheduling).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "protection", "protection::invitees", "staff", "calendar", "children", "identity",
                "audit" })
package org.irohub.scheduling;
