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
import java.util.function.Function;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Shared by the commands that print API rows: the session and {@code --format}. */
abstract class ApiCommand implements Callable<Integer> {
  @ParentCommand BacklinksCli cli;

  @Option(
      names = "--format",
      paramLabel = "table|json|jsonl|csv|csv-guarded",
      order = 100,
      description =
          "How rows are printed (default: table on a terminal, json otherwise). "
              + "json, jsonl and csv use the API's field names and values (InLink Rank -1 = unknown "
              + "stays -1); the table shows \"unknown\". csv-guarded is csv to open in a "
              + "spreadsheet: texts starting with = + - @ get a leading ' and control characters "
              + "are dropped.")
  Format format;

  @Option(
      names = "--wide",
      order = 101,
      description =
          "Do not cut the table to the terminal's width (long cells end in \"…\" " + "otherwise).")
  boolean wide;

  final Session session() {
    return cli.session;
  }

  final BacklinksClient client() {
    return session().client();
  }

  /**
   * Prints the results of a batched command batch by batch, each as soon as it is answered, so a
   * failing batch does not cost the rows of the ones before it (they are paid for). The resume hint
   * names the failed batch and how to skip the finished ones.
   */
  final <T> int printBatches(
      TargetList targets, Function<List<String>, List<T>> request, List<Column<T>> columns)
      throws IOException {
    List<List<String>> batches = targets.batches();
    int[] current = {targets.skipBatches};
    Session session = session();
    session.resumeHint(
        () -> {
          List<String> batch = batches.get(current[0]);
          return "Stopped at batch "
              + (current[0] + 1)
              + " of "
              + batches.size()
              + " (targets "
              + (current[0] * BacklinksClient.MAX_BATCH + 1)
              + ".."
              + (current[0] * BacklinksClient.MAX_BATCH + batch.size())
              + ", from "
              + batch.get(0)
              + "); the rows of "
              + (current[0] == 0 ? "no batch" : "batches 1.." + current[0])
              + " are printed. To "
              + "resume without paying for them again, run the command again with --skip-batches "
              + current[0]
              + ".";
        });
    try (RowWriter<T> writer = session.rows(format, columns, false, wide)) {
      for (; current[0] < batches.size(); current[0]++) {
        for (T row : request.apply(batches.get(current[0]))) {
          writer.write(row);
        }
        writer.flush();
      }
      writer.finish();
    }
    session.resumeHint(null);
    return BacklinksCli.EXIT_OK;
  }

  /** Prints one object (subscription, export task). */
  final <T> int printOne(T row, List<Column<T>> columns) throws IOException {
    try (RowWriter<T> writer = session().rows(format, columns, true, wide)) {
      writer.write(row);
      writer.finish();
    }
    return BacklinksCli.EXIT_OK;
  }

  /** Prints rows as they stream in from the response, then closes the stream. */
  final <T> int stream(RowStream<T> rows, List<Column<T>> columns, String label)
      throws IOException {
    return stream(rows, columns, session().progress(label));
  }

  /** Prints rows as they stream in, counting them on {@code progress}, then closes the stream. */
  final <T> int stream(RowStream<T> rows, List<Column<T>> columns, Progress progress)
      throws IOException {
    try (rows;
        RowWriter<T> writer = session().rows(format, columns, false, wide)) {
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
