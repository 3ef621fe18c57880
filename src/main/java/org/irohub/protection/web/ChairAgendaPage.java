package org.irohub.protection.web;

import java.util.List;

import org.irohub.protection.minutes.ChairAgenda;

/** A chair's agenda with its dates in words, for the "my conferences" page. */
record ChairAgendaPage(String chairName, String prepareBy, List<Conference> toPrepare, List<Conference> upcoming,
        List<Contact> contacts, List<Approval> toApprove) {

    record Conference(long id, String type, String date, boolean booked, String children) {

        static Conference of(ChairAgenda.Upcoming u) {
            return new Conference(u.conferenceId(), u.type(), Dates.format(u.date()), u.booked(),
                    String.join(", ", u.children()));
        }
    }

    record Contact(long conferenceId, String conferenceDate, long childId, String childName, int age) {
    }

    record Approval(long conferenceId, String type, String heldOn, String receivedOn, String due, boolean overdue,
            String children) {
    }

    static ChairAgendaPage of(ChairAgenda a) {
        return new ChairAgendaPage(a.chairName(), Dates.format(a.prepareBy()),
                a.toPrepare().stream().map(Conference::of).toList(), a.upcoming().stream().map(Conference::of).toList(),
                a.contacts().stream().map(c -> new Contact(c.conferenceId(), Dates.format(c.conferenceDate()),
                        c.childId(), c.childName(), c.age())).toList(),
                a.toApprove().stream().map(m -> new Approval(m.conferenceId(), m.type(), Dates.format(m.heldOn()),
                        Dates.format(m.receivedOn()), Dates.format(m.due()), m.overdue(),
                        String.join(", ", m.children()))).toList());
    }
}
