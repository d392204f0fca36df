package org.foikb.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * A YAML parser that refuses lists and groups of fields nested deeper than {@link #MAX_DEPTH}.
 *
 * <p>SnakeYAML's composer builds nodes by recursion, so a front matter of thousands of '[' would
 * overflow the stack; the parser beneath it keeps its own stack, so counting its events stops the
 * file before the composer goes deep.
 */
final class NestingLimit implements Parser {
  /** The format nests four deep (a request, its questions, a question, its sections). */
  static final int MAX_DEPTH = 16;

  /** Thrown at the first list or group of fields that is one too deep. */
  static final class TooDeep extends RuntimeException {
    private final transient Optional<Mark> mark;

    TooDeep(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }

    Optional<Mark> mark() {
      return mark;
    }
  }

  private final Parser parser;
  private int depth;

  NestingLimit(Parser parser) {
    this.parser = parser;
  }

  @Override
  public boolean checkEvent(Event.ID id) {
    return parser.checkEvent(id);
  }

  @Override
  public Event peekEvent() {
    return parser.peekEvent();
  }

  @Override
  public boolean hasNext() {
    return parser.hasNext();
  }

  @Override
  public Event next() {
    Event event = parser.next();
    switch (event.getEventId()) {
      case SequenceStart, MappingStart -> {
        if (++depth > MAX_DEPTH) {
          throw new TooDeep(event.getStartMark());
        }
      }
      case SequenceEnd, MappingEnd -> depth--;
      default -> {}
    }
    return event;
  }
}
