package io.spsbacklinks.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;

class TopKTest {
  private final Random random = new Random();

  @RepeatedTest(20)
  void matchesSortingEverything() {
    int limit = 1 + random.nextInt(30);
    int perGroup = 1 + random.nextInt(4);
    TopK top = new TopK(limit, perGroup);
    List<long[]> all = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      long key = TopK.key(random.nextInt(50), i);
      int group = random.nextInt(40);
      all.add(new long[] {key, group});
      top.offer(key, group);
    }
    all.sort(Comparator.comparingLong((long[] e) -> e[0]).reversed());
    Map<Long, Integer> taken = new HashMap<>();
    List<Long> expected = new ArrayList<>();
    for (long[] entry : all) {
      if (expected.size() < limit && taken.merge(entry[1], 1, Integer::sum) <= perGroup) {
        expected.add(entry[0]);
      }
    }
    assertThat(top.best()).containsExactlyElementsOf(expected);
    assertThat(TopK.tieBreak(TopK.key(7, 123))).isEqualTo(123);
  }
}
