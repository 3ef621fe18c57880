package org.irohub.interchange.generator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads a census file back with StAX, child by child, into the generator's records, for tests to measure. */
final class CensusFileReader {

    private final XMLStreamReader xml;

    private CensusFileReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static void read(Path file, Consumer<SyntheticChild> each) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, each);
        }
    }

    static void read(InputStream in, Consumer<SyntheticChild> each) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        CensusFileReader reader = new CensusFileReader(factory.createXMLStreamReader(in));
        while (reader.xml.hasNext()) {
            if (reader.xml.next() == XMLStreamConstants.START_ELEMENT && reader.xml.getLocalName().equals("Child")) {
                each.accept(reader.child());
            }
        }
    }

    static List<SyntheticChild> readAll(Path file) throws Exception {
        List<SyntheticChild> children = new ArrayList<>();
        read(file, children::add);
        return children;
    }

    private SyntheticChild child() throws XMLStreamException {
        String id = null;
        String upn = null;
        String upnUnknown = null;
        LocalDate birth = null;
        LocalDate expected = null;
        ChildSex sex = null;
        String ethnicity = null;
        List<String> disabilities = null;
        List<Episode> episodes = new ArrayList<>();
        while (nextStartWithin("Child")) {
            switch (xml.getLocalName()) {
                case "LAchildID" -> id = xml.getElementText();
                case "UPN" -> upn = xml.getElementText();
                case "UPNunknown" -> upnUnknown = xml.getElementText();
                case "PersonBirthDate" -> birth = date();
                case "ExpectedPersonBirthDate" -> expected = date();
                case "Sex", "GenderCurrent" -> sex = sex(xml.getElementText());
                case "Ethnicity" -> ethnicity = xml.getElementText();
                case "Disabilities" -> disabilities = new ArrayList<>();
                case "Disability" -> disabilities.add(xml.getElementText());
                case "CINdetails" -> episodes.add(episode());
                default -> {
                }
            }
        }
        return new SyntheticChild(id, upn, upnUnknown, birth, expected, sex, ethnicity, disabilities, episodes);
    }

    private Episode episode() throws XMLStreamException {
        LocalDate referral = null;
        String source = null;
        String need = null;
        LocalDate closure = null;
        String reason = null;
        LocalDate transferIn = null;
        Assessment assessment = null;
        boolean nfa = false;
        List<CinPlan> cinPlans = new ArrayList<>();
        List<Section47> s47s = new ArrayList<>();
        List<ProtectionPlan> plans = new ArrayList<>();
        while (nextStartWithin("CINdetails")) {
            switch (xml.getLocalName()) {
                case "CINreferralDate" -> referral = date();
                case "ReferralSource" -> source = xml.getElementText();
                case "PrimaryNeedCode" -> need = xml.getElementText();
                case "CINclosureDate" -> closure = date();
                case "ReasonForClosure" -> reason = xml.getElementText();
                case "DateOfInitialCPC" -> transferIn = date();
                case "Assessments" -> assessment = assessment();
                case "CINPlanDates" -> cinPlans.add(cinPlan());
                case "Section47" -> s47s.add(section47());
                case "ReferralNFA" -> nfa = yes(xml.getElementText());
                case "ChildProtectionPlans" -> plans.add(plan());
                default -> {
                }
            }
        }
        return new Episode(referral, source, need, closure, reason, transferIn, assessment, cinPlans, s47s, nfa, plans);
    }

    private Assessment assessment() throws XMLStreamException {
        LocalDate start = null;
        LocalDate authorised = null;
        List<String> factors = new ArrayList<>();
        while (nextStartWithin("Assessments")) {
            switch (xml.getLocalName()) {
                case "AssessmentActualStartDate" -> start = date();
                case "AssessmentAuthorisationDate" -> authorised = date();
                case "AssessmentFactors" -> factors.add(xml.getElementText());
                default -> {
                }
            }
        }
        return new Assessment(start, authorised, factors);
    }

    private CinPlan cinPlan() throws XMLStreamException {
        LocalDate start = null;
        LocalDate end = null;
        while (nextStartWithin("CINPlanDates")) {
            switch (xml.getLocalName()) {
                case "CINPlanStartDate" -> start = date();
                case "CINPlanEndDate" -> end = date();
                default -> {
                }
            }
        }
        return new CinPlan(start, end);
    }

    private Section47 section47() throws XMLStreamException {
        LocalDate start = null;
        LocalDate target = null;
        LocalDate icpc = null;
        boolean notRequired = false;
        while (nextStartWithin("Section47")) {
            switch (xml.getLocalName()) {
                case "S47ActualStartDate" -> start = date();
                case "InitialCPCtarget" -> target = date();
                case "DateOfInitialCPC" -> icpc = date();
                case "ICPCnotRequired" -> notRequired = yes(xml.getElementText());
                default -> {
                }
            }
        }
        return new Section47(start, target, icpc, notRequired);
    }

    private ProtectionPlan plan() throws XMLStreamException {
        LocalDate start = null;
        LocalDate end = null;
        String initial = null;
        String latest = null;
        int previous = -1;
        List<LocalDate> reviews = new ArrayList<>();
        while (nextStartWithin("ChildProtectionPlans")) {
            switch (xml.getLocalName()) {
                case "CPPstartDate" -> start = date();
                case "CPPendDate" -> end = date();
                case "InitialCategoryOfAbuse" -> initial = xml.getElementText();
                case "LatestCategoryOfAbuse" -> latest = xml.getElementText();
                case "NumberOfPreviousCPP" -> previous = Integer.parseInt(xml.getElementText());
                case "CPPreviewDate" -> reviews.add(date());
                default -> {
                }
            }
        }
        return new ProtectionPlan(start, end, initial, latest, previous, reviews);
    }

    /** Moves to the next start tag inside {@code parent}; false at the parent's end tag. */
    private boolean nextStartWithin(String parent) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                return true;
            }
            if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(parent)) {
                return false;
            }
        }
        return false;
    }

    private LocalDate date() throws XMLStreamException {
        return LocalDate.parse(xml.getElementText().trim());
    }

    private static boolean yes(String value) {
        return value.equals("1") || value.equalsIgnoreCase("true");
    }

    private static ChildSex sex(String code) {
        return switch (code) {
            case "M", "1" -> ChildSex.MALE;
            case "F", "2" -> ChildSex.FEMALE;
            default -> ChildSex.UNKNOWN;
        };
    }
}
