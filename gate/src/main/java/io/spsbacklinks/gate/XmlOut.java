package io.spsbacklinks.gate;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A thin XMLStreamWriter wrapper for the HTML and JUnit reports: escaping is the writer's, text is
 * cleaned of characters XML 1.0 cannot hold (API titles and anchors may contain any), and stream
 * errors surface as IOException.
 */
final class XmlOut {
  private final XMLStreamWriter xml;

  XmlOut(Writer out) throws IOException {
    try {
      this.xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  /** Starts an element; {@code attributes} are name/value pairs, a null value is left out. */
  XmlOut start(String name, String... attributes) throws IOException {
    try {
      xml.writeStartElement(name);
      attributes(attributes);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return this;
  }

  /** Starts an element in a default namespace (the root of XHTML, an inline SVG). */
  XmlOut startNs(String name, String namespace, String... attributes) throws IOException {
    try {
      xml.writeStartElement("", name, namespace);
      xml.writeDefaultNamespace(namespace);
      attributes(attributes);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return this;
  }

  /** An element with text content only. */
  XmlOut element(String name, String text, String... attributes) throws IOException {
    start(name, attributes);
    text(text);
    return end();
  }

  /** An element without content. */
  XmlOut empty(String name, String... attributes) throws IOException {
    try {
      xml.writeEmptyElement(name);
      attributes(attributes);
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return this;
  }

  XmlOut text(String text) throws IOException {
    try {
      xml.writeCharacters(clean(text == null ? "" : text));
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return this;
  }

  /** A line break between elements, for readable files. */
  XmlOut newline() throws IOException {
    return text("\n");
  }

  XmlOut end() throws IOException {
    try {
      xml.writeEndElement();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
    return this;
  }

  void declaration() throws IOException {
    try {
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  void finish() throws IOException {
    try {
      xml.writeEndDocument();
      xml.flush();
    } catch (XMLStreamException e) {
      throw new IOException(e);
    }
  }

  private void attributes(String... attributes) throws XMLStreamException {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        xml.writeAttribute(attributes[i], clean(attributes[i + 1]));
      }
    }
  }

  /** Replaces characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/U+FFFF) with U+FFFD. */
  static String clean(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok;
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (out != null) {
          out.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c < 0xD800)
              || (c > 0xDFFF && c < 0xFFFE);
      if (!ok && out == null) {
        out = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\uFFFD');
      }
    }
    return out == null ? s : out.toString();
  }
}
