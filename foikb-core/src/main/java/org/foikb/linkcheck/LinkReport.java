package org.foikb.linkcheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foikb.link.CrossIndex.Citation;
import org.foikb.model.PublishedSource;

/**
 * The link check as text: a line per address that is broken, has moved or was not checked, in the
 * diagnostics' {@code path:line:column:} form pointing at the {@code url:} field, naming the
 * answers that depend on it; then a count.
 *
 * <pre>{@code
 * List<LinkResult> results = checker.check(log.sources());
 * LinkReport.lines(results, CrossIndex.of(log)::citationsOf).forEach(System.out::println);
 * System.out.println(LinkReport.summary(results));
 * // published/crime-stats.md:4:6: broken: https://example.org/x answered 404 Not Found; cited by
 * //   01.FOI.24.000001 (question 2)
 * // Checked 12 published sources: 11 fine, 0 moved, 1 broken.
 * }</pre>
 */
public final class LinkReport {
  private LinkReport() {}

  /** A line for each result that needs an edit, in the results' order; none for a fine one. */
  public static List<String> lines(
      List<LinkResult> results, Function<String, List<Citation>> citations) {
    List<String> lines = new ArrayList<>();
    for (LinkResult result : results) {
      String what = describe(result.source(), result.status());
      if (what != null) {
        lines.add(
            printable(
                where(result.source())
                    + what
                    + "; cited by "
                    + citedBy(citations.apply(result.source().id()))));
      }
    }
    return List.copyOf(lines);
  }

  /** {@code Checked 12 published sources: 10 fine, 1 moved, 1 broken.} */
  public static String summary(List<LinkResult> results) {
    int fine = count(results, LinkStatus.Fine.class);
    int moved = count(results, LinkStatus.Moved.class);
    int broken = count(results, LinkStatus.Broken.class);
    int unchecked = count(results, LinkStatus.NotCheckable.class);
    return "Checked "
        + results.size()
        + (results.size() == 1 ? " published source: " : " published sources: ")
        + fine
        + " fine, "
        + moved
        + " moved, "
        + broken
        + " broken"
        + (unchecked > 0 ? ", " + unchecked + " not checked" : "")
        + ".";
  }

  private static String describe(PublishedSource source, LinkStatus status) {
    if (status instanceof LinkStatus.Broken broken) {
      String at = broken.at().map(a -> " redirects to " + a + ", which").orElse("");
      return "broken: " + source.url() + at + " " + broken.reason();
    }
    if (status instanceof LinkStatus.Moved moved) {
      return "moved: "
          + source.url()
          + " -> "
          + moved.url()
          + " ("
          + moved.status()
          + "); update the url";
    }
    if (status instanceof LinkStatus.NotCheckable skipped) {
      return "not checked: " + source.url() + " " + skipped.reason();
    }
    return null;
  }

  /** The file and the {@code url:} value's place in it, as a diagnostic names them. */
  private static String where(PublishedSource source) {
    StringBuilder text = new StringBuilder(source.path());
    if (source.urlLine() > 0) {
      text.append(':').append(source.urlLine());
      if (source.urlColumn() > 0) {
        text.append(':').append(source.urlColumn());
      }
    }
    return text.append(": ").toString();
  }

  /** {@code 01.FOI.24.000001 (questions 1, 2), 01.FOI.23.000007 (outside the answers)} */
  private static String citedBy(List<Citation> citations) {
    if (citations.isEmpty()) {
      return "no answer";
    }
    return citations.stream()
        .map(c -> c.request().reference() + " (" + questions(c.questions()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String questions(List<Integer> numbers) {
    List<String> answered = numbers.stream().filter(n -> n > 0).map(String::valueOf).toList();
    String outside = numbers.contains(0) ? "outside the answers" : "";
    if (answered.isEmpty()) {
      return outside;
    }
    String listed =
        (answered.size() == 1 ? "question " : "questions ") + String.join(", ", answered);
    return outside.isEmpty() ? listed : listed + " and " + outside;
  }

  private static int count(List<LinkResult> results, Class<? extends LinkStatus> kind) {
    return (int) results.stream().filter(r -> kind.isInstance(r.status())).count();
  }

  /** A server's Location could carry terminal controls; they are shown as U+FFFD instead. */
  private static String printable(String line) {
    StringBuilder text = new StringBuilder(line.length());
    line.codePoints()
        .forEach(
            c ->
                text.appendCodePoint(
                    Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                        ? 0xFFFD
                        : c));
    return text.toString();
  }
}
