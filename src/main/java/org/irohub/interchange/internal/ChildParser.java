package org.irohub.interchange.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Plan;
import org.irohub.interchange.internal.CensusRecords.Section47;

/**
 * Reads one {@code Child} tree into a {@link ChildRecord}. A value that cannot be read (a date that is not
 * YYYY-MM-DD, a count that is not a number) is left out and reported as an {@code IRO-VALUE} finding.
 */
final class ChildParser {

    static final String VALUE = "IRO-VALUE";

    private final List<ImportFinding> findings;
    private String laChildId;

    ChildParser(List<ImportFinding> findings) {
        this.findings = findings;
    }

    ChildRecord parse(Node child) {
        Node ids = orEmpty(child.child("ChildIdentifiers"), "ChildIdentifiers");
        laChildId = ids.text("LAchildID");
        Node characteristics = orEmpty(child.child("ChildCharacteristics"), "ChildCharacteristics");
        List<String> disabilities = new ArrayList<>();
        Node disabilityList = characteristics.child("Disabilities");
        if (disabilityList != null) {
            disabilityList.all("Disability").stream().map(Node::text).filter(t -> t != null)
                .map(t -> t.toUpperCase(Locale.ROOT)).forEach(disabilities::add);
        }
        String sex = ids.text("Sex") != null ? ids.text("Sex") : ids.text("GenderCurrent");
        List<Episode> episodes = child.all("CINdetails").stream().map(this::episode).toList();
        return new ChildRecord(laChildId, ids.text("UPN"), ids.text("FormerUPN"), ids.text("UPNunknown"),
                date(ids, "PersonBirthDate"), date(ids, "ExpectedPersonBirthDate"), sex, date(ids, "PersonDeathDate"),
                characteristics.text("Ethnicity"), disabilities, episodes);
    }

    private Episode episode(Node cin) {
        List<CinPlan> cinPlans = cin.all("CINPlanDates").stream()
            .map(p -> new CinPlan(date(p, "CINPlanStartDate"), date(p, "CINPlanEndDate")))
            .filter(p -> p.start() != null)
            .toList();
        List<Section47> enquiries = cin.all("Section47").stream()
            .map(s -> new Section47(date(s, "S47ActualStartDate"), date(s, "InitialCPCtarget"),
                    date(s, "DateOfInitialCPC"), Boolean.TRUE.equals(yesNo(s, "ICPCnotRequired"))))
            .toList();
        List<Plan> plans = new ArrayList<>();
        for (Node p : cin.all("ChildProtectionPlans")) {
            LocalDate start = date(p, "CPPstartDate");
            if (start == null) {
                findings.add(new ImportFinding(VALUE, "A child protection plan has no start date it can be matched by, "
                        + "so it was not imported", laChildId));
                continue;
            }
            Node reviews = p.child("Reviews");
            List<LocalDate> held = reviews == null ? List.of() : reviews.all("CPPreviewDate").stream()
                .map(r -> date(r.text(), "CPPreviewDate")).filter(d -> d != null).toList();
            plans.add(new Plan(start, date(p, "CPPendDate"), p.text("InitialCategoryOfAbuse"),
                    p.text("LatestCategoryOfAbuse"), count(p, "NumberOfPreviousCPP"), held));
        }
        return new Episode(date(cin, "CINreferralDate"), cin.text("ReferralSource"), cin.text("PrimaryNeedCode"),
                date(cin, "CINclosureDate"), cin.text("ReasonForClosure"), date(cin, "DateOfInitialCPC"), cinPlans,
                enquiries, yesNo(cin, "ReferralNFA"), plans);
    }

    private LocalDate date(Node parent, String element) {
        return date(parent.text(element), element);
    }

    private LocalDate date(String value, String element) {
        if (value == null) {
            return null;
        }
        try {
            return isoDate(value);
        }
        catch (DateTimeException | NumberFormatException e) {
            findings.add(new ImportFinding(VALUE, element + " '" + shorten(value) + "' is not a date (YYYY-MM-DD) and was "
                    + "left out", laChildId));
            return null;
        }
    }

    /** YYYY-MM-DD read directly: a census has hundreds of thousands of dates, and the formatter is slow. */
    static LocalDate isoDate(String value) {
        if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        return LocalDate.of(digits(value, 0, 4), digits(value, 5, 7), digits(value, 8, 10));
    }

    private static int digits(String value, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new NumberFormatException("not a digit");
            }
            n = n * 10 + c - '0';
        }
        return n;
    }

    private Integer count(Node parent, String element) {
        String value = parent.text(element);
        if (value == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 0) {
                return n;
            }
        }
        catch (NumberFormatException e) {
            // reported below
        }
        findings.add(new ImportFinding(VALUE, element + " '" + shorten(value) + "' is not a whole number of 0 or more "
                + "and was left out", laChildId));
        return null;
    }

    private Boolean yesNo(Node parent, String element) {
        String value = parent.text(element);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> {
                findings.add(new ImportFinding(VALUE, element + " '" + shorten(value) + "' is not 1, 0, true or false "
                        + "and was read as 0", laChildId));
                yield null;
            }
        };
    }

    private static Node orEmpty(Node node, String name) {
        return node == null ? new Node(name) : node;
    }

    static String shorten(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
