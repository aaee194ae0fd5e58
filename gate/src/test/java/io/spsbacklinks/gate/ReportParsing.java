package io.spsbacklinks.gate;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** Parses report XML and XHTML with a DOM parser that resolves no external entity or DTD. */
final class ReportParsing {
  private ReportParsing() {}

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  static NodeList all(Document doc, String localName) {
    return doc.getElementsByTagNameNS("*", localName);
  }

  /**
   * True if any element carries an attribute that loads something: src, href, srcset, data, action.
   */
  // A link to a file beside the report (the redirect rules) loads nothing until clicked, and
  // leads nowhere but the report's own directory.
  private static boolean sibling(Element element, String attribute, String value) {
    return element.getLocalName().equals("a")
        && attribute.equals("href")
        && value.matches("[A-Za-z0-9_][A-Za-z0-9_.-]*");
  }

  static boolean loadsAnything(Document doc) {
    NodeList elements = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < elements.getLength(); i++) {
      NamedNodeMap attributes = ((Element) elements.item(i)).getAttributes();
      for (int a = 0; a < attributes.getLength(); a++) {
        String name = attributes.item(a).getLocalName();
        if (sibling((Element) elements.item(i), name, attributes.item(a).getNodeValue())) {
          continue;
        }
        if (name.equals("src")
            || name.equals("href")
            || name.equals("srcset")
            || name.equals("data")
            || name.equals("action")) {
          return true;
        }
      }
    }
    return false;
  }
}
