package io.spsbacklinks.bench.nifi;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap figures of one measured section: the most heap in use (sampled every few milliseconds,
 * garbage included, so it depends on the heap size the GC chose) and the most heap still in use
 * right after a garbage collection (an upper bound of what the work keeps alive).
 */
final class HeapWatch implements AutoCloseable {
  private static final Set<String> HEAP_POOLS =
      ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(pool -> pool.getType() == MemoryType.HEAP)
          .map(MemoryPoolMXBean::getName)
          .collect(Collectors.toSet());

  private final AtomicLong peakUsed = new AtomicLong();
  private final AtomicLong peakAfterGc = new AtomicLong();
  private final Thread sampler;
  private final NotificationListener listener = this::onGc;
  private final List<GarbageCollectorMXBean> collectors =
      ManagementFactory.getGarbageCollectorMXBeans();
  private volatile boolean running = true;

  /** Collects garbage first, so that each section starts from the same heap. */
  HeapWatch() {
    System.gc();
    for (GarbageCollectorMXBean collector : collectors) {
      ((NotificationEmitter) collector).addNotificationListener(listener, null, null);
    }
    sampler =
        new Thread(
            () -> {
              while (running) {
                peakUsed.accumulateAndGet(
                    ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(5);
                } catch (InterruptedException e) {
                  return;
                }
              }
            },
            "heap-watch");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void onGc(Notification notification, Object handback) {
    String type = notification.getType();
    if (!type.equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    long used = 0;
    Map<String, MemoryUsage> afterGc = info.getGcInfo().getMemoryUsageAfterGc();
    for (Map.Entry<String, MemoryUsage> pool : afterGc.entrySet()) {
      if (HEAP_POOLS.contains(pool.getKey())) {
        used += pool.getValue().getUsed();
      }
    }
    peakAfterGc.accumulateAndGet(used, Math::max);
  }

  /** The most heap in use seen, in MB. */
  double peakUsedMb() {
    return peakUsed.get() / 1048576.0;
  }

  /** The most heap in use right after a collection, in MB (0 when none ran). */
  double peakAfterGcMb() {
    return peakAfterGc.get() / 1048576.0;
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (GarbageCollectorMXBean collector : collectors) {
      try {
        ((NotificationEmitter) collector).removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException e) {
        // never added to this one
      }
    }
  }
}
