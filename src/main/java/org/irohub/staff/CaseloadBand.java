package org.irohub.staff;

/** Where a chair's caseload per FTE sits against the recommended band. */
public enum CaseloadBand {
    UNDER, WITHIN, OVER
}
