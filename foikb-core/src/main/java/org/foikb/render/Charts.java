package org.foikb.render;

import java.util.List;
import java.util.Locale;

/**
 * Charts drawn at build time as inline SVG, for the statistics page: no script, no style attributes
 * (the Content-Security-Policy forbids inline style; presentation attributes are not style), a
 * {@code <title>} and {@code <desc>} for screen readers, and the page gives every number again in a
 * table beneath each chart.
 *
 * <pre>{@code
 * String svg = Charts.bars("sections", "Sections applied", "s21: 40 ...", labels, values);
 * }</pre>
 */
final class Charts {
  private static final int WIDTH = 640;
  private static final int LEFT = 48;
  private static final int RIGHT = 16;
  private static final int TOP = 16;
  private static final int BOTTOM = 32;
  private static final int PLOT_HEIGHT = 220;
  private static final int BAR_ROW = 30;
  private static final int LABEL_WIDTH = 300;
  private static final int LABEL_CHARACTERS = 38;
  private static final String AXIS = "#505a5f";
  private static final String GRID = "#cecece";

  private Charts() {}

  /** One stack of a stacked column chart: its label along the bottom and a value per series. */
  record Stack(String label, int[] values) {}

  /** A series of a stacked chart: its name in the legend and its fill. */
  record Series(String name, String colour) {}

