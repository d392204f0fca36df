package org.foikb.concurrent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.ForkJoinWorkerThread;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;

/**
 * Work in two parts: one that any number of threads can do, item by item, and one that a single
 * thread must do in order. Items are mapped in parallel a batch at a time; each batch's results go
 * to one thread, in order, while the next batch is mapped, so the ordered part costs no time of its
 * own unless it is the slower. At most two batches of results are held at once.
 *
 * <pre>{@code
 * OrderedBatches.run(requests, 512, this::render, (pages, from) -> index.add(pages));
 * }</pre>
 */
public final class OrderedBatches {
  private OrderedBatches() {}

  /**
   * Maps every item with {@code map}, in parallel, and hands the results to {@code inOrder} a batch
   * at a time, with the position of the batch's first item, in the items' order.
   */
  public static <I, T> void run(
      List<I> items, int batchSize, Function<I, T> map, ObjIntConsumer<List<T>> inOrder) {
    ExecutorService orderedThread = Executors.newSingleThreadExecutor();
    try {
      Future<?> previous = CompletableFuture.completedFuture(null);
      for (int from = 0; from < items.size(); from += batchSize) {
        List<I> batch = items.subList(from, Math.min(items.size(), from + batchSize));
        List<T> results = mapAll(batch, map);
        Results.await(previous);
        int first = from;
        previous = orderedThread.submit(() -> inOrder.accept(results, first));
      }
      Results.await(previous);
    } finally {
      orderedThread.shutdownNow();
    }
  }

  /**
   * Maps a batch on this thread and the pool's others, each taking the next item not yet taken. A
   * parallel stream cuts a batch into four parts up front; the last part left a core idle at the
   * end of every batch, an eighth of the cores' time while 100,000 requests were rendered and
   * indexed. Here a thread waits for one item at most.
   */
  private static <I, T> List<T> mapAll(List<I> batch, Function<I, T> map) {
    Object[] results = new Object[batch.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Runnable takeItems =
        () -> {
          try {
            for (int i; (i = next.getAndIncrement()) < results.length; ) {
              results[i] = map.apply(batch.get(i));
            }
          } catch (RuntimeException | Error e) {
            failure.compareAndSet(null, e);
            next.set(results.length);
          }
        };
    List<ForkJoinTask<?>> helpers = new ArrayList<>();
    ForkJoinPool pool = currentPool();
    int others = pool.getParallelism() - (ForkJoinTask.inForkJoinPool() ? 1 : 0);
    for (int h = 0; h < Math.min(others, batch.size() - 1); h++) {
      helpers.add(pool.submit(takeItems));
    }
    takeItems.run();
    helpers.forEach(ForkJoinTask::join);
    if (failure.get() != null) {
      throw Results.rethrown(failure.get());
    }
    @SuppressWarnings("unchecked")
    List<T> mapped = (List<T>) Collections.unmodifiableList(Arrays.asList(results));
    return mapped;
  }

  /** The pool this thread works for, so that work started in a pool of its own stays there. */
  private static ForkJoinPool currentPool() {
    return Thread.currentThread() instanceof ForkJoinWorkerThread worker
        ? worker.getPool()
        : ForkJoinPool.commonPool();
  }
}
