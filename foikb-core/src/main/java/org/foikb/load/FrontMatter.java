package org.foikb.load;

import java.util.Optional;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;

/**
 * A content file split into its YAML front matter and its Markdown body.
 *
 * @param yamlLine the 1-based file line of the first YAML line
 * @param bodyLine the 1-based file line of the first body line
 */
record FrontMatter(String yaml, int yamlLine, String body, int bodyLine) {
  private static final String FENCE = "---";

  static Optional<FrontMatter> split(SourceFile source, Diagnostics diagnostics) {
    String text = source.text();
    if (text.isBlank()) {
      diagnostics.add(
          Diagnostic.error(source.path(), 1, 1, "empty file")
              .withHint("start the file with front matter between two '---' lines, or delete it"));
      return Optional.empty();
    }
    int firstEnd = lineEnd(text, 0);
    if (!text.substring(0, firstEnd).strip().equals(FENCE)) {
      diagnostics.add(
          Diagnostic.error(source.path(), 1, 1, "no front matter: the file must start with '---'")
              .withHint("Did you forget to add '---' on the first line, above the fields?"));
      return Optional.empty();
    }
    int yamlStart = Math.min(firstEnd + 1, text.length());
    int line = 2;
    int position = yamlStart;
    while (position < text.length()) {
      int end = lineEnd(text, position);
      if (text.substring(position, end).stripTrailing().equals(FENCE)) {
        String yaml = text.substring(yamlStart, position);
        int bodyStart = Math.min(end + 1, text.length());
        return Optional.of(new FrontMatter(yaml, 2, text.substring(bodyStart), line + 1));
      }
      position = end + 1;
      line++;
    }
    diagnostics.add(
        Diagnostic.error(source.path(), 1, 1, "front matter is not closed")
            .withHint("add a line '---' after the last field, before the Markdown text"));
    return Optional.empty();
  }

  private static int lineEnd(String text, int from) {
    int end = text.indexOf('\n', from);
    return end < 0 ? text.length() : end;
  }
}
