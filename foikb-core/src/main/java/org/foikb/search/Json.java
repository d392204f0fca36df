package org.foikb.search;

/**
 * The little JSON the index and the open data need: strings quoted safely, nothing else.
 *
 * <pre>{@code
 * String field = Json.quote("Taser </script>"); // "Taser \u003c/script\u003e"
 * }</pre>
 */
public final class Json {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private Json() {}

  /**
   * Appends the text as a JSON string, escaping what JSON requires and what must not close a script
   * element or break a line in JavaScript. Runs of plain characters go in one copy: the index
   * quotes every title and snippet in the log.
   */
  public static StringBuilder quote(StringBuilder out, String text) {
    out.append('"');
    int plainFrom = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (needsEscape(c)) {
        out.append(text, plainFrom, i);
        escape(out, c);
        plainFrom = i + 1;
      }
    }
    return out.append(text, plainFrom, text.length()).append('"');
  }

  public static String quote(String text) {
    return quote(new StringBuilder(text.length() + 2), text).toString();
  }

  private static boolean needsEscape(char c) {
    return c < 0x20
        || c == '"'
        || c == '\\'
        || c == '<'
        || c == '>'
        || c == '&'
        || c == 0x2028
        || c == 0x2029;
  }

  private static void escape(StringBuilder out, char c) {
    switch (c) {
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      default ->
          out.append("\\u")
              .append(HEX[c >> 12 & 15])
              .append(HEX[c >> 8 & 15])
              .append(HEX[c >> 4 & 15])
              .append(HEX[c & 15]);
    }
  }
}
