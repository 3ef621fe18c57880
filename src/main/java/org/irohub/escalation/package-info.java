/**
 * Escalation: Quality Performance Reports (child protection) and the dispute resolution process (looked-after
 * children) as one process (seed 8, 13.1). A chair or IRO raises an escalation on a child's case (or, as one
 * escalation about all of them, on a sibling group's) against an agency, escalates it through Informal and
 * Stages 1 to 5 (the formal stages together within 20 working days, IRO Handbook 6.2), and resolves or withdraws it. Reports count each by the quarter it was raised in and the
 * highest stage it reached (seed 8.3). Managers share a weekly tracker of open escalations with children's social
 * care (seed Appendix 2) and keep the lists of agencies and themes.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "children", "staff", "calendar", "identity", "audit", "portal" })
package org.irohub.escalation;
