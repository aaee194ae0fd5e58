// Signature stub of net.sf.json.JSON, read from jenkinsci/json-lib@json-lib-2.4-jenkins-15
// (org.kohsuke.stapler:json-lib 2.4-jenkins-15, Jenkins 2.541.3's BOM)
// src/main/java/net/sf/json/JSON.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package net.sf.json;

import java.io.IOException;
import java.io.Serializable;
import java.io.Writer;

public interface JSON extends Serializable {
  boolean isArray();

  boolean isEmpty();

  int size();

  String toString(int indentFactor);

  String toString(int indentFactor, int indent);

  Writer write(Writer writer) throws IOException;

  Writer writeCanonical(Writer w) throws IOException;
}
