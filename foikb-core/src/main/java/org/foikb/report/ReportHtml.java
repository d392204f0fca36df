package org.foikb.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.report.StaffReport.Divergence;
import org.foikb.report.StaffReport.Place;

/**
 * The staff report as one self-contained HTML page: its style inline (allowed by hash), no script,
 * nothing loaded from anywhere, and every value from the content escaped.
 *
 * <pre>{@code
 * Files.writeString(file, ReportHtml.render(report));
 * }</pre>
 */
public final class ReportHtml {
  private static final String STYLE =
      "body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;"
          + "color:#0b0c0c}"
          + "table{border-collapse:collapse;width:100%;margin-bottom:2rem}"
          + "th,td{border:1px solid #b1b4b6;padding:.4rem .6rem;text-align:left;vertical-align:top}"
          + "th{background:#f3f2f1}td.pair{width:50%}"
          + ".none{color:#505a5f}.ask{font-style:italic}code{font-size:.9em}";

  /** The page's policy: nothing but its own style block. */
  private static final String POLICY =
      "default-src 'none'; style-src 'sha256-" + sha256(STYLE) + "'; base-uri 'none'";

  private final StringBuilder html = new StringBuilder();

  private ReportHtml() {}

  public static String render(StaffReport report) {
    ReportHtml out = new ReportHtml();
    String title = "Staff report for " + report.siteTitle();
    out.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"" + POLICY + "\">\n");
    out.raw("<meta name=\"robots\" content=\"noindex\">\n");
    out.raw("<title>").text(title).raw("</title>\n<style>" + STYLE + "</style>\n</head>\n");
    out.raw("<body>\n<h1>").text(title).raw("</h1>\n");
    out.raw("<p>As of ").text(report.today().toString());
    out.raw(
        ". What the log's editors should look at; advice only, it never stops a build. This page"
            + " is not part of the published site.</p>\n");
    out.contents(report);
    out.section(
        "unused-sources",
        Headings.UNUSED,
        report.unusedSources(),
        List.of("Source", "Address", "Linked only outside the answers"),
        use -> {
          out.raw("<tr>").sourceCells(use.source()).raw("<td>");
          out.places(use.usedBy(), "not linked at all");
          out.raw("</td></tr>\n");
        });
    out.section(
        "stale-sources",
        Headings.STALE,
        report.staleSources(),
        List.of("Source", "Address", "Checked", "Answers that depend on it"),
        use -> {
          out.raw("<tr>").sourceCells(use.source());
          out.raw("<td>").text(use.source().checked().orElseThrow().toString()).raw("</td><td>");
          out.places(use.usedBy(), "no answer links to it");
          out.raw("</td></tr>\n");
        });
    out.section(
        "undated-sources",
        Headings.UNDATED,
        report.undatedSources(),
        List.of("Source", "Address", "Answers that depend on it"),
        use -> {
          out.raw("<tr>").sourceCells(use.source()).raw("<td>");
          out.places(use.usedBy(), "no answer links to it");
          out.raw("</td></tr>\n");
        });
    out.section(
        "requests-without-topics",
        Headings.WITHOUT_TOPICS,
        report.withoutTopics(),
        List.of("Request", "Title", "File"),
        place -> out.requestRow(place));
    out.section(
        "answered-differently",
        Headings.ANSWERED_DIFFERENTLY,
        report.answeredDifferently(),
        List.of("Earlier", "Later"),
        divergence -> out.divergenceRow(divergence));
    out.raw("</body>\n</html>\n");
    return out.html.toString();
  }

  private void contents(StaffReport report) {
    raw("<ul>\n");
    item("unused-sources", Headings.UNUSED, report.unusedSources());
    item("stale-sources", Headings.STALE, report.staleSources());
    item("undated-sources", Headings.UNDATED, report.undatedSources());
    item("requests-without-topics", Headings.WITHOUT_TOPICS, report.withoutTopics());
    item("answered-differently", Headings.ANSWERED_DIFFERENTLY, report.answeredDifferently());
    raw("</ul>\n");
  }

  private void item(String id, String label, List<?> items) {
    raw("<li><a href=\"#" + id + "\">").text(label).raw("</a>: " + items.size() + "</li>\n");
  }

  private <T> void section(
      String id, String heading, List<T> items, List<String> columns, Consumer<T> row) {
    raw("<section id=\"" + id + "\">\n<h2>").text(heading + " (" + items.size() + ")");
    raw("</h2>\n");
    if (items.isEmpty()) {
      raw("<p class=\"none\">None.</p>\n</section>\n");
      return;
    }
    raw("<table>\n<thead><tr>");
    for (String column : columns) {
      raw("<th scope=\"col\">").text(column).raw("</th>");
    }
    raw("</tr></thead>\n<tbody>\n");
    items.subList(0, Math.min(items.size(), StaffReport.LISTED)).forEach(row);
    raw("</tbody>\n</table>\n");
    if (items.size() > StaffReport.LISTED) {
      raw("<p>").text(Headings.leftOut(items.size())).raw("</p>\n");
    }
    raw("</section>\n");
  }

  private ReportHtml sourceCells(PublishedSource source) {
    raw("<td>").text(source.title()).raw("<br><code>").text(source.path()).raw("</code></td>");
    raw("<td>").link(source.url(), source.url()).raw("</td>");
    return this;
  }

  private void places(List<Place> places, String none) {
    if (places.isEmpty()) {
      raw("<span class=\"none\">").text(none).raw("</span>");
      return;
    }
    raw("<ul>");
    for (Place place : places) {
      raw("<li>").link(place.url(), where(place)).raw("</li>");
    }
    raw("</ul>");
  }

  private void requestRow(Place place) {
    Request request = place.request();
    raw("<tr><td>").link(place.url(), request.reference()).raw("</td>");
    raw("<td>").text(request.title()).raw("</td><td><code>").text(request.path());
    raw("</code></td></tr>\n");
  }

  private void divergenceRow(Divergence divergence) {
    raw("<tr>");
    answered(divergence.earlier());
    answered(divergence.later());
    raw("</tr>\n");
  }

  private void answered(Place place) {
    Question question = place.asked().orElseThrow();
    raw("<td class=\"pair\">").link(place.url(), where(place));
    raw("<br>Responded ").text(place.request().responded().toString());
    raw("<br><strong>").text(question.outcome().label()).raw("</strong>");
    if (!question.sectionIds().isEmpty()) {
      raw(" under ").text(String.join(", ", question.sectionIds()));
    }
    raw("<p class=\"ask\">").text(question.ask()).raw("</p></td>");
  }

  private static String where(Place place) {
    return place.request().reference()
        + (place.question() == 0 ? " (outside the answers)" : " question " + place.question());
  }

  /** A link when the address is http or https, else the address as text. */
  private ReportHtml link(String url, String label) {
    String scheme = url.toLowerCase(Locale.ROOT);
    if (scheme.startsWith("https://") || scheme.startsWith("http://")) {
      return raw("<a href=\"").text(url).raw("\">").text(label).raw("</a>");
    }
    return text(label);
  }

  private ReportHtml raw(String markup) {
    html.append(markup);
    return this;
  }

  /** Escapes text for both element content and quoted attribute values. */
  private ReportHtml text(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '&' -> html.append("&amp;");
        case '<' -> html.append("&lt;");
        case '>' -> html.append("&gt;");
        case '"' -> html.append("&quot;");
        case '\'' -> html.append("&#39;");
        default -> html.append(c);
      }
    }
    return this;
  }

  private static String sha256(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
