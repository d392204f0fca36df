package org.foikb.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where the fields that later checks talk about were written, so a cross-file error can still name
 * the file line and column: {@code reference}, {@code supersedes}, {@code parent}.
 */
public final class FieldPositions {
  /** A 1-based line and column; 0 when unknown. */
  public record Position(int line, int column) {
    static final Position UNKNOWN = new Position(0, 0);
  }

  private final Map<String, Position> positions = new ConcurrentHashMap<>();

  void record(String path, String field, YamlFields fields) {
    if (fields.has(field)) {
      positions.put(path + "\n" + field, new Position(fields.line(field), fields.column(field)));
    }
  }

  public Position of(String path, String field) {
    return positions.getOrDefault(path + "\n" + field, Position.UNKNOWN);
  }
}
