// Signature stub of net.sf.json.AbstractJSON, read from jenkinsci/json-lib@json-lib-2.4-jenkins-15
// (org.kohsuke.stapler:json-lib 2.4-jenkins-15, Jenkins 2.541.3's BOM)
// src/main/java/net/sf/json/AbstractJSON.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package net.sf.json;

import java.io.IOException;
import java.io.Writer;

abstract class AbstractJSON implements JSON {
  AbstractJSON() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public final Writer write(Writer writer) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public final Writer writeCanonical(Writer writer) throws IOException {
    throw new UnsupportedOperationException("stub");
  }

  protected abstract void write(Writer w, WritingVisitor v) throws IOException;

  interface WritingVisitor {}
}
