package io.spsbacklinks.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * {@link ApiDocument} over StAX for {@code output=xml}: root {@code <response>}, one child element
 * per JSON member, lists as {@code <item>} children, null as an omitted element. DTDs are refused
 * and external entities never resolved (no XXE, no entity expansion). A text node is capped like a
 * JSON string ({@value #MAX_TEXT} characters, Jackson's default): a longer one is a malformed
 * response, not a heap filled with it.
 */
final class XmlDocument implements ApiDocument {
  /** The longest text node read, as Jackson's default {@code maxStringLength} for JSON. */
  static final int MAX_TEXT = 20_000_000;

  // Woodstox (what Jackson's XML module brings) counts while it reads, before building a String.
  private static final String WOODSTOX_MAX_TEXT = "com.ctc.wstx.maxTextLength";
  private static final XMLInputFactory FACTORY = newFactory();

  private final XMLStreamReader reader;

  private XmlDocument(XMLStreamReader reader) {
    this.reader = reader;
  }

  private static XMLInputFactory newFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    if (factory.isPropertySupported(WOODSTOX_MAX_TEXT)) {
      factory.setProperty(WOODSTOX_MAX_TEXT, MAX_TEXT);
    }
    factory.setXMLResolver(
        (publicId, systemId, base, ns) -> {
          throw new XMLStreamException("external entities are not allowed: " + systemId);
        });
    return factory;
  }

  static XmlDocument open(InputStream body) throws IOException {
    XMLStreamReader reader;
    try {
      synchronized (FACTORY) { // factory configuration is shared; creation is cheap
        reader = FACTORY.createXMLStreamReader(body);
      }
    } catch (XMLStreamException e) {
      throw failure(e);
    }
    XmlDocument document = new XmlDocument(reader);
    int event = document.next();
    if (event != XMLStreamConstants.START_ELEMENT) {
      document.close();
      throw new MalformedDocumentException("expected an XML element", null);
    }
    if (!"response".equals(reader.getLocalName())) {
      String root = reader.getLocalName();
      document.close();
      throw new MalformedDocumentException("expected <response>, got <" + root + ">", null);
    }
    return document;
  }

  @Override
  public String nextMember() throws IOException {
    return nextChild();
  }

  @Override
  public boolean beginList() {
    return true; // an XML list element is present (null lists are omitted altogether)
  }

  @Override
  public boolean nextItem(Row row) throws IOException {
    if (nextChild() == null) {
      return false;
    }
    row.clear();
    readFields().forEach((name, value) -> row.putText(row.slot(name), value));
    return true;
  }

  @Override
  public Map<String, String> readObject() throws IOException {
    return readFields();
  }

  @Override
  public String readText() throws IOException {
    StringBuilder text = new StringBuilder();
    for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        skipValue();
      } else if (event == XMLStreamConstants.CHARACTERS
          || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        append(text, reader.getText());
      }
    }
    return text.toString();
  }

  @Override
  public void skipValue() throws IOException {
    int depth = 1;
    while (depth > 0) {
      int event = next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /** Child elements of the current element read as text; a text-only element reads as message. */
  private Map<String, String> readFields() throws IOException {
    Map<String, String> fields = new HashMap<>();
    StringBuilder ownText = new StringBuilder();
    for (int event = next(); event != XMLStreamConstants.END_ELEMENT; event = next()) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = reader.getLocalName();
        fields.put(name, readText());
      } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
        append(ownText, reader.getText());
      }
    }
    if (fields.isEmpty() && !ownText.toString().isBlank()) {
      fields.put("message", ownText.toString().trim());
    }
    return fields;
  }

  /** Appends a text event, within {@link #MAX_TEXT} (for parsers that do not count). */
  private static void append(StringBuilder text, String more) throws MalformedDocumentException {
    if (text.length() + more.length() > MAX_TEXT) {
      throw new MalformedDocumentException(
          "a text node is longer than " + MAX_TEXT + " characters", null);
    }
    text.append(more);
  }

  /** Advances to the next child element of the current element; null at the current end. */
  private String nextChild() throws IOException {
    for (int event = next(); ; event = next()) {
      if (event == XMLStreamConstants.START_ELEMENT) {
        return reader.getLocalName();
      }
      if (event == XMLStreamConstants.END_ELEMENT) {
        return null;
      }
    }
  }

  private int next() throws IOException {
    try {
      if (!reader.hasNext()) {
        throw MalformedDocumentException.truncated("document ends early (truncated)", null);
      }
      int event = reader.next();
      if (event == XMLStreamConstants.DTD) {
        throw new MalformedDocumentException("DTDs are not allowed in responses", null);
      }
      if (event == XMLStreamConstants.END_DOCUMENT) {
        throw MalformedDocumentException.truncated("document ends early (truncated)", null);
      }
      return event;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private static IOException failure(XMLStreamException e) {
    // StAX wraps network failures; those are I/O problems, not malformed documents.
    if (e.getNestedException() instanceof IOException io
        && !(io instanceof MalformedDocumentException)) {
      return io;
    }
    if (e.getCause() instanceof IOException io && !(io instanceof MalformedDocumentException)) {
      return io;
    }
    String message = String.valueOf(e.getMessage());
    // Woodstox and the JDK's parser say only in words that the document was cut short.
    if (message.startsWith("Unexpected EOF")
        || message.contains("must start and end within the same entity")) {
      return MalformedDocumentException.truncated("document ends early (truncated): " + message, e);
    }
    return new MalformedDocumentException("invalid XML: " + message, e);
  }
}
