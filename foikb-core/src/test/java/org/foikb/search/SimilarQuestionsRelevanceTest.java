package org.foikb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.foikb.build.Build;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Asked in other requests" lists real matches only. The fixture log holds questions known to be
 * the same question in other words (Taser use, body-worn video retention, facial recognition
 * deployments) and questions known to share only common words with others (RIPA, hours, images
 * captured, arrests beside Taser and dismissals); the scores of both are printed, and {@link
 * SimilarQuestions#THRESHOLD} was chosen between them.
 *
 * <p>Two pairs are left out, as word overlap cannot decide them: "How often did officers draw or
 * discharge a Taser" is the same question as "How many times was Taser used … drawn … fired" in
 * other words (no synonyms are known), and "how many devices were deployed" beside "how many
 * arrests have resulted from those deployments" shares its one telling word.
 */
class SimilarQuestionsRelevanceTest {
  private static final Path FIXTURE = Path.of("src/test/resources/similar/content");

  /** Asked question, then a question that is the same question put another way. */
  private static final List<String[]> RELATED =
      List.of(
          pair("SIM.2#1", "SIM.3#2"),
          pair("SIM.3#2", "SIM.2#1"),
          pair("SIM.2#3", "SIM.4#2"),
          pair("SIM.4#2", "SIM.2#3"),
          pair("SIM.7#1", "SIM.8#1"),
          pair("SIM.8#1", "SIM.7#1"),
          pair("SIM.1#2", "SIM.6#1"),
          pair("SIM.6#1", "SIM.1#2"));

  /**
   * Asked question, then a request none of whose questions asks the same thing, or one question on
   * the same subject that asks something else.
   */
  private static final List<String[]> UNRELATED =
      List.of(
          pair("SIM.1#3", "SIM.2"),
          pair("SIM.1#3", "SIM.3"),
          pair("SIM.1#3", "SIM.4"),
          pair("SIM.1#4", "SIM.2"),
          pair("SIM.1#4", "SIM.3"),
          pair("SIM.1#4", "SIM.4"),
          pair("SIM.1#5", "SIM.2"),
          pair("SIM.1#5", "SIM.3"),
          pair("SIM.1#5", "SIM.4"),
          pair("SIM.1#6", "SIM.5"),
          pair("SIM.1#6", "SIM.2"),
          pair("SIM.1#7", "SIM.2"),
          pair("SIM.5#1", "SIM.1"),
          pair("SIM.5#1", "SIM.6"),
          pair("SIM.2#5", "SIM.1"),
          pair("SIM.2#2", "SIM.1"),
          pair("SIM.7#1", "SIM.8#2"),
          pair("SIM.8#2", "SIM.7#1"),
          pair("SIM.2#5", "SIM.3#2"),
          pair("SIM.2#5", "SIM.4#2"),
          pair("SIM.2#3", "SIM.3#2"));

  private static DisclosureLog log;

  @BeforeAll
  static void load() {
    log = new Build(FIXTURE, Optional.empty(), false).run(Optional.empty()).log().orElseThrow();
  }

  @Test
  void printsTheScoresOfRelatedAndUnrelatedCandidates() {
    SimilarQuestions all = SimilarQuestions.of(log, 0);
    List<String> lines = new ArrayList<>();
    for (Request request : log.requests()) {
      for (var question : request.questions()) {
        String asked = request.reference() + "#" + question.number();
        for (var match : all.of(request.reference(), question.number())) {
          String listed = match.request().reference() + "#" + match.question().number();
          lines.add(
              String.format(
                  Locale.ROOT,
                  "%.3f %-9s %-8s -> %-8s %s",
                  match.share(),
                  kind(asked, listed),
                  asked,
                  listed,
                  match.question().ask()));
        }
      }
    }
    lines.sort(null);
    System.out.println("similarity, kind, asked -> listed\n" + String.join("\n", lines));

    assertThat(lines).isNotEmpty();
  }

  @Test
  void printsWhatTheBundledCoronationRequestNowLists() {
    DisclosureLog bundled =
        new Build(org.foikb.site.BundledContent.FOLDER, Optional.empty(), false)
            .run(Optional.empty())
            .log()
            .orElseThrow();
    SimilarQuestions all = SimilarQuestions.of(bundled, 0);
    SimilarQuestions shown = SimilarQuestions.of(bundled);
    Request coronation =
        bundled.requests().stream()
            .filter(r -> r.reference().equals("01.FOI.23.030269"))
            .findFirst()
            .orElseThrow();
    List<String> lines = new ArrayList<>();
    for (var question : coronation.questions()) {
      lines.add("q" + question.number() + " " + question.ask());
      var listed = shown.of(coronation.reference(), question.number());
      for (var match : all.of(coronation.reference(), question.number())) {
        lines.add(
            String.format(
                Locale.ROOT,
                "  %s %.3f %s#%d %s",
                listed.stream().anyMatch(m -> m.number() == match.number()) ? "shown " : "hidden",
                match.share(),
                match.request().reference(),
                match.question().number(),
                match.question().ask()));
      }
    }
    System.out.println(String.join("\n", lines));

    assertThat(lines).hasSizeGreaterThanOrEqualTo(coronation.questions().size());
  }

  @Test
  void listsNoKnownUnrelatedQuestion() {
    SimilarQuestions similar = SimilarQuestions.of(log);
    for (String[] pair : UNRELATED) {
      String[] asked = pair[0].split("#");
      var listed =
          similar.of(asked[0], Integer.parseInt(asked[1])).stream()
              .map(m -> m.request().reference() + "#" + m.question().number() + " " + m.share())
              .toList();

      assertThat(listed)
          .as("%s lists nothing of %s", pair[0], pair[1])
          .noneMatch(l -> within(l.split(" ")[0], pair[1]));
    }
  }

  @Test
  void stillListsEveryKnownRelatedQuestion() {
    SimilarQuestions similar = SimilarQuestions.of(log);
    for (String[] pair : RELATED) {
      String[] asked = pair[0].split("#");
      var listed =
          similar.of(asked[0], Integer.parseInt(asked[1])).stream()
              .map(m -> m.request().reference() + "#" + m.question().number())
              .toList();

      assertThat(listed).as("%s lists %s", pair[0], pair[1]).contains(pair[1]);
    }
  }

  private static String kind(String asked, String listed) {
    for (String[] pair : RELATED) {
      if (pair[0].equals(asked) && pair[1].equals(listed)) {
        return "related";
      }
    }
    for (String[] pair : UNRELATED) {
      if (pair[0].equals(asked) && within(listed, pair[1])) {
        return "UNRELATED";
      }
    }
    return "-";
  }

  /** Whether a listed question is the one named, or one of the request named. */
  private static boolean within(String listed, String named) {
    return listed.equals(named) || listed.startsWith(named + "#");
  }

  private static String[] pair(String asked, String listed) {
    return new String[] {asked, listed};
  }
}
