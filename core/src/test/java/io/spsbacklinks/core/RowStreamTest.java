package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The iteration contract every row stream shares. */
class RowStreamTest {
  /** Counts up to a limit, recording releases. */
  static final class Counting extends AbstractRowStream<Integer> {
    private final int limit;
    private int produced;
    int releases;

    Counting(int limit) {
      this.limit = limit;
    }

    @Override
    Integer computeNext() {
      if (produced == -1) {
        throw new IllegalStateException("broken");
      }
      return produced < limit ? ++produced : null;
    }

    @Override
    void release() {
      releases++;
    }
  }

  @Test
  void exhaustionReleasesAndCounts() {
    Counting rows = new Counting(3);

    assertThat(rows.stream().mapToInt(Integer::intValue).sum()).isEqualTo(6);
    assertThat(rows.rowsRead()).isEqualTo(3);
    assertThat(rows.releases).isEqualTo(1);
    assertThatThrownBy(rows::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void closingTheStreamClosesTheRows() {
    Counting rows = new Counting(1000);

    try (Stream<Integer> stream = rows.stream()) {
      assertThat(stream.limit(2).count()).isEqualTo(2);
    }

    assertThat(rows.releases).isEqualTo(1);
    assertThat(rows.hasNext()).isFalse();
  }

  @Test
  void failureReleasesAndEnds() {
    Counting rows = new Counting(5);
    rows.next();
    rows.produced = -1;

    assertThatThrownBy(rows::hasNext).isInstanceOf(IllegalStateException.class);
    assertThat(rows.releases).isEqualTo(1);
    assertThat(rows.hasNext()).isFalse();
  }
}
