package io.spsbacklinks.core;

/**
 * The most rows one list response may hold: the {@code limit} sent, or the command's maximum. A
 * server that sends more ignored the request (or streams without end), so the response fails as
 * malformed at the first extra row instead of being read on and on.
 */
final class RowLimit {
  private final long limit;
  private final String command;
  private final String target;
  private long rows;

  RowLimit(long limit, String command, String target) {
    this.limit = limit;
    this.command = command;
    this.target = target;
  }

  /** {@code row} as it is (null at the end); throws when it is beyond the limit. */
  <T> T count(T row) {
    if (row != null && ++rows > limit) {
      throw new MalformedResponseException(
          command,
          target,
          "the response has more rows than the "
              + limit
              + " asked for (limit): stopped reading it after row "
              + limit,
          null);
    }
    return row;
  }
}
