package io.spsbacklinks.core;

import java.io.Closeable;
import java.io.IOException;
import java.util.Map;

/**
 * A response body read as a stream of root members, the same way for JSON and XML. Items and
 * objects are read flat: scalar fields become strings (null for JSON null), nested values are
 * skipped. Methods throw {@link MalformedDocumentException} for a body that is not a well-formed
 * document and plain IOExceptions for network failures.
 */
interface ApiDocument extends Closeable {
  /** Advances to the next member of the root object: its name, or null after the root's end. */
  String nextMember() throws IOException;

  /** Enters the current member as a list; false when its value is null (no items). */
  boolean beginList() throws IOException;

  /**
   * Reads the next item of the entered list as flat fields into {@code row} (cleared first); false
   * at the list's end.
   */
  boolean nextItem(Row row) throws IOException;

  /**
   * The current member as flat fields; null for JSON null. A scalar reads as {@code {message:
   * value}} so that a bare error string keeps its text.
   */
  Map<String, String> readObject() throws IOException;

  /** The current member's scalar value; null for JSON null or a structured value (skipped). */
  String readText() throws IOException;

  /** Skips the current member's value. */
  void skipValue() throws IOException;
}
