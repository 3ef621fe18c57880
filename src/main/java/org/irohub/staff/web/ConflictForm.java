package org.irohub.staff.web;

/** A conflict as typed on the chair page; field names differ from the chair's own so both forms share a page. */
record ConflictForm(String personName, String personRole, String personTeam, String reason) {

    static ConflictForm empty() {
        return new ConflictForm("", "", "", null);
    }
}
