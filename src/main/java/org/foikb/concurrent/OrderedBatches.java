package org.foikb.concurrent;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        List<T> results = batch.parallelStream().map(map).toList();
        Results.await(previous);
        int first = from;
        previous = orderedThread.submit(() -> inOrder.accept(results, first));
      }
      Results.await(previous);
    } finally {
      orderedThread.shutdownNow();
    }
  }
}
