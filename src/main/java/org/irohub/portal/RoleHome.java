package org.irohub.portal;

import java.util.List;

import org.irohub.identity.Roles;

/**
 * What a role's home section offers: links to what is built, and a plain statement of what is coming so
 * nobody hunts for a feature that is not there yet.
 */
record RoleHome(String role, String title, String summary, List<HomeLink> links, List<String> comingSoon) {

    record HomeLink(String label, String href, String hint) {
    }

    static RoleHome of(String role) {
        return switch (role) {
            case Roles.ADMIN -> new RoleHome(role, "Administration", Roles.description(role),
                    List.of(new HomeLink("CIN census import and export", "/imports", "Start with a council's history from its CIN census returns, or write a return"),
                            new HomeLink("Scorecard", "/scorecard", "Every DfE indicator computed live; set the child population and targets"),
                            new HomeLink("Manage users", "/admin/users", "Create accounts, assign roles, disable, reset passwords"),
                            new HomeLink("Bank holidays", "/admin/bank-holidays", "See the bank holidays used for working days and upload a newer GOV.UK file"),
                            new HomeLink("Timescales", "/settings/timescales", "The statutory and local timescales IRO Hub works to"),
                            new HomeLink("Reasons out of timescale", "/admin/late-reasons", "The list chairs choose from when a conference is late"),
                            new HomeLink("Escalation agencies and themes", "/escalations/lists/agencies", "The agencies and themes a QPR or DRP can be raised against"),
                            new HomeLink("Escalation tracker", "/escalations/tracker", "This week's open escalations, to download for children's social care")),
                    List.of());
            case Roles.IRO_MANAGER -> new RoleHome(role, "IRO manager", Roles.description(role),
                    List.of(new HomeLink("Allocation", "/allocation", "Today's requests to allocate and book, overdue first, with suggested chairs"),
                            new HomeLink("Scorecard", "/scorecard", "Every DfE indicator for a month, quarter or year, beside last year, England and targets"),
                            new HomeLink("Escalations", "/escalations", "Open QPRs and DRPs, overdue stages first"),
                            new HomeLink("Escalation tracker", "/escalations/tracker", "This week's open escalations, to download for children's social care"),
                            new HomeLink("Escalation reports", "/escalations/report", "By quarter and highest stage (table 8.3), agency, theme and chair"),
                            new HomeLink("Escalation agencies and themes", "/escalations/lists/agencies", "Add, rename or retire agencies and themes"),
                            new HomeLink("Find a child", "/children", "Children's records, strategy discussions, conferences and plans"),
                            new HomeLink("Chairs", "/staff/chairs", "FTE, working days, daily limits and conflicts of interest"),
                            new HomeLink("Venues", "/staff/venues", "Rooms, capacity, accessibility, child and family friendly"),
                            new HomeLink("CIN census", "/imports", "Import CIN census returns and export a year's child protection parts"),
                            new HomeLink("Timescales", "/settings/timescales", "The timescales conferences are measured against")),
                    List.of());
            case Roles.CHAIR -> new RoleHome(role, "Chair / IRO", Roles.description(role),
                    List.of(new HomeLink("My conferences", "/my-conferences", "Upcoming, to prepare, children to contact, minutes to approve"),
                            new HomeLink("Escalations", "/escalations", "QPRs and DRPs you have raised, with stages overdue"),
                            new HomeLink("Find a child", "/children", "Record outcomes of the conferences you chair"),
                            new HomeLink("Timescales", "/settings/timescales", "When conferences, reports and minutes are due")),
                    List.of());
            case Roles.BUSINESS_SUPPORT -> new RoleHome(role, "Business support", Roles.description(role),
                    List.of(new HomeLink("Bookings", "/bookings", "Requests to book, and booked conferences with chair, room and minute-taker"),
                            new HomeLink("Minutes", "/minutes", "Decision letters, minutes received, approved and distributed, overdue first"),
                            new HomeLink("Find a child", "/children", "Add a child and record a strategy discussion"),
                            new HomeLink("Add a child", "/children/new", "Including unborn children, with an expected date of birth"),
                            new HomeLink("Venues", "/staff/venues", "Rooms for conferences")),
                    List.of());
            case Roles.PERFORMANCE_VIEWER -> new RoleHome(role, "Performance", Roles.description(role),
                    List.of(new HomeLink("Scorecard", "/scorecard", "Every DfE indicator computed live, with trends and England comparisons"),
                            new HomeLink("Escalation reports", "/escalations/report", "QPRs and DRPs by quarter and highest stage, agency and theme"),
                            new HomeLink("Timescales", "/settings/timescales", "The definitions behind the figures")),
                    List.of());
            case Roles.AUDITOR -> new RoleHome(role, "Audit", Roles.description(role),
                    List.of(new HomeLink("Audit log", "/audit", "Who read or changed which record, and when; check the log has not been altered")),
                    List.of());
            default -> throw new IllegalArgumentException("No home section for role " + role);
        };
    }
}
