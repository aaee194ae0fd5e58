package io.spsbacklinks.cli;

import io.spsbacklinks.cli.output.Column;
import io.spsbacklinks.cli.output.Format;
import io.spsbacklinks.cli.output.Progress;
import io.spsbacklinks.cli.output.RowWriter;
import io.spsbacklinks.core.BacklinksClient;
import io.spsbacklinks.core.RowStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Shared by the commands that print API rows: the session and {@code --format}. */
abstract class ApiCommand implements Callable<Integer> {
  @ParentCommand BacklinksCli cli;

  @Option(names = "--format", paramLabel = "table|json|jsonl|csv|csv-guarded", order = 100,
      description = "How rows are printed (default: table on a terminal, json otherwise). "
          + "json, jsonl and csv use the API's field names and values (InLink Rank -1 = unknown "
          + "stays -1); the table shows \"unknown\". csv-guarded is csv to open in a "
          + "spreadsheet: texts starting with = + - @ get a leading ' and control characters "
          + "are dropped.")
  Format format;

  final Session session() {
    return cli.session;
  }

  final BacklinksClient client() {
    return session().client();
  }

  /** Prints a list the API returned whole (batched commands). */
  final <T> int print(List<T> rows, List<Column<T>> columns) throws IOException {
    try (RowWriter<T> writer = session().rows(format, columns, false)) {
      for (T row : rows) {
        writer.write(row);
      }
      writer.finish();
    }
    return BacklinksCli.EXIT_OK;
  }

  /** Prints one object (subscription, export task). */
  final <T> int printOne(T row, List<Column<T>> columns) throws IOException {
    try (RowWriter<T> writer = session().rows(format, columns, true)) {
      writer.write(row);
      writer.finish();
    }
    return BacklinksCli.EXIT_OK;
  }

  /** Prints rows as they stream in from the response, then closes the stream. */
  final <T> int stream(RowStream<T> rows, List<Column<T>> columns, String label) throws IOException {
    return stream(rows, columns, session().progress(label));
  }

  /** Prints rows as they stream in, counting them on {@code progress}, then closes the stream. */
  final <T> int stream(RowStream<T> rows, List<Column<T>> columns, Progress progress) throws IOException {
    try (rows; RowWriter<T> writer = session().rows(format, columns, false)) {
      while (rows.hasNext()) {
        writer.write(rows.next());
        progress.row();
      }
      writer.finish();
    }
    progress.finish();
    return BacklinksCli.EXIT_OK;
  }
}
