package org.irohub.interchange;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes CIN census returns for tests: {@code CensusFile.forYearEnding(date).child("A1").bornOn(..).episode(..)
 * .section47(..).plan(..)}. Either sex element can be chosen ({@code GenderCurrent} codes for returns up to
 * 2023-24, {@code Sex} after).
 */
public final class CensusFile {

    private final LocalDate referenceDate;
    private final List<Child> children = new ArrayList<>();
    private boolean genderCurrent;

    private CensusFile(LocalDate referenceDate) {
        this.referenceDate = referenceDate;
    }

    public static CensusFile forYearEnding(LocalDate referenceDate) {
        return new CensusFile(referenceDate);
    }

    /** Writes {@code <GenderCurrent>} (1, 2, 0, 9) rather than {@code <Sex>}. */
    public CensusFile withGenderCurrent() {
        genderCurrent = true;
        return this;
    }

    public Child child(String laChildId) {
        Child child = new Child(laChildId);
        children.add(child);
        return child;
    }

    public String xml() {
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Message>\n<Header>\n"
                + "<CollectionDetails><Collection>CIN</Collection><Year>" + referenceDate.getYear() + "</Year>"
                + "<ReferenceDate>" + referenceDate + "</ReferenceDate></CollectionDetails>\n"
                + "<Source><SourceLevel>L</SourceLevel><LEA>201</LEA><SoftwareCode>Test</SoftwareCode>"
                + "<Release>1</Release><SerialNo>001</SerialNo><DateTime>2017-04-03T09:00:00</DateTime></Source>\n"
                + "</Header>\n<Children>\n");
        children.forEach(c -> c.write(x, genderCurrent));
        return x.append("</Children>\n</Message>\n").toString();
    }

    public Path writeTo(Path dir) {
        try {
            Path file = Files.createTempFile(dir, "census-", ".xml");
            Files.writeString(file, xml(), StandardCharsets.UTF_8);
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public final class Child {

        private final String laChildId;
        private LocalDate born = LocalDate.of(2010, 5, 1);
        private LocalDate expected;
        private String sex = "F";
        private String upn;
        private LocalDate died;
        private String ethnicity = "WBRI";
        private final List<Episode> episodes = new ArrayList<>();

        Child(String laChildId) {
            this.laChildId = laChildId;
        }

        public Child bornOn(LocalDate date) {
            born = date;
            return this;
        }

        public Child expectedOn(LocalDate date) {
            born = null;
            expected = date;
            return this;
        }

        /** M, F or U (written as 1, 2, 0 with {@link #withGenderCurrent()}). */
        public Child sex(String code) {
            sex = code;
            return this;
        }

        public Child upn(String value) {
            upn = value;
            return this;
        }

        public Child diedOn(LocalDate date) {
            died = date;
            return this;
        }

        public Episode episode(LocalDate referral) {
            Episode episode = new Episode(this, referral);
            episodes.add(episode);
            return episode;
        }

        public CensusFile and() {
            return CensusFile.this;
        }

        void write(StringBuilder x, boolean gender) {
            x.append("<Child>\n<ChildIdentifiers><LAchildID>").append(laChildId).append("</LAchildID>");
            tag(x, "UPN", upn);
            tag(x, "PersonBirthDate", born);
            tag(x, "ExpectedPersonBirthDate", expected);
            if (gender) {
                tag(x, "GenderCurrent", switch (sex) {
                    case "M" -> "1";
                    case "F" -> "2";
                    default -> "0";
                });
            }
            else {
                tag(x, "Sex", sex);
            }
            tag(x, "PersonDeathDate", died);
            x.append("</ChildIdentifiers>\n<ChildCharacteristics>");
            tag(x, "Ethnicity", ethnicity);
            x.append("<Disabilities><Disability>NONE</Disability></Disabilities></ChildCharacteristics>\n");
            episodes.forEach(e -> e.write(x));
            x.append("</Child>\n");
        }
    }

    public final class Episode {

        private final Child child;
        private final LocalDate referral;
        private LocalDate closed;
        private String closureReason;
        private LocalDate initialCpc;
        private final List<String> cinPlans = new ArrayList<>();
        private final List<String> enquiries = new ArrayList<>();
        private final List<String> plans = new ArrayList<>();

        Episode(Child child, LocalDate referral) {
            this.child = child;
            this.referral = referral;
        }

        public Episode closedOn(LocalDate date, String reason) {
            closed = date;
            closureReason = reason;
            return this;
        }

        /** A {@code DateOfInitialCPC} directly under {@code CINdetails}. */
        public Episode initialConference(LocalDate date) {
            initialCpc = date;
            return this;
        }

        public Episode cinPlan(LocalDate start, LocalDate end) {
            StringBuilder x = new StringBuilder("<CINPlanDates>");
            tag(x, "CINPlanStartDate", start);
            tag(x, "CINPlanEndDate", end);
            cinPlans.add(x.append("</CINPlanDates>\n").toString());
            return this;
        }

        public Episode section47(LocalDate start, LocalDate icpc) {
            return section47(start, null, icpc, false);
        }

        public Episode section47(LocalDate start, LocalDate target, LocalDate icpc, boolean notRequired) {
            StringBuilder x = new StringBuilder("<Section47>");
            tag(x, "S47ActualStartDate", start);
            tag(x, "InitialCPCtarget", target);
            tag(x, "DateOfInitialCPC", icpc);
            tag(x, "ICPCnotRequired", notRequired ? "1" : "0");
            enquiries.add(x.append("</Section47>\n").toString());
            return this;
        }

        public Episode plan(LocalDate start, LocalDate end, String initial, String latest, LocalDate... reviews) {
            return plan(start, end, initial, latest, "0", reviews);
        }

        public Episode plan(LocalDate start, LocalDate end, String initial, String latest, String previous,
                LocalDate... reviews) {
            StringBuilder x = new StringBuilder("<ChildProtectionPlans>");
            tag(x, "CPPstartDate", start);
            tag(x, "CPPendDate", end);
            tag(x, "InitialCategoryOfAbuse", initial);
            tag(x, "LatestCategoryOfAbuse", latest);
            tag(x, "NumberOfPreviousCPP", previous);
            if (reviews.length > 0) {
                x.append("<Reviews>");
                Arrays.stream(reviews).forEach(r -> tag(x, "CPPreviewDate", r));
                x.append("</Reviews>");
            }
            plans.add(x.append("</ChildProtectionPlans>\n").toString());
            return this;
        }

        public Child and() {
            return child;
        }

        public CensusFile done() {
            return CensusFile.this;
        }

        void write(StringBuilder x) {
            x.append("<CINdetails>");
            tag(x, "CINreferralDate", referral);
            tag(x, "ReferralSource", "1A");
            tag(x, "PrimaryNeedCode", "N1");
            tag(x, "CINclosureDate", closed);
            tag(x, "ReasonForClosure", closureReason);
            tag(x, "DateOfInitialCPC", initialCpc);
            x.append('\n');
            cinPlans.forEach(x::append);
            enquiries.forEach(x::append);
            tag(x, "ReferralNFA", "0");
            x.append('\n');
            plans.forEach(x::append);
            x.append("</CINdetails>\n");
        }
    }

    private static void tag(StringBuilder x, String name, Object value) {
        if (value != null) {
            x.append('<').append(name).append('>').append(value).append("</").append(name).append('>');
        }
    }
}
