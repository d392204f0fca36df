package org.foikb.template;

import java.util.List;

/** The statistics page: charts, each with its numbers in a table beneath. */
public record StatisticsView(
    LayoutView layout, String heading, String intro, List<ChartView> charts, String dataUrl) {

  /**
   * One chart.
   *
   * @param svg the chart, drawn by foikb with every value from content escaped
   * @param legend the colours of a stacked chart's series; empty for others
   * @param headers the table's column headings; the first column heads the rows
   */
  public record ChartView(
      String id,
      String heading,
      String intro,
      String svg,
      List<LegendItem> legend,
      String caption,
      List<String> headers,
      List<RowView> rows) {
    public boolean hasLegend() {
      return !legend.isEmpty();
    }
  }

  /** A series' name and colour. */
  public record LegendItem(String label, String colour) {}

  /** A table row: its heading cell, a link where it has a page, and the other cells. */
  public record RowView(String heading, String url, List<String> cells) {}
}
