package org.foikb.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Node;

/**
 * A request body cut into what the site shows apart: the blocks before the answers, the blocks of
 * each {@code ## Answer N} (heading left out), and the blocks of any other level-2 section after
 * them. The page and the search index both take their parts from this cut, so they agree on where
 * an answer ends.
 */
public record AnswerSections(
    List<Node> intro, Map<Integer, List<Node>> answers, List<Node> closing) {

  public static AnswerSections of(Node document) {
    List<Node> intro = new ArrayList<>();
    List<Node> closing = new ArrayList<>();
    Map<Integer, List<Node>> answers = new TreeMap<>();
    List<Node> current = intro;
    for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
      int number = Outline.answerNumber(block);
      if (number >= 0) {
        current = answers.computeIfAbsent(number, n -> new ArrayList<>());
        continue;
      }
      if (Outline.endsAnswer(block) && current != intro) {
        current = closing;
      }
      current.add(block);
    }
    return new AnswerSections(intro, answers, closing);
  }
}
