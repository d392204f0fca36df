package org.foikb.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedBatchesTest {
  private static final List<Integer> ITEMS = IntStream.range(0, 1000).boxed().toList();

  @Test
  void handsOnEveryResultInTheItemsOrderWithEachBatchsFirstPosition() {
    List<Integer> seen = new ArrayList<>();
    List<Integer> firsts = new ArrayList<>();
    OrderedBatches.run(
        ITEMS,
        64,
        n -> n * 2,
        (batch, from) -> {
          firsts.add(from);
          seen.addAll(batch);
        });
    assertThat(seen).isEqualTo(ITEMS.stream().map(n -> n * 2).toList());
    assertThat(firsts).isEqualTo(IntStream.range(0, 16).map(b -> b * 64).boxed().toList());
  }

  @Test
  void takesEveryBatchOnOneThread() {
    Set<Thread> threads = ConcurrentHashMap.newKeySet();
    OrderedBatches.run(ITEMS, 10, n -> n, (batch, from) -> threads.add(Thread.currentThread()));
    assertThat(threads).hasSize(1).doesNotContain(Thread.currentThread());
  }

  @Test
  void mapsOnlyInThePoolItIsCalledFrom() throws Exception {
    ForkJoinPool ownPool = new ForkJoinPool(1);
    Set<Thread> mappers = ConcurrentHashMap.newKeySet();
    try {
      Thread poolThread =
          ownPool
              .submit(
                  () -> {
                    OrderedBatches.run(
                        ITEMS,
                        100,
                        n -> {
                          mappers.add(Thread.currentThread());
                          return n;
                        },
                        (batch, from) -> {});
                    return Thread.currentThread();
                  })
              .get();
      assertThat(mappers).containsExactly(poolThread);
    } finally {
      ownPool.shutdown();
    }
  }

  @Test
  void rethrowsWhatWentWrongInEitherPart() {
    assertThatThrownBy(
            () ->
                OrderedBatches.run(
                    ITEMS,
                    100,
                    n -> {
                      if (n == 512) {
                        throw new IllegalArgumentException("item 512");
                      }
                      return n;
                    },
                    (batch, from) -> {}))
        .hasMessageContaining("item 512");
    assertThatThrownBy(
            () ->
                OrderedBatches.run(
                    ITEMS,
                    100,
                    n -> n,
                    (batch, from) -> {
                      if (from == 300) {
                        throw new IllegalStateException("batch at 300");
                      }
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("batch at 300");
  }

  @Test
  void doesNothingForNoItems() {
    List<Integer> seen = new ArrayList<>();
    OrderedBatches.run(List.<Integer>of(), 8, n -> n, (batch, from) -> seen.addAll(batch));
    assertThat(seen).isEmpty();
  }
}
