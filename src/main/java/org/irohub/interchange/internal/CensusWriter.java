package org.irohub.interchange.internal;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.irohub.children.ChildExtract;
import org.irohub.interchange.internal.CensusRecords.CinPlan;
import org.irohub.protection.CensusHistory;

/**
 * Writes a return in the element order of the DfE 2025-26 schema ({@code CIN_schema_2026.xsd}): {@code Sex} as
 * M/F/U, yes/no as 1/0. Streams child by child.
 */
final class CensusWriter implements AutoCloseable {

    /** xs:dateTime needs the seconds, which LocalDateTime leaves out when they are zero. */
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final XMLStreamWriter xml;

    CensusWriter(OutputStream out) throws XMLStreamException {
        this.xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
    }

    void start(LocalDate referenceDate, String lea, LocalDateTime now) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("Message");
        xml.writeStartElement("Header");
        xml.writeStartElement("CollectionDetails");
        leaf("Collection", "CIN");
        leaf("Year", Integer.toString(referenceDate.getYear()));
        leaf("ReferenceDate", referenceDate);
        xml.writeEndElement();
        xml.writeStartElement("Source");
        leaf("SourceLevel", "L");
        leaf("LEA", lea);
        leaf("SoftwareCode", "IRO Hub");
        leaf("Release", "1");
        leaf("SerialNo", "001");
        leaf("DateTime", SECONDS.format(now));
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeStartElement("Children");
        xml.writeCharacters("\n");
    }

    void child(ReturnChild c) throws XMLStreamException {
        ChildExtract child = c.child();
        xml.writeStartElement("Child");
        xml.writeStartElement("ChildIdentifiers");
        leaf("LAchildID", child.laChildId());
        leaf("UPN", child.upn() != null ? child.upn() : c.facts() == null ? null : c.facts().upn());
        if (c.facts() != null) {
            leaf("FormerUPN", c.facts().formerUpn());
            leaf("UPNunknown", c.facts().upnUnknown());
        }
        leaf("PersonBirthDate", child.dateOfBirth());
        leaf("ExpectedPersonBirthDate", child.expectedDateOfBirth() != null ? child.expectedDateOfBirth()
                : c.facts() == null ? null : c.facts().expectedBirth());
        leaf("Sex", child.sex().code());
        leaf("PersonDeathDate", c.facts() == null ? null : c.facts().death());
        xml.writeEndElement();
        xml.writeStartElement("ChildCharacteristics");
        leaf("Ethnicity", child.ethnicity() == null ? "NOBT" : child.ethnicity().name());
        String disabilities = c.facts() != null && c.facts().disabilities() != null ? c.facts().disabilities()
                : Boolean.FALSE.equals(child.disability()) ? "NONE" : null;
        if (disabilities != null) {
            xml.writeStartElement("Disabilities");
            for (String code : disabilities.split(" ")) {
                leaf("Disability", code);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        for (ReturnChild.Episode e : c.episodes()) {
            episode(e);
        }
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private void episode(ReturnChild.Episode e) throws XMLStreamException {
        xml.writeStartElement("CINdetails");
        leaf("CINreferralDate", e.referral());
        leaf("ReferralSource", e.source());
        leaf("PrimaryNeedCode", e.need());
        leaf("CINclosureDate", e.closure());
        leaf("ReasonForClosure", e.reason());
        leaf("DateOfInitialCPC", e.initialCpc());
        for (CinPlan p : e.cinPlans()) {
            xml.writeStartElement("CINPlanDates");
            leaf("CINPlanStartDate", p.start());
            leaf("CINPlanEndDate", p.end());
            xml.writeEndElement();
        }
        for (ReturnChild.Enquiry s : e.enquiries()) {
            xml.writeStartElement("Section47");
            leaf("S47ActualStartDate", s.start());
            leaf("InitialCPCtarget", s.target());
            leaf("DateOfInitialCPC", s.initialCpc());
            leaf("ICPCnotRequired", s.notRequired() ? "1" : "0");
            xml.writeEndElement();
        }
        leaf("ReferralNFA", e.nfa() ? "1" : "0");
        for (CensusHistory.Plan p : e.plans()) {
            xml.writeStartElement("ChildProtectionPlans");
            leaf("CPPstartDate", p.startedOn());
            leaf("CPPendDate", p.endedOn());
            leaf("InitialCategoryOfAbuse", p.initialCategory().name());
            leaf("LatestCategoryOfAbuse", p.latestCategory().name());
            leaf("NumberOfPreviousCPP", Integer.toString(p.previousPlans()));
            if (!p.reviewsHeldOn().isEmpty()) {
                xml.writeStartElement("Reviews");
                for (LocalDate review : p.reviewsHeldOn()) {
                    leaf("CPPreviewDate", review);
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    void finish() throws XMLStreamException {
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }

    private void leaf(String name, Object value) throws XMLStreamException {
        if (value != null) {
            xml.writeStartElement(name);
            xml.writeCharacters(value.toString());
            xml.writeEndElement();
        }
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
