package org.foikb.render;

import java.util.ArrayList;
import java.util.List;
import org.foikb.model.OverallOutcome;
import org.foikb.stats.LogStatistics;
import org.foikb.template.Plural;
import org.foikb.template.StatisticsView;
import org.foikb.template.StatisticsView.ChartView;
import org.foikb.template.StatisticsView.LegendItem;
import org.foikb.template.StatisticsView.RowView;

/** Renders {@code /statistics/}: what is asked and how it is answered, as charts and tables. */
final class StatisticsPage {
  /**
   * A colour per overall outcome, each at least 3:1 against white (WCAG 1.4.11), from GOV.UK's
   * palette; the table beneath gives the numbers for anyone who cannot tell them apart.
   */
  static String colour(OverallOutcome outcome) {
    return switch (outcome) {
      case PROVIDED_IN_FULL -> "#00703c";
      case PARTLY_REFUSED -> "#b35900";
      case PROVIDED_IN_PART -> "#1d70b8";
      case REFUSED -> "#d4351c";
      case NOT_HELD -> "#505a5f";
      case NOT_VALID -> "#912b88";
    };
  }

  private final RenderContext context;

  StatisticsPage(RenderContext context) {
    this.context = context;
  }

  void render() {
    LogStatistics stats = LogStatistics.of(context.log, context.index);
    List<ChartView> charts = new ArrayList<>();
    if (!stats.years().isEmpty()) {
      charts.add(requestsPerYear(stats));
    }
    if (!stats.sections().isEmpty()) {
      charts.add(sections(stats));
    }
    if (!stats.sources().isEmpty()) {
      charts.add(sources(stats));
    }
    if (!stats.years().isEmpty()) {
      charts.add(section21Share(stats));
    }
    if (stats.years().stream().anyMatch(y -> !y.daysToRespond().isEmpty())) {
      charts.add(daysToRespond(stats));
    }
    String url = context.urls.home() + RenderContext.STATISTICS;
    context.writePage(
        url,
        "statistics",
        new StatisticsView(
            context.layout(
                "Statistics",
                "How many requests " + context.log.site().authority() + " answered, and how.",
                url,
                "statistics",
                context.crumbs()),
            "Statistics",
            charts.isEmpty()
                ? "The log has no requests yet."
                : "What the "
                    + Plural.requests(context.log.requests().size())
                    + " in this log asked and how they were answered. Each chart's numbers are in the"
                    + " table beneath it.",
            charts,
            context.urls.home() + RenderContext.DATA));
  }

  private ChartView requestsPerYear(LogStatistics stats) {
    List<Charts.Series> series = new ArrayList<>();
    List<LegendItem> legend = new ArrayList<>();
    for (OverallOutcome outcome : OverallOutcome.values()) {
      series.add(new Charts.Series(outcome.label(), colour(outcome)));
      legend.add(new LegendItem(outcome.label(), colour(outcome)));
    }
    List<Charts.Stack> stacks = new ArrayList<>();
    List<RowView> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (LogStatistics.Year year : stats.years()) {
      int[] values = new int[series.size()];
      List<String> cells = new ArrayList<>();
      for (OverallOutcome outcome : OverallOutcome.values()) {
        values[outcome.ordinal()] = year.byOutcome().get(outcome);
        cells.add(String.valueOf(year.byOutcome().get(outcome)));
      }
      cells.add(String.valueOf(year.requests()));
      stacks.add(new Charts.Stack(String.valueOf(year.year()), values));
      rows.add(new RowView(String.valueOf(year.year()), context.urls.year(year.year()), cells));
      description
          .append(year.year())
          .append(": ")
          .append(Plural.requests(year.requests()))
          .append(". ");
    }
    List<String> headers = new ArrayList<>();
    headers.add("Year");
    for (OverallOutcome outcome : OverallOutcome.values()) {
      headers.add(outcome.label());
    }
    headers.add("All requests");
    String title = "Requests answered each year, by outcome";
    return new ChartView(
        "requests-per-year",
        title,
        "Each column is a year's responses; its parts are the requests' overall outcomes.",
        Charts.stackedColumns(
            "requests-per-year", title, description.toString().strip(), series, stacks),
        legend,
        "Requests answered each year, by overall outcome",
        headers,
        rows);
  }

