package org.foikb.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content, printed in the compilers' form.
 *
 * <pre>{@code
 * Diagnostic d = Diagnostic.error("requests/a.md", 12, 5, "unknown outcome 'granted'")
 *     .withHint("use one of: disclosed, published, partial, withheld, not-held, ncnd, invalid");
 * d.format(); // requests/a.md:12:5: error: unknown outcome 'granted'\n  hint: use one of: ...
 * }</pre>
 *
 * @param path the file, relative to the content folder, with '/' separators
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when unknown
 */
public record Diagnostic(
    String path, int line, int column, Severity severity, String message, String hint) {

  /** Sorts by file, then line, then column, so a report reads top to bottom. */
  public static final Comparator<Diagnostic> READING_ORDER =
      Comparator.comparing(Diagnostic::path)
          .thenComparingInt(Diagnostic::line)
          .thenComparingInt(Diagnostic::column)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  public static Diagnostic error(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.ERROR, message, null);
  }

  public static Diagnostic warning(String path, int line, int column, String message) {
    return new Diagnostic(path, line, column, Severity.WARNING, message, null);
  }

  public Diagnostic withHint(String newHint) {
    return new Diagnostic(path, line, column, severity, message, newHint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code path:line:column: error: message}, then an indented hint line if there is one. */
  public String format() {
    StringBuilder text = new StringBuilder(path);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    text.append(": ").append(severity.label()).append(": ").append(message);
    if (hint != null) {
      text.append("\n  hint: ").append(hint);
    }
    return text.toString();
  }
}
