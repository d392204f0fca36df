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

  /** By file, then by field. */
  private final Map<String, Map<String, Position>> positions = new ConcurrentHashMap<>();

  void record(String path, String field, YamlFields fields) {
    record(path, field, fields, field);
  }

  /** Records {@code field} of {@code fields} under another name, for fields of list items. */
  void record(String path, String key, YamlFields fields, String field) {
    if (fields.has(field)) {
      ofFile(path).put(key, new Position(fields.line(field), fields.column(field)));
    }
  }

  /** The key under which question N's {@code sections:} list is recorded. */
  public static String questionSections(int number) {
    return "questions." + number + ".sections";
  }

  public Position of(String path, String field) {
    return positions.getOrDefault(path, Map.of()).getOrDefault(field, Position.UNKNOWN);
  }

  /** Every position recorded for one file, by field. */
  Map<String, Position> inFile(String path) {
    return Map.copyOf(positions.getOrDefault(path, Map.of()));
  }

  /** Records again what {@link #inFile} gave for a file. */
  void restore(String path, Map<String, Position> recorded) {
    ofFile(path).putAll(recorded);
  }

  /** Forgets what was recorded for a file, before it is read again. */
  void forget(String path) {
    positions.remove(path);
  }

  private Map<String, Position> ofFile(String path) {
    return positions.computeIfAbsent(path, p -> new ConcurrentHashMap<>());
  }
}
