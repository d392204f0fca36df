package org.foikb.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import org.commonmark.node.Node;
import org.junit.jupiter.api.Test;

class PlainTextTest {
  private static final String DOCUMENT =
      """
      The [published figures](https://example.org/figures) cover `2023`.
      A second line.

      - first point
      -
      - third point with *emphasis*

      | Year | Cost |
      |------|------|
      | 2022 | £10  |

          indented code

      -
      - after an empty item

      <div>raw html</div>

      &emsp;Text after an em space.
      """;

  @Test
  void keepsTheWordsAReaderSeesAndDropsLinkDestinations() {
    String text = PlainText.of(new Markdown().parse(DOCUMENT));
    assertThat(text)
        .startsWith("The published figures cover 2023. A second line.")
        .contains("first point\nthird point with emphasis")
        .contains("Year Cost 2022 £10")
        .contains("indented code")
        .contains("<div>raw html</div>")
        .endsWith("Text after an em space.")
        .doesNotContain("https://");
  }

  @Test
  void stripsWhiteSpaceAroundABlock() {
    Node last = new Markdown().parse(DOCUMENT).getLastChild();
    assertThat(PlainText.of(last)).isEqualTo("Text after an em space.");
    Node list = new Markdown().parse("-\n- after an empty item\n").getFirstChild();
    assertThat(PlainText.of(list)).isEqualTo("after an empty item");
  }

  @Test
  void appendsToABuilderWhatItGivesAlone() {
    Node document = new Markdown().parse(DOCUMENT);
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      for (String before : new String[] {"", "earlier text\n", "no newline "}) {
        StringBuilder text = new StringBuilder(before);
        PlainText.append(block, text);
        assertThat(text.toString()).isEqualTo(before + PlainText.of(block));
      }
    }
  }
}
