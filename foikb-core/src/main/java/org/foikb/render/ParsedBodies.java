package org.foikb.render;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.foikb.markdown.AnswerSections;
import org.foikb.model.Request;

/**
 * Another use for each request body the render pass has parsed, so that no later stage parses it
 * again (the search index reads its text from here).
 *
 * <p>{@link #read} runs on render threads, one request at a time; {@link #accept} then gets what it
 * returned for a batch of requests, in log order, on one thread.
 *
 * @param <T> what is kept of a body until its batch is accepted
 */
public interface ParsedBodies<T> {
  T read(Request request, AnswerSections body);

  void accept(List<T> batch);

  /** Nothing more to do with a body. */
  static ParsedBodies<Void> none() {
    return of((request, body) -> null, batch -> {});
  }

  static <T> ParsedBodies<T> of(
      BiFunction<Request, AnswerSections, T> read, Consumer<List<T>> accept) {
    return new ParsedBodies<>() {
      @Override
      public T read(Request request, AnswerSections body) {
        return read.apply(request, body);
      }

      @Override
      public void accept(List<T> batch) {
        accept.accept(batch);
      }
    };
  }
}
