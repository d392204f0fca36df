package org.foikb.site;

import java.util.ArrayList;
import java.util.List;

/** A CSV reader written from RFC 4180 alone, so that the writer under test is not its own judge. */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' && field.isEmpty()) {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unclosed quoted field");
          }
          char q = text.charAt(i);
          if (q == '"') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
              field.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          field.append(q);
          i++;
        }
        continue;
      }
      if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
        i++;
      } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i += 2;
      } else if (c == '\n' || c == '\r' || c == '"') {
        throw new IllegalArgumentException("bare " + (int) c + " outside quotes at " + i);
      } else {
        field.append(c);
        i++;
      }
    }
    if (!field.isEmpty() || !row.isEmpty()) {
      throw new IllegalArgumentException("last row not ended by CRLF");
    }
    return rows;
  }
}
