package org.irohub.interchange.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the {@code Message} element by element as children arrive (StAX), so a file of any size needs only the
 * memory of one child. Elements come in the schema's order; optional ones are left out when empty.
 */
final class CensusXmlWriter implements AutoCloseable {

    /** A line break and the indentation for each depth, made once. */
    private static final String[] NEW_LINES = new String[12];

    static {
        for (int depth = 0; depth < NEW_LINES.length; depth++) {
            NEW_LINES[depth] = "\n" + "  ".repeat(depth);
        }
    }

    private final XMLStreamWriter xml;
    private final BufferedWriter text;
    private final SchemaFlavour schema;
    private final boolean indent;
    private int depth;

    CensusXmlWriter(OutputStream out, SchemaFlavour schema, boolean indent) throws XMLStreamException {
        this.text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
        this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(text);
        this.schema = schema;
        this.indent = indent;
    }

    void begin(GeneratorSettings settings) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        leaf("Collection", "CIN");
        leaf("Year", Integer.toString(settings.referenceDate().getYear()));
        leaf("ReferenceDate", settings.referenceDate());
        closeElement();
        open("Source");
        leaf("SourceLevel", "L");
        leaf("LEA", settings.lea());
        leaf("SoftwareCode", "IRO Hub synthetic census generator");
        leaf("Release", "seed " + settings.seed());
        leaf("SerialNo", "001");
        leaf("DateTime", settings.referenceDate().plusDays(1) + "T09:00:00");
        closeElement();
        closeElement();
        open("Children");
    }

    void child(SyntheticChild child) throws XMLStreamException {
        open("Child");
        open("ChildIdentifiers");
        leaf("LAchildID", child.laChildId());
        leaf("UPN", child.upn());
        leaf("UPNunknown", child.upnUnknown());
        leaf("PersonBirthDate", child.birthDate());
        leaf("ExpectedPersonBirthDate", child.expectedBirthDate());
        leaf(schema.sexElement(), schema.sexCode(child.sex()));
        closeElement();
        open("ChildCharacteristics");
        leaf("Ethnicity", child.ethnicity());
        if (child.disabilities() != null) {
            open("Disabilities");
            for (String disability : child.disabilities()) {
                leaf("Disability", disability);
            }
            closeElement();
        }
        closeElement();
        for (Episode episode : child.episodes()) {
            episode(episode);
        }
        closeElement();
    }

    private void episode(Episode e) throws XMLStreamException {
        open("CINdetails");
        leaf("CINreferralDate", e.referralDate());
        leaf("ReferralSource", e.referralSource());
        leaf("PrimaryNeedCode", e.primaryNeed());
        leaf("CINclosureDate", e.closureDate());
        leaf("ReasonForClosure", e.closureReason());
        leaf("DateOfInitialCPC", e.transferInIcpc());
        if (e.assessment() != null) {
            assessment(e.assessment());
        }
        for (CinPlan plan : e.cinPlans()) {
            open("CINPlanDates");
            leaf("CINPlanStartDate", plan.start());
            leaf("CINPlanEndDate", plan.end());
            closeElement();
        }
        for (Section47 s47 : e.section47s()) {
            open("Section47");
            leaf("S47ActualStartDate", s47.start());
            leaf("InitialCPCtarget", s47.icpcTarget());
            leaf("DateOfInitialCPC", s47.icpc());
            leaf("ICPCnotRequired", schema.yesNo(s47.icpcNotRequired()));
            closeElement();
        }
        leaf("ReferralNFA", schema.yesNo(e.referralNfa()));
        for (ProtectionPlan plan : e.plans()) {
            plan(plan);
        }
        closeElement();
    }

    private void assessment(Assessment a) throws XMLStreamException {
        open("Assessments");
        leaf("AssessmentActualStartDate", a.start());
        leaf("AssessmentAuthorisationDate", a.authorised());
        if (!a.factors().isEmpty()) {
            open("FactorsIdentifiedAtAssessment");
            for (String factor : a.factors()) {
                leaf("AssessmentFactors", factor);
            }
            closeElement();
        }
        closeElement();
    }

    private void plan(ProtectionPlan plan) throws XMLStreamException {
        open("ChildProtectionPlans");
        leaf("CPPstartDate", plan.start());
        leaf("CPPendDate", plan.end());
        leaf("InitialCategoryOfAbuse", plan.initialCategory());
        leaf("LatestCategoryOfAbuse", plan.latestCategory());
        leaf("NumberOfPreviousCPP", Integer.toString(plan.previousPlans()));
        reviews(plan.reviews());
        closeElement();
    }

    private void reviews(List<LocalDate> reviews) throws XMLStreamException {
        if (reviews.isEmpty()) {
            return;
        }
        open("Reviews");
        for (LocalDate review : reviews) {
            leaf("CPPreviewDate", review);
        }
        closeElement();
    }

    void end() throws XMLStreamException {
        closeElement();
        closeElement();
        newLine();
        xml.writeEndDocument();
        xml.flush();
    }

    private void open(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        depth++;
    }

    private void closeElement() throws XMLStreamException {
        depth--;
        newLine();
        xml.writeEndElement();
    }

    private void leaf(String name, LocalDate value) throws XMLStreamException {
        if (value != null) {
            leaf(name, value.toString());
        }
    }

    private void leaf(String name, String value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        newLine();
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private void newLine() throws XMLStreamException {
        if (indent) {
            xml.writeCharacters(NEW_LINES[depth]);
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
        try {
            text.flush();
        }
        catch (IOException e) {
            throw new XMLStreamException(e);
        }
    }
}
