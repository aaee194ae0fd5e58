package io.spsbacklinks.gate;

import io.spsbacklinks.core.BacklinksApiException;
import io.spsbacklinks.core.BacklinksException;
import io.spsbacklinks.core.InvalidParameterException;
import io.spsbacklinks.core.Redaction;
import io.spsbacklinks.core.RowStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The API calls of one run: counts the units spent and turns failures into {@link FailedApiCall}s
 * instead of exceptions, so one failed check does not hide the others' evidence. After the key is
 * refused (401, 402, 403) no further call is attempted: every one would fail the same way.
 */
final class ApiCalls {
  private final List<FailedApiCall> failures = new ArrayList<>();
  private FailedApiCall keyRefused;
  private long unitsSpent;

  /** The outcome of one call: a value, or why there is none. */
  record Fetched<T>(T value, String failure) {
    boolean ok() {
      return failure == null;
    }
  }

  /** Calls a non-list command that costs {@code units} when it succeeds. */
  <T> Fetched<T> call(String check, String command, long units, Supplier<T> request) {
    if (keyRefused != null) {
      return skipped(command);
    }
    try {
      T value = request.get();
      unitsSpent += units;
      return new Fetched<>(value, null);
    } catch (InvalidParameterException e) {
      throw e; // our own request was wrong: a bug or bad input, not an API failure
    } catch (BacklinksException e) {
      return new Fetched<>(null, record(check, command, e));
    }
  }

  /**
   * Streams a list command's rows into {@code sink} until the rows end or {@code more} says stop;
   * every row read costs one unit, also when the stream fails half-way.
   */
  <T> Fetched<Long> stream(
      String check,
      String command,
      Supplier<? extends RowStream<T>> open,
      Predicate<Long> more,
      Consumer<T> sink) {
    if (keyRefused != null) {
      return skipped(command);
    }
    RowStream<T> rows = null;
    try {
      rows = open.get();
      while (more.test(rows.rowsRead()) && rows.hasNext()) {
        sink.accept(rows.next());
      }
      return new Fetched<>(rows.rowsRead(), null);
    } catch (InvalidParameterException e) {
      throw e;
    } catch (BacklinksException e) {
      return new Fetched<>(null, record(check, command, e));
    } finally {
      if (rows != null) {
        unitsSpent += rows.rowsRead() * UnitEstimate.UNITS_PER_ROW;
        rows.close();
      }
    }
  }

  /** Records a call that answered but without what the gate needs (e.g. no metrics row). */
  String fail(String check, String command, String message) {
    failures.add(new FailedApiCall(check, command, 0, "UnexpectedResponse", message));
    return command + " failed (" + message + ")";
  }

  long unitsSpent() {
    return unitsSpent;
  }

  List<FailedApiCall> failures() {
    return List.copyOf(failures);
  }

  private <T> Fetched<T> skipped(String command) {
    return new Fetched<>(
        null,
        command + " not requested: the API refused the key earlier (" + describe(keyRefused) + ")");
  }

  private String record(String check, String command, BacklinksException e) {
    int status = e instanceof BacklinksApiException ? ((BacklinksApiException) e).status() : 0;
    String message = Redaction.redact(String.valueOf(e.getMessage()));
    FailedApiCall failure =
        new FailedApiCall(check, command, status, e.getClass().getSimpleName(), message);
    failures.add(failure);
    if (failure.keyRefused()) {
      keyRefused = failure;
    }
    return command + " failed (" + describe(failure) + ")";
  }

  static String describe(FailedApiCall f) {
    return (f.status() == 0 ? f.error() : "HTTP " + f.status()) + ": " + f.message();
  }
}
