package org.irohub.interchange.internal;

import javax.xml.stream.XMLInputFactory;

/**
 * The limits and the parser settings every census file is read with. No DTD is processed and none is allowed
 * (it could define entities that read local files or expand without limit), no entity is resolved, and text,
 * nesting and the size of one child are capped so that a hostile file cannot exhaust memory.
 */
final class CensusXml {

    /** The longest text an element may hold; the longest real census value is a few dozen characters. */
    static final int MAX_TEXT = 10_000;
    /** Deeper than any census element (Message/Children/Child/CINdetails/ChildProtectionPlans/Reviews/…). */
    static final int MAX_DEPTH = 16;
    /** Bytes without a {@code <}, checked on the raw input before the parser buffers them. */
    static final long MAX_RUN_BYTES = 1 << 20;
    /** Elements within one {@code Child}; a real child has a few dozen. */
    static final int MAX_ELEMENTS_PER_CHILD = 5_000;

    private CensusXml() {
    }

    static XMLInputFactory factory() {
        // The JDK's own StAX parser, whatever else is on the class path, so these settings are the ones applied.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
        return factory;
    }
}
