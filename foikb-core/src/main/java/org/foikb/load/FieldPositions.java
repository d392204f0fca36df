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
    record(path, field, fields, field);
  }

  /** Records {@code field} of {@code fields} under another name, for fields of list items. */
  void record(String path, String key, YamlFields fields, String field) {
    if (fields.has(field)) {
      positions.put(path + "\n" + key, new Position(fields.line(field), fields.column(field)));
    }
  }

  /** The key under which question N's {@code sections:} list is recorded. */
  public static String questionSections(int number) {
    return "questions." + number + ".sections";
  }

  public Position of(String path, String field) {
    return positions.getOrDefault(path + "\n" + field, Position.UNKNOWN);
  }
}