  private ChartView sections(LogStatistics stats) {
    List<String> labels = new ArrayList<>();
    int[] values = new int[stats.sections().size()];
    List<RowView> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < stats.sections().size(); i++) {
      var count = stats.sections().get(i);
      String label = "s" + count.item().number() + " " + count.item().title();
      labels.add(label);
      values[i] = count.count();
      rows.add(
          new RowView(
              "Section " + count.item().number() + " – " + count.item().title(),
              context.urls.section(count.item().id()),
              List.of(String.valueOf(count.count()))));
      description
          .append("Section ")
          .append(count.item().number())
          .append(": ")
          .append(Plural.questions(count.count()))
          .append(". ");
    }
    String title = "Sections of the Act applied most often";
    return new ChartView(
        "sections",
        title,
        "The sections applied to the most questions, at most " + LogStatistics.TOP + ".",
        Charts.bars("sections", title, description.toString().strip(), labels, values),
        List.of(),
        "Questions each section was applied to",
        List.of("Section", "Questions"),
        rows);
  }

  private ChartView sources(LogStatistics stats) {
    List<String> labels = new ArrayList<>();
    int[] values = new int[stats.sources().size()];
    List<RowView> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < stats.sources().size(); i++) {
      var count = stats.sources().get(i);
      labels.add(count.item().title());
      values[i] = count.count();
      rows.add(
          new RowView(
              count.item().title(),
              context.urls.source(count.item().id()),
              List.of(String.valueOf(count.count()))));
      description
          .append(count.item().title())
          .append(": ")
          .append(Plural.requests(count.count()))
          .append(". ");
    }
    String title = "Published information pointed to most often";
    return new ChartView(
        "sources",
        title,
        "The published sources that the answers of the most requests point to, at most "
            + LogStatistics.TOP
            + ".",
        Charts.bars("sources", title, description.toString().strip(), labels, values),
        List.of(),
        "Requests whose answers point to each source",
        List.of("Published source", "Requests"),
        rows);
  }

  private ChartView section21Share(LogStatistics stats) {
    List<String> labels = new ArrayList<>();
    double[] values = new double[stats.years().size()];
    List<RowView> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    for (int i = 0; i < stats.years().size(); i++) {
      LogStatistics.Year year = stats.years().get(i);
      labels.add(String.valueOf(year.year()));
      values[i] = 100 * year.section21Share();
      rows.add(
          new RowView(
              String.valueOf(year.year()),
              null,
              List.of(
                  String.valueOf(year.section21()),
                  String.valueOf(year.questions()),
                  percent(values[i]))));
      description.append(year.year()).append(": ").append(percent(values[i])).append(". ");
    }
    String title = "Questions answered by pointing to published information";
    return new ChartView(
        "section-21",
        title,
        "The share of each year's questions to which section 21 (information reasonably accessible"
            + " by other means) was applied.",
        Charts.columns(
            "section-21",
            title,
            description.toString().strip(),
            labels,
            values,
            100,
            StatisticsPage::percent),
        List.of(),
        "Questions answered under section 21, each year",
        List.of("Year", "Under section 21", "All questions", "Share"),
        rows);
  }

  private ChartView daysToRespond(LogStatistics stats) {
    List<String> labels = new ArrayList<>();
    double[] values = new double[stats.years().size()];
    List<RowView> rows = new ArrayList<>();
    StringBuilder description = new StringBuilder();
    double max = 0;
    for (int i = 0; i < stats.years().size(); i++) {
      LogStatistics.Year year = stats.years().get(i);
      labels.add(String.valueOf(year.year()));
      values[i] = year.medianDays();
      boolean known = !year.daysToRespond().isEmpty();
      if (known) {
        max = Math.max(max, values[i]);
      }
      rows.add(
          new RowView(
              String.valueOf(year.year()),
              null,
              List.of(
                  known ? days(values[i]) : "no dates",
                  String.valueOf(year.daysToRespond().size()))));
      description
          .append(year.year())
          .append(": ")
          .append(known ? days(values[i]) + " days" : "no requests with both dates")
          .append(". ");
    }
    String title = "Median days from receiving a request to responding";
    return new ChartView(
        "days-to-respond",
        title,
        "Calendar days, for the requests whose date of receipt the log records.",
        Charts.columns(
            "days-to-respond",
            title,
            description.toString().strip(),
            labels,
            values,
            Charts.niceCeiling((int) Math.ceil(max)),
            StatisticsPage::days),
        List.of(),
        "Median calendar days to respond, each year",
        List.of("Year", "Median days", "Requests with both dates"),
        rows);
  }

  static String percent(double value) {
    return Charts.number(value) + "%";
  }

  static String days(double value) {
    return Charts.number(value);
  }
}
