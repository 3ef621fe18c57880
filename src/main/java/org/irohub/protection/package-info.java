/**
 * Protection: the child protection process from the strategy discussion that starts a section 47 enquiry,
 * through the initial conference and the plan it makes, to each review and the end of the plan. Due dates
 * come from the calendar's timescales and are computed, never typed; a conference held after its due date
 * needs a reason out of timescale.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "calendar", "children", "identity", "audit", "staff", "portal", "bulk" })
package org.irohub.protection;
