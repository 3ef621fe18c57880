package org.irohub.interchange.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams a census file once, event by event, refusing anything unsafe or malformed with a
 * {@link CensusRefusedException}. It reads the header first and, when asked, hands each {@code Child} to a
 * consumer as a small tree; the file as a whole is never held in memory.
 */
final class CensusWalker {

    private final Path file;
    private final LongConsumer bytesRead;

    CensusWalker(Path file, LongConsumer bytesRead) {
        this.file = file;
        this.bytesRead = bytesRead;
    }

    /** The header and the number of children; with a consumer, each child as well. */
    record Walked(CensusHeader header, int children) {
    }

    Walked walk(Consumer<CensusHeader> onHeader, Consumer<Node> onChild) {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            GuardedInput in = new GuardedInput(raw, bytesRead);
            XMLStreamReader reader = CensusXml.factory().createXMLStreamReader(in);
            try {
                return walk(reader, onHeader, onChild);
            }
            catch (XMLStreamException e) {
                if (in.oversized()) {
                    throw new CensusRefusedException("The file was refused: it has a run of more than "
                            + CensusXml.MAX_RUN_BYTES / 1024 + " KB of text without markup. No census element holds more "
                            + "than a few dozen characters.");
                }
                throw notWellFormed(e);
            }
            finally {
                closeQuietly(reader);
            }
        }
        catch (XMLStreamException e) {
            throw notWellFormed(e);
        }
        catch (IOException e) {
            throw new CensusRefusedException("The file could not be read: " + e.getMessage(), e);
        }
    }

    private Walked walk(XMLStreamReader reader, Consumer<CensusHeader> onHeader, Consumer<Node> onChild)
            throws XMLStreamException {
        String[] path = new String[CensusXml.MAX_DEPTH + 1];
        Map<String, String> header = new HashMap<>();
        Deque<Node> open = new ArrayDeque<>();
        int depth = 0;
        int text = 0;
        int children = 0;
        int childElements = 0;
        boolean headerSent = false;
        StringBuilder headerText = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new CensusRefusedException("The file was refused: it has a "
                        + "DOCTYPE declaration. Census files have none, and a DOCTYPE can define entities that read other "
                        + "files (XXE) or expand without limit (billion laughs).");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new CensusRefusedException("The file was refused: "
                        + "it uses the entity &" + reader.getLocalName() + "; at line " + line(reader)
                        + ". Census files use no entities.");
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    text = 0;
                    if (depth > CensusXml.MAX_DEPTH) {
                        throw new CensusRefusedException("The file was refused: elements are nested more than "
                                + CensusXml.MAX_DEPTH + " deep at line " + line(reader) + ".");
                    }
                    String name = reader.getLocalName();
                    path[depth] = name;
                    if (depth == 1 && !name.equals("Message")) {
                        throw new CensusRefusedException("This is not a CIN census return: its first element is <"
                                + name + ">, not <Message>.");
                    }
                    if (!open.isEmpty() || childElements > 0) {
                        if (++childElements > CensusXml.MAX_ELEMENTS_PER_CHILD) {
                            throw new CensusRefusedException("The file was refused: a Child has more than "
                                    + CensusXml.MAX_ELEMENTS_PER_CHILD + " elements (line " + line(reader) + ").");
                        }
                        if (!open.isEmpty()) {
                            open.push(open.peek().add(name));
                        }
                    }
                    else if (depth == 3 && name.equals("Child") && "Children".equals(path[2])) {
                        if (!headerSent) {
                            onHeader.accept(header(header));
                            headerSent = true;
                        }
                        children++;
                        childElements = 1;
                        if (onChild != null) {
                            open.push(new Node(name));
                        }
                    }
                    headerText = depth == 4 && "Header".equals(path[2]) ? new StringBuilder() : null;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    text += reader.getTextLength();
                    if (text > CensusXml.MAX_TEXT) {
                        throw new CensusRefusedException("The file was refused: an element holds more than "
                                + CensusXml.MAX_TEXT + " characters (line " + line(reader) + ").");
                    }
                    if (!open.isEmpty()) {
                        open.peek().append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                    else if (headerText != null) {
                        headerText.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    if (headerText != null) {
                        header.put(path[3] + "/" + path[4], headerText.toString().strip());
                        headerText = null;
                    }
                    if (depth == 3 && childElements > 0) {
                        childElements = 0;
                        if (!open.isEmpty()) {
                            onChild.accept(open.pop());
                            open.clear();
                        }
                    }
                    else if (!open.isEmpty()) {
                        open.pop();
                    }
                    depth--;
                    text = 0;
                }
                default -> {
                    // comments, processing instructions, the document's start and end: nothing to check
                }
            }
        }
        CensusHeader parsed = header(header);
        if (!headerSent) {
            onHeader.accept(parsed);
        }
        return new Walked(parsed, children);
    }

    private static CensusHeader header(Map<String, String> header) {
        LocalDate reference = null;
        try {
            String value = header.get("CollectionDetails/ReferenceDate");
            reference = value == null || value.isEmpty() ? null : LocalDate.parse(value);
        }
        catch (DateTimeParseException e) {
            // the rules then look at every date rather than the census year
        }
        String lea = header.get("Source/LEA");
        return new CensusHeader(reference, lea != null && lea.matches("\\d{3}") ? lea : null);
    }

    private static CensusRefusedException notWellFormed(XMLStreamException e) {
        Throwable cause = e;
        while (cause != null) {
            if (cause instanceof CensusRefusedException refused) {
                return refused;
            }
            cause = cause.getCause();
        }
        Location at = e.getLocation();
        String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[[^]]*]\\s*Message:\\s*", "");
        return new CensusRefusedException("The file is not well-formed XML"
                + (at == null ? "" : " (line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ")")
                + ": " + message.strip(), e);
    }

    private static int line(XMLStreamReader reader) {
        return reader.getLocation() == null ? -1 : reader.getLocation().getLineNumber();
    }

    private static void closeQuietly(XMLStreamReader reader) {
        try {
            reader.close();
        }
        catch (XMLStreamException e) {
            // the stream itself is closed by the caller
        }
    }
}
