package org.foikb.report;

import java.util.List;
import java.util.function.Consumer;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.report.StaffReport.Divergence;
import org.foikb.report.StaffReport.Place;
import org.foikb.report.StaffReport.SourceUse;

/**
 * The staff report as plain text, for a terminal: one heading per kind of problem with its count,
 * then an indented line per item, naming the file to edit first.
 *
 * <pre>{@code
 * System.out.print(ReportText.render(report));
 * }</pre>
 */
public final class ReportText {
  private final StringBuilder text = new StringBuilder();

  private ReportText() {}

  public static String render(StaffReport report) {
    ReportText out = new ReportText();
    out.line("Staff report for " + report.siteTitle() + ", " + report.today());
    out.section(
        Headings.UNUSED,
        report.unusedSources(),
        use -> {
          out.source(use.source(), "");
          for (Place place : use.usedBy()) {
            out.line(
                "    linked only outside the answers, by "
                    + place.request().reference()
                    + "  "
                    + place.url());
          }
        });
    out.section(
        Headings.STALE,
        report.staleSources(),
        use -> out.sourceAndAnswers(use, ", checked " + use.source().checked().orElseThrow()));
    out.section(Headings.UNDATED, report.undatedSources(), use -> out.sourceAndAnswers(use, ""));
    out.section(
        Headings.WITHOUT_TOPICS,
        report.withoutTopics(),
        place ->
            out.line(
                "  "
                    + place.request().path()
                    + "  "
                    + place.request().reference()
                    + "  "
                    + place.request().title()
                    + "\n    "
                    + place.url()));
    out.section(
        Headings.ANSWERED_DIFFERENTLY,
        report.answeredDifferently(),
        divergence -> out.divergence(divergence));
    return out.text.toString();
  }

  private <T> void section(String heading, List<T> items, Consumer<T> item) {
    line("");
    line(heading + " (" + items.size() + ")");
    if (items.isEmpty()) {
      line("  none");
    }
    items.subList(0, Math.min(items.size(), StaffReport.LISTED)).forEach(item);
    if (items.size() > StaffReport.LISTED) {
      line("  " + Headings.leftOut(items.size()));
    }
  }

  private void source(PublishedSource source, String after) {
    line("  " + source.path() + "  " + source.title() + after);
    line("    " + source.url());
  }

  private void sourceAndAnswers(SourceUse use, String after) {
    source(use.source(), after);
    if (use.usedBy().isEmpty()) {
      line("    no answer links to it");
    }
    for (Place place : use.usedBy()) {
      line("    used by " + place(place));
    }
  }

  private void divergence(Divergence divergence) {
    line("  earlier: " + answered(divergence.earlier()));
    line("  later:   " + answered(divergence.later()));
    line("");
  }

  private static String place(Place place) {
    String where =
        place.question() == 0
            ? place.request().reference() + " (outside the answers)"
            : place.request().reference() + " question " + place.question();
    return where + "  " + place.url();
  }

  private static String answered(Place place) {
    Question question = place.asked().orElseThrow();
    String sections =
        question.sectionIds().isEmpty() ? "" : " under " + String.join(", ", question.sectionIds());
    return place(place)
        + "\n           responded "
        + place.request().responded()
        + ", "
        + question.outcome().slug()
        + sections
        + "\n           "
        + quoted(question.ask());
  }

  private static String quoted(String text) {
    return "\"" + text.strip().replaceAll("\\s+", " ") + "\"";
  }

  /** Control characters from content (a terminal's escape codes) are shown as U+FFFD. */
  private void line(String line) {
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      text.append(c != '\n' && Character.isISOControl(c) ? '\uFFFD' : c);
    }
    text.append('\n');
  }
}
