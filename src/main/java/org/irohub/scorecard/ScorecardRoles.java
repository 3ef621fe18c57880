package org.irohub.scorecard;

import org.irohub.identity.Roles;

/** Who may see and set what on the scorecard. Performance viewers see figures, never the children behind them. */
public final class ScorecardRoles {

    /** The figures, trends, England figures and targets. */
    public static final String FIGURES = Roles.CAN_SEE_FIGURES;

    /** The children or conferences behind a count: managers and administrators, never performance viewers. */
    public static final String DRILL_DOWN = Roles.IS_MANAGER_OR_ADMIN;

    /** The child population estimate and the local targets. */
    public static final String SETTINGS = Roles.IS_MANAGER_OR_ADMIN;

    /** National figures. */
    public static final String NATIONAL_FIGURES = Roles.IS_ADMIN;

    private ScorecardRoles() {
    }
}
