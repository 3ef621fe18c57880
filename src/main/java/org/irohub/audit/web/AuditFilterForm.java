package org.irohub.audit.web;

/** The audit page's filter fields as typed (dates as text so a bad one can be shown back with its error). */
record AuditFilterForm(String actor, String action, String recordType, String recordId, String channel,
        String outcome, String from, String to, Integer page) {

    int pageOrZero() {
        return page == null ? 0 : page;
    }
}
