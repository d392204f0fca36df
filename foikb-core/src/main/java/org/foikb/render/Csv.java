package org.foikb.render;

import java.util.List;

/**
 * RFC 4180 rows: fields holding a comma, a double quote or a line break are quoted, quotes doubled,
 * rows ended by CRLF. A field that a spreadsheet would read as a formula (starting with {@code = +
 * - @}, a tab or a carriage return) gets a leading apostrophe, so that hostile text in a question
 * cannot run in the spreadsheet of someone who opens the file.
 */
final class Csv {
  private Csv() {}

  static String row(List<String> fields) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      field(out, fields.get(i));
    }
    return out.append("\r\n").toString();
  }

  private static void field(StringBuilder out, String value) {
    String text = startsLikeAFormula(value) ? "'" + value : value;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    if (!quote) {
      out.append(text);
      return;
    }
    out.append('"').append(text.replace("\"", "\"\"")).append('"');
  }

  static boolean startsLikeAFormula(String value) {
    if (value.isEmpty()) {
      return false;
    }
    char first = value.charAt(0);
    return first == '='
        || first == '+'
        || first == '-'
        || first == '@'
        || first == '\t'
        || first == '\r';
  }
}
