package org.foikb.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects the problems every stage finds, from any thread, so one run reports them all.
 *
 * <pre>{@code
 * Diagnostics diagnostics = new Diagnostics();
 * diagnostics.add(Diagnostic.error("site.yaml", 3, 1, "missing 'title'"));
 * if (diagnostics.hasErrors()) { ... }
 * }</pre>
 */
public final class Diagnostics {
  private final ConcurrentLinkedQueue<Diagnostic> found = new ConcurrentLinkedQueue<>();

  public void add(Diagnostic diagnostic) {
    found.add(diagnostic);
  }

  public void error(String path, int line, int column, String message, String hint) {
    add(Diagnostic.error(path, line, column, message).withHint(hint));
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  public long errorCount() {
    return found.stream().filter(Diagnostic::isError).count();
  }

  public long warningCount() {
    return found.stream().filter(d -> !d.isError()).count();
  }

  /** Everything found, in reading order. */
  public List<Diagnostic> sorted() {
    List<Diagnostic> all = new ArrayList<>(found);
    all.sort(Diagnostic.READING_ORDER);
    return all;
  }

  /** A one-line total, such as {@code 3 errors in 2 files}. */
  public String summary() {
    long errors = errorCount();
    long warnings = warningCount();
    long files = found.stream().map(Diagnostic::path).distinct().count();
    StringBuilder text = new StringBuilder();
    text.append(plural(errors, "error"));
    if (warnings > 0) {
      text.append(" and ").append(plural(warnings, "warning"));
    }
    return text.append(" in ").append(plural(files, "file")).toString();
  }

  private static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
