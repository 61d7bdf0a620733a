package vn.foreignaffairs.registry.aid.iati;

import java.util.ArrayDeque;
import java.util.Deque;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin layer over the JDK's {@link XMLStreamWriter} that indents elements, so the exported file
 * reads well for the inspectors who open it; escaping and well-formedness stay the JDK's.
 */
final class IndentedXml {

    private final XMLStreamWriter xml;
    /** For each open element: whether it has child elements (then its end tag goes on its own line). */
    private final Deque<Boolean> open = new ArrayDeque<>();

    IndentedXml(XMLStreamWriter xml) {
        this.xml = xml;
    }

    IndentedXml start(String name) throws XMLStreamException {
        newLine();
        xml.writeStartElement(name);
        open.push(false);
        return this;
    }

    /** An element without content; attributes may follow. */
    IndentedXml empty(String name) throws XMLStreamException {
        newLine();
        xml.writeEmptyElement(name);
        return this;
    }

    IndentedXml attribute(String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, value);
        return this;
    }

    IndentedXml lang(String language) throws XMLStreamException {
        xml.writeAttribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language);
        return this;
    }

    IndentedXml text(String text) throws XMLStreamException {
        xml.writeCharacters(text);
        return this;
    }

    IndentedXml end() throws XMLStreamException {
        boolean hadChildren = open.pop();
        if (hadChildren) {
            xml.writeCharacters("\n" + "  ".repeat(open.size()));
        }
        xml.writeEndElement();
        return this;
    }

    private void newLine() throws XMLStreamException {
        if (!open.isEmpty()) {
            open.pop();
            open.push(true);
        }
        xml.writeCharacters("\n" + "  ".repeat(open.size()));
    }
}
