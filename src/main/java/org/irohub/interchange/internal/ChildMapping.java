package org.irohub.interchange.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.irohub.children.Ethnicity;
import org.irohub.children.ImportedChild;
import org.irohub.children.LaChildId;
import org.irohub.children.Sex;
import org.irohub.children.Upn;
import org.irohub.interchange.ImportFinding;
import org.irohub.interchange.internal.CensusRecords.ChildRecord;
import org.irohub.interchange.internal.CensusRecords.Episode;
import org.irohub.interchange.internal.CensusRecords.Plan;
import org.irohub.interchange.internal.CensusRecords.Section47;
import org.irohub.interchange.internal.MappedChild.CensusFacts;
import org.irohub.protection.ImportedInitialConference;
import org.irohub.protection.ImportedPlan;
import org.irohub.protection.NoPlanRecommendation;

/**
 * How a census child becomes IRO Hub records (cin-census.md, "How IRO Hub maps it"), with the choices the census
 * leaves open made here: see {@link PlanInference}. A child whose LA child id IRO Hub cannot hold, or with neither
 * a date of birth nor an expected one, is not imported (an {@code IRO-} finding says so).
 */
final class ChildMapping {

    static final String ID = "IRO-ID";
    static final String BIRTH = "IRO-BIRTH";
    static final String UPN = "IRO-UPN";

    private ChildMapping() {
    }

    static Optional<MappedChild> map(ChildRecord c, List<ImportFinding> findings) {
        LaChildId id;
        try {
            id = LaChildId.of(c.laChildId());
        }
        catch (IllegalArgumentException e) {
            findings.add(new ImportFinding(ID, "The child was not imported: LAchildID " + quoted(c.laChildId())
                    + " cannot be held (" + e.getMessage() + ")", c.laChildId()));
            return Optional.empty();
        }
        if (c.birth() == null && c.expectedBirth() == null) {
            findings.add(new ImportFinding(BIRTH, "The child was not imported: it has neither a date of birth nor an "
                    + "expected date of birth", c.laChildId()));
            return Optional.empty();
        }
        Upn upn = null;
        String censusUpn = null;
        if (c.upn() != null) {
            try {
                upn = Upn.of(c.upn());
            }
            catch (IllegalArgumentException e) {
                censusUpn = CensusCodes.UPN.matcher(c.upn()).matches() ? c.upn() : null;
                findings.add(new ImportFinding(UPN, "The UPN " + quoted(c.upn()) + " was not put on the child's record: "
                        + e.getMessage(), c.laChildId()));
            }
        }
        ImportedChild child = new ImportedChild(id, upn, c.birth(), c.birth() == null ? c.expectedBirth() : null,
                sex(c, findings), ethnicity(c, findings), disability(c));
        List<String> disabilities = c.disabilities().stream().filter(CensusCodes.DISABILITIES::contains).distinct().toList();
        CensusFacts facts = new CensusFacts(censusUpn, pattern(c.formerUpn()),
                c.upnUnknown() != null && CensusCodes.UPN_UNKNOWN.contains(c.upnUnknown()) ? c.upnUnknown() : null,
                c.birth() != null ? c.expectedBirth() : null, c.death(),
                disabilities.isEmpty() || disabilities.equals(List.of("NONE")) ? null : String.join(" ", disabilities));
        return Optional.of(history(child, facts, c));
    }

    private static MappedChild history(ImportedChild child, CensusFacts facts, ChildRecord c) {
        Set<LocalDate> enquiries = new LinkedHashSet<>();
        Map<LocalDate, ImportedInitialConference> icpcs = new LinkedHashMap<>();
        Map<LocalDate, ImportedPlan> plans = new LinkedHashMap<>();
        Set<LocalDate> reviewDays = new TreeSet<>();
        int reviews = 0;
        for (Episode e : c.episodes()) {
            for (Section47 s : e.enquiries()) {
                if (s.start() != null) {
                    enquiries.add(s.start());
                }
                if (s.initialCpc() != null) {
                    icpcs.putIfAbsent(s.initialCpc(), new ImportedInitialConference(s.initialCpc(), s.start(),
                            ifNoPlan(e, s.initialCpc())));
                }
            }
            if (e.initialCpc() != null) {
                icpcs.putIfAbsent(e.initialCpc(), new ImportedInitialConference(e.initialCpc(), null,
                        ifNoPlan(e, e.initialCpc())));
            }
            for (Plan p : e.plans()) {
                ImportedPlan plan = PlanInference.plan(p, e, c);
                ImportedPlan before = plans.putIfAbsent(p.start(), plan);
                if (before == null) {
                    reviews += new TreeSet<>(p.reviews()).size();
                    reviewDays.addAll(p.reviews());
                }
            }
        }
        return new MappedChild(child, facts, c.episodes().stream().filter(e -> e.referral() != null).toList(),
                List.copyOf(enquiries), List.copyOf(icpcs.values()), List.copyOf(plans.values()),
                icpcs.size() + reviewDays.size(), reviews);
    }

    /** A conference that started no plan recommended a CIN plan when one followed in the episode. */
    private static NoPlanRecommendation ifNoPlan(Episode e, LocalDate conference) {
        return e.cinPlans().stream().anyMatch(p -> !p.start().isBefore(conference))
                ? NoPlanRecommendation.CHILD_IN_NEED_PLAN : NoPlanRecommendation.NO_FURTHER_ACTION;
    }

    /** {@code GenderCurrent} 1/2/0/9 (returns to 2023-24) or {@code Sex} M/F/U (from 2024-25; some send 1/2). */
    private static Sex sex(ChildRecord c, List<ImportFinding> findings) {
        String code = c.sex() == null ? "" : c.sex().toUpperCase(Locale.ROOT);
        return switch (code) {
            case "1", "M" -> Sex.MALE;
            case "2", "F" -> Sex.FEMALE;
            case "0", "9", "U" -> Sex.UNKNOWN;
            default -> {
                findings.add(new ImportFinding(ChildParser.VALUE, "Sex (or GenderCurrent) " + quoted(c.sex())
                        + " is not M, F, U, 1, 2, 0 or 9; recorded as not known", c.laChildId()));
                yield Sex.UNKNOWN;
            }
        };
    }

    private static Ethnicity ethnicity(ChildRecord c, List<ImportFinding> findings) {
        if (c.ethnicity() == null) {
            return null;
        }
        try {
            return Ethnicity.parse(c.ethnicity());
        }
        catch (IllegalArgumentException e) {
            findings.add(new ImportFinding(ChildParser.VALUE, "Ethnicity " + quoted(c.ethnicity())
                    + " is not a DfE ethnicity code and was left out", c.laChildId()));
            return null;
        }
    }

    private static Boolean disability(ChildRecord c) {
        List<String> known = c.disabilities().stream().filter(CensusCodes.DISABILITIES::contains).toList();
        return known.isEmpty() ? null : known.stream().anyMatch(d -> !d.equals("NONE"));
    }

    private static String pattern(String upn) {
        return upn != null && CensusCodes.UPN.matcher(upn).matches() ? upn : null;
    }

    static String quoted(String value) {
        return value == null ? "(none)" : "'" + ChildParser.shorten(value) + "'";
    }
}