  /**
   * Columns of stacked values, one column per {@link Stack}, segments in the order of {@code
   * series}.
   */
  static String stackedColumns(
      String id, String title, String description, List<Series> series, List<Stack> stacks) {
    int max = 0;
    for (Stack stack : stacks) {
      int total = 0;
      for (int value : stack.values()) {
        total += value;
      }
      max = Math.max(max, total);
    }
    int top = niceCeiling(max);
    StringBuilder svg = open(id, title, description, TOP + PLOT_HEIGHT + BOTTOM);
    countAxis(svg, top);
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, stacks.size());
    double barWidth = Math.min(56, slot * 0.7);
    for (int i = 0; i < stacks.size(); i++) {
      Stack stack = stacks.get(i);
      double x = LEFT + slot * i + (slot - barWidth) / 2;
      double y = TOP + PLOT_HEIGHT;
      for (int s = 0; s < series.size(); s++) {
        int value = stack.values()[s];
        if (value == 0) {
          continue;
        }
        double height = (double) value / top * PLOT_HEIGHT;
        y -= height;
        svg.append("<rect x=\"")
            .append(number(x))
            .append("\" y=\"")
            .append(number(y))
            .append("\" width=\"")
            .append(number(barWidth))
            .append("\" height=\"")
            .append(number(height))
            .append("\" fill=\"")
            .append(series.get(s).colour())
            .append("\" stroke=\"#ffffff\" stroke-width=\"1\"/>");
      }
      columnLabel(svg, x + barWidth / 2, stack.label());
    }
    return svg.append("</svg>").toString();
  }

  /** One column per label, for values that are not counts: {@code format} writes a tick's value. */
  static String columns(
      String id,
      String title,
      String description,
      List<String> labels,
      double[] values,
      double ceiling,
      java.util.function.DoubleFunction<String> format) {
    double top = ceiling;
    StringBuilder svg = open(id, title, description, TOP + PLOT_HEIGHT + BOTTOM);
    axis(svg, top, format);
    double slot = (double) (WIDTH - LEFT - RIGHT) / Math.max(1, labels.size());
    double barWidth = Math.min(56, slot * 0.7);
    for (int i = 0; i < labels.size(); i++) {
      double x = LEFT + slot * i + (slot - barWidth) / 2;
      if (!Double.isNaN(values[i]) && top > 0) {
        double height = values[i] / top * PLOT_HEIGHT;
        svg.append("<rect x=\"")
            .append(number(x))
            .append("\" y=\"")
            .append(number(TOP + PLOT_HEIGHT - height))
            .append("\" width=\"")
            .append(number(barWidth))
            .append("\" height=\"")
            .append(number(height))
            .append("\" fill=\"#1d70b8\"/>");
        text(
            svg,
            x + barWidth / 2,
            TOP + PLOT_HEIGHT - height - 4,
            "middle",
            format.apply(values[i]));
      }
      columnLabel(svg, x + barWidth / 2, labels.get(i));
    }
    return svg.append("</svg>").toString();
  }

  /** Horizontal bars, one row per label, most first as given, each with its count at its end. */
  static String bars(
      String id, String title, String description, List<String> labels, int[] values) {
    int max = 1;
    for (int value : values) {
      max = Math.max(max, value);
    }
    int height = TOP + BAR_ROW * labels.size() + 8;
    StringBuilder svg = open(id, title, description, height);
    double plot = WIDTH - LEFT - LABEL_WIDTH - RIGHT - 40;
    for (int i = 0; i < labels.size(); i++) {
      double y = TOP + BAR_ROW * i;
      text(svg, LABEL_WIDTH, y + BAR_ROW / 2.0 + 4, "end", shorten(labels.get(i)));
      double width = Math.max(1, (double) values[i] / max * plot);
      svg.append("<rect x=\"")
          .append(LABEL_WIDTH + 8)
          .append("\" y=\"")
          .append(number(y + 6))
          .append("\" width=\"")
          .append(number(width))
          .append("\" height=\"")
          .append(BAR_ROW - 12)
          .append("\" fill=\"#1d70b8\"/>");
      text(
          svg,
          LABEL_WIDTH + 8 + width + 6,
          y + BAR_ROW / 2.0 + 4,
          "start",
          String.valueOf(values[i]));
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The smallest 1, 2 or 5 times a power of ten at or above {@code value}: a round top for the
   * axis.
   */
  static int niceCeiling(int value) {
    if (value <= 1) {
      return 1;
    }
    int power = 1;
    while (power * 10 < value) {
      power *= 10;
    }
    for (int step : new int[] {1, 2, 5, 10}) {
      if (step * power >= value) {
        return step * power;
      }
    }
    return 10 * power;
  }

  private static StringBuilder open(String id, String title, String description, int height) {
    StringBuilder svg = new StringBuilder(4096);
    svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"foikb-chart__svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(id)
        .append("-title ")
        .append(id)
        .append("-desc\" focusable=\"false\">");
    svg.append("<title id=\"").append(id).append("-title\">");
    escape(svg, title);
    svg.append("</title><desc id=\"").append(id).append("-desc\">");
    escape(svg, description);
    return svg.append("</desc>");
  }

  private static void axis(
      StringBuilder svg, double top, java.util.function.DoubleFunction<String> format) {
    int intervals = intervals(top);
    for (int tick = 0; tick <= intervals; tick++) {
      double value = top * tick / intervals;
      double y = TOP + PLOT_HEIGHT - (double) PLOT_HEIGHT * tick / intervals;
      svg.append("<line x1=\"")
          .append(LEFT)
          .append("\" x2=\"")
          .append(WIDTH - RIGHT)
          .append("\" y1=\"")
          .append(number(y))
          .append("\" y2=\"")
          .append(number(y))
          .append("\" stroke=\"")
          .append(tick == 0 ? AXIS : GRID)
          .append("\" stroke-width=\"1\"/>");
      text(svg, LEFT - 6, y + 4, "end", format.apply(value));
    }
  }

  /** Into how many steps the axis is cut, so that a whole top gives whole ticks. */
  static int intervals(double top) {
    if (top != Math.rint(top) || top < 2) {
      return top < 2 ? 1 : 4;
    }
    long whole = (long) top;
    return whole % 5 == 0 ? 5 : whole % 4 == 0 ? 4 : whole % 2 == 0 ? 2 : 1;
  }

  /** An axis of counts: a tick that falls between whole numbers is written with its decimal. */
  private static void countAxis(StringBuilder svg, int top) {
    axis(svg, (double) top, Charts::number);
  }

  private static void columnLabel(StringBuilder svg, double x, String label) {
    text(svg, x, TOP + PLOT_HEIGHT + 20, "middle", label);
  }

  private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
    svg.append("<text x=\"")
        .append(number(x))
        .append("\" y=\"")
        .append(number(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\">");
    escape(svg, text);
    svg.append("</text>");
  }

  private static String shorten(String label) {
    return label.length() <= LABEL_CHARACTERS
        ? label
        : label.substring(0, LABEL_CHARACTERS - 1).stripTrailing() + "…";
  }

  /** Coordinates to one decimal, the same on every machine. */
  static String number(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    return rounded == Math.rint(rounded)
        ? String.valueOf((long) rounded)
        : String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** Text from content is hostile: escaped for XML, both in elements and in attributes. */
  static void escape(StringBuilder out, String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
  }
}
