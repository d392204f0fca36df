package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void escapesWhatJsonNeedsAndWhatCouldCloseAScriptOrBreakALine() {
    assertThat(Json.quote("a \"b\" \\ c\nd\re\tf")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\re\\tf\"");
    assertThat(Json.quote("</script> & <!--"))
        .isEqualTo("\"\\u003c/script\\u003e \\u0026 \\u003c!--\"");
    assertThat(Json.quote("line\u2028para\u2029\u0001"))
        .isEqualTo("\"line\\u2028para\\u2029\\u0001\"");
    assertThat(Json.quote("Café – 50 £ …")).isEqualTo("\"Café – 50 £ …\"");
  }

  @Property(tries = 2000)
  void copiesPlainRunsAsTheyAreAndEscapesTheRestOneCharacterAtATime(
      @ForAll("mixedText") String text) {
    assertThat(Json.quote(text)).isEqualTo(oneCharacterAtATime(text));
  }

  @Provide
  Arbitrary<String> mixedText() {
    return Arbitraries.strings()
        .withChars("ab \"\\\n\r\t<>&\u0000\u001f\u2028\u2029é–…")
        .withCharRange('\u0000', '\u00ff')
        .ofMaxLength(40);
  }

  /** The rule written out plainly, as the reference the faster quoting must match. */
  private static String oneCharacterAtATime(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          boolean unsafe =
              c < 0x20 || c == '<' || c == '>' || c == '&' || c == 0x2028 || c == 0x2029;
          out.append(unsafe ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
      }
    }
    return out.append('"').toString();
  }
}
