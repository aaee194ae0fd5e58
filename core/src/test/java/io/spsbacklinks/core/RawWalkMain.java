package io.spsbacklinks.core;

import io.spsbacklinks.core.model.Backlink;

/**
 * Run by {@link StreamingMemoryTest} in a child JVM with a small heap: walks every raw backlink of
 * the endpoint given as first argument and prints how many it saw.
 */
public final class RawWalkMain {
  private RawWalkMain() {}

  public static void main(String[] args) {
    BacklinksClient client =
        BacklinksClient.builder()
            .apiKey("memory-test-key")
            .endpoint(args[0])
            .retryPolicy(RetryPolicy.none())
            .build();
    long count = 0;
    long rankSum = 0;
    try (RawBacklinksWalk walk =
        client.rawBacklinks(RawBacklinksQuery.builder("big.example").limit(100_000).build())) {
      while (walk.hasNext()) {
        Backlink backlink = walk.next();
        rankSum += backlink.inlinkRank().orElse(0);
        count++;
      }
      System.out.println(
          "COUNT="
              + count
              + " PAGES="
              + walk.pagesRead()
              + " RANKSUM="
              + rankSum
              + " MAXHEAP="
              + Runtime.getRuntime().maxMemory());
    }
  }
}
