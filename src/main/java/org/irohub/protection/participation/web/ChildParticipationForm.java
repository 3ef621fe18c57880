package org.irohub.protection.participation.web;

import java.time.LocalDate;
import java.util.List;

import org.irohub.protection.participation.ChildParticipation;
import org.irohub.protection.participation.ChildParticipationRequest;

/** How a child took part, as typed: yes/no answers, the ways views were given, and the contact with the chair. */
record ChildParticipationForm(String attended, String preMeetingHeld, String viewsGiven, List<String> viewsHow,
        String contactDay, String contactMonth, String contactYear, String chairContactHow, Integer version) {

    static ChildParticipationForm of(ChildParticipation p, Integer version) {
        LocalDate d = p.chairContactOn();
        return new ChildParticipationForm(yesNo(p.attended()), yesNo(p.preMeetingHeld()), yesNo(p.viewsGiven()),
                p.viewsMethods().stream().map(Enum::name).toList(), d == null ? "" : String.valueOf(d.getDayOfMonth()),
                d == null ? "" : String.valueOf(d.getMonthValue()), d == null ? "" : String.valueOf(d.getYear()),
                p.chairContactHow(), version);
    }

    ChildParticipationRequest request(LocalDate contactOn) {
        return new ChildParticipationRequest(bool(attended), bool(preMeetingHeld), bool(viewsGiven), viewsHow, contactOn,
                chairContactHow, version);
    }

    public boolean chose(String method) {
        return viewsHow != null && viewsHow.contains(method);
    }

    private static String yesNo(Boolean b) {
        return b == null ? null : b ? "yes" : "no";
    }

    private static Boolean bool(String s) {
        return s == null || s.isBlank() ? null : "yes".equals(s);
    }
}
