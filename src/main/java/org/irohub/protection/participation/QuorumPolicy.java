package org.irohub.protection.participation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Local quoracy rule (rules.md, default): children's social care plus at least two other agencies or disciplines
 * with direct contact with the child, health counting once. Judged on who ATTENDED: apologies and a report
 * alone do not count, nor does a professional without direct contact. The number of other agencies and whether
 * health counts once are configurable ({@code irohub.quorum.*}).
 */
public final class QuorumPolicy {

    private static final String HEALTH = "Health";

    private final int otherAgenciesRequired;
    private final boolean healthCountsOnce;

    public QuorumPolicy(int otherAgenciesRequired, boolean healthCountsOnce) {
        if (otherAgenciesRequired < 0) {
            throw new IllegalArgumentException("irohub.quorum.other-agencies-required cannot be negative");
        }
        this.otherAgenciesRequired = otherAgenciesRequired;
        this.healthCountsOnce = healthCountsOnce;
    }

    /** The shipped default: two other agencies, health counting once. */
    public static QuorumPolicy standard() {
        return new QuorumPolicy(2, true);
    }

    public Quorum judge(Collection<ConferenceInvitee> invitees) {
        List<ConferenceInvitee> professionals = invitees.stream().filter(ConferenceInvitee::isAgency).toList();
        boolean socialCare = professionals.stream()
            .anyMatch(i -> i.attendance() == Attendance.ATTENDED && i.agency() == Agency.CHILDRENS_SOCIAL_CARE);
        Map<String, Set<Agency>> counted = new LinkedHashMap<>();
        Set<String> reportOnly = new LinkedHashSet<>();
        Set<String> noContact = new LinkedHashSet<>();
        for (ConferenceInvitee i : professionals) {
            if (i.agency() == Agency.CHILDRENS_SOCIAL_CARE) {
                continue;
            }
            if (i.attendance() == Attendance.REPORT_ONLY) {
                reportOnly.add(i.agency().label());
            }
            else if (i.attendance() == Attendance.ATTENDED && !i.directContact()) {
                noContact.add(i.agency().label());
            }
            else if (i.attendance() == Attendance.ATTENDED) {
                counted.computeIfAbsent(groupOf(i.agency()), g -> new LinkedHashSet<>()).add(i.agency());
            }
        }
        List<String> reasons = new ArrayList<>();
        reasons.add(socialCare ? "Children's social care attended" : "No one from children's social care attended");
        reasons.add(otherAgencies(counted, otherAgenciesRequired));
        if (counted.size() < otherAgenciesRequired) {
            reasons.add("At least " + otherAgenciesRequired + " other " + (otherAgenciesRequired == 1 ? "agency" : "agencies")
                    + " or disciplines with direct contact with the child must attend");
        }
        if (!reportOnly.isEmpty()) {
            reasons.add("A report without attending does not count: " + String.join(", ", reportOnly));
        }
        if (!noContact.isEmpty()) {
            reasons.add("Attended without direct contact with the child, so does not count: " + String.join(", ", noContact));
        }
        return new Quorum(socialCare && counted.size() >= otherAgenciesRequired, reasons);
    }

    private String groupOf(Agency agency) {
        return healthCountsOnce && agency.isHealth() ? HEALTH : agency.label();
    }

    private static String otherAgencies(Map<String, Set<Agency>> counted, int required) {
        if (counted.isEmpty()) {
            return "No other agency with direct contact attended";
        }
        String list = counted.entrySet().stream().map(e -> describe(e.getKey(), e.getValue()))
            .collect(Collectors.joining(", "));
        return switch (counted.size()) {
            case 1 -> (required > 1 ? "Only one" : "One") + " other agency with direct contact attended: " + list;
            default -> counted.size() + " other agencies with direct contact attended: " + list;
        };
    }

    private static String describe(String group, Set<Agency> agencies) {
        if (!HEALTH.equals(group)) {
            return group;
        }
        String disciplines = agencies.stream().map(a -> lowerFirst(a.label())).collect(Collectors.joining(", "));
        return HEALTH + " (" + disciplines + (agencies.size() > 1 ? " count once)" : ")");
    }

    /** "Health visitor" becomes "health visitor" but "GP" stays "GP". */
    private static String lowerFirst(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }
}
