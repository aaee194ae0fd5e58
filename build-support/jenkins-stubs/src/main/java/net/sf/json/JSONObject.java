// Signature stub of net.sf.json.JSONObject, read from jenkinsci/json-lib@json-lib-2.4-jenkins-15
// (org.kohsuke.stapler:json-lib 2.4-jenkins-15, Jenkins 2.541.3's BOM)
// src/main/java/net/sf/json/JSONObject.java
// Build support only (see jenkins-stubs/README.md): never packaged, never run.
package net.sf.json;

import java.io.IOException;
import java.io.Writer;
import java.util.Collection;
import java.util.Map;
import java.util.Set;

@SuppressWarnings({"rawtypes", "unchecked"})
public final class JSONObject extends AbstractJSON
    implements JSON, Map<String, Object>, Comparable {
  private JSONObject() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void clear() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int compareTo(Object obj) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean containsKey(Object key) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean containsValue(Object value) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Set entrySet() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Object get(Object key) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean isArray() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public boolean isEmpty() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Set<String> keySet() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Object put(String key, Object value) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public void putAll(Map map) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Object remove(Object key) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String toString(int indentFactor) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public String toString(int indentFactor, int indent) {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  public Collection values() {
    throw new UnsupportedOperationException("stub");
  }

  @Override
  protected void write(Writer writer, WritingVisitor visitor) throws IOException {
    throw new UnsupportedOperationException("stub");
  }
}
