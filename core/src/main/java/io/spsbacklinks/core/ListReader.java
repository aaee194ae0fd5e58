package io.spsbacklinks.core;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a list response item by item: the root members before the list, the list's items as they
 * stream in, then the members after it (such as get-raw-backlinks' {@code next}). Closes the
 * document at its end or on any failure.
 */
final class ListReader<T> implements AutoCloseable {
  private final ApiDocument document;
  private final String listMember;
  private final Function<Row, T> mapper;
  private final Row row;
  private final String command;
  private final String target;
  private final String secret;
  private final Map<String, String> scalars = new HashMap<>();
  private boolean inList;
  private boolean finished;

  ListReader(
      ApiDocument document,
      String listMember,
      Function<Row, T> mapper,
      String command,
      String target,
      String secret) {
    this.document = document;
    this.listMember = listMember;
    this.mapper = mapper;
    this.row = new Row(command, target);
    this.command = command;
    this.target = target;
    this.secret = secret;
  }

  /** Advances to the list's first item; throws the API error if the body is an error document. */
  ListReader<T> start() throws IOException {
    for (String member = document.nextMember(); member != null; member = document.nextMember()) {
      if (member.equals(listMember)) {
        inList = document.beginList();
        if (!inList) {
          finish();
        }
        return this;
      }
      readScalar(member);
    }
    throw new MalformedDocumentException("no '" + listMember + "' member in the response", null);
  }

  /** The next row, or null once the list and the rest of the document are read. */
  T next() {
    try {
      if (inList) {
        if (document.nextItem(row)) {
          return mapper.apply(row);
        }
        inList = false;
        finish();
      }
      return null;
    } catch (IOException e) {
      close();
      throw failure(e);
    } catch (RuntimeException e) {
      close();
      throw e;
    }
  }

  /** Whether the whole document was read. */
  boolean isFinished() {
    return finished;
  }

  /** A scalar root member seen so far (all of them once drained); null if absent. */
  String scalar(String name) {
    return scalars.get(name);
  }

  private void finish() throws IOException {
    if (finished) {
      return;
    }
    for (String member = document.nextMember(); member != null; member = document.nextMember()) {
      readScalar(member);
    }
    finished = true;
    close();
  }

  private void readScalar(String member) throws IOException {
    if (member.equals("error")) {
      throw ApiErrors.forDocument(document.readObject(), command, target, secret);
    }
    scalars.put(member, document.readText());
  }

  BacklinksException failure(IOException e) {
    if (e instanceof MalformedDocumentException malformed) {
      return Transport.malformed(command, target, malformed, secret);
    }
    return new BacklinksIoException(command, target, Transport.sanitize(e, secret));
  }

  @Override
  public void close() {
    try {
      document.close();
    } catch (IOException ignored) {
      // releasing a response that is already broken
    }
  }
}
