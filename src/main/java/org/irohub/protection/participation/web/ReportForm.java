package org.irohub.protection.participation.web;

import org.irohub.protection.participation.ConferenceInvitee;

/** Whether an agency's report is expected ("yes"/"no") and the date it was received, in the GOV.UK date pattern. */
record ReportForm(String expected, String receivedDay, String receivedMonth, String receivedYear, Integer version) {

    static ReportForm of(ConferenceInvitee i, Integer version) {
        var d = i.reportReceivedOn();
        return new ReportForm(i.reportExpected() ? "yes" : "no", d == null ? "" : String.valueOf(d.getDayOfMonth()),
                d == null ? "" : String.valueOf(d.getMonthValue()), d == null ? "" : String.valueOf(d.getYear()), version);
    }
}
