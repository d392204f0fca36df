package org.foikb.concurrent;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work done on another thread as if it had been done on this one. */
public final class Results {
  private Results() {}

  /**
   * The task's result once it is done; what it threw is rethrown as it was, so a failure on another
   * thread reads as one on this.
   */
  public static <T> T await(Future<T> task) {
    try {
      return task.get();
    } catch (ExecutionException e) {
      throw rethrown(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for another thread", e);
    }
  }

  /**
   * What another thread threw, to throw on this one as it was: a runtime exception or an error
   * itself, anything else wrapped.
   */
  static RuntimeException rethrown(Throwable failure) {
    if (failure instanceof RuntimeException runtime) {
      return runtime;
    }
    if (failure instanceof Error error) {
      throw error;
    }
    return new IllegalStateException(failure);
  }
}
