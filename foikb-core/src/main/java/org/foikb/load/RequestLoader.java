package org.foikb.load;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.foikb.body.BodyParser;
import org.foikb.body.ParsedBodies;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.diag.Suggestions;
import org.foikb.markdown.Outline;
import org.foikb.model.CrossReference;
import org.foikb.model.Outcome;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.model.Slugs;

/** Reads {@code requests/**.md} and checks everything that one file alone can prove wrong. */
final class RequestLoader {
  private static final List<String> FIELDS =
      List.of(
          "reference",
          "title",
          "received",
          "responded",
          "topics",
          "summary",
          "supersedes",
          "questions");
  private static final List<String> QUESTION_FIELDS = List.of("ask", "outcome", "sections");
  private static final String SECTION_21 = "s21";

  private final BodyReader bodyReader;
  private final PersonalDataCheck personalData;
  private final FieldPositions positions;
  private final Consumer<RequestDraft> drafts;
  private final BodyParser bodyParser;
  private final ParsedBodies bodies;

  RequestLoader(
      BodyReader bodyReader,
      PersonalDataCheck personalData,
      FieldPositions positions,
      Consumer<RequestDraft> drafts,
      BodyParser bodyParser,
      ParsedBodies bodies) {
    this.bodyReader = bodyReader;
    this.personalData = personalData;
    this.positions = positions;
    this.drafts = drafts;
    this.bodyParser = bodyParser;
    this.bodies = bodies;
  }

  /** Records the draft of a request that was not read, since the cache had it. */
  void drafted(RequestDraft draft) {
    drafts.accept(draft);
  }

  Optional<Request> load(SourceFile source, Diagnostics diagnostics) {
    String path = source.path();
    personalData.check(source, diagnostics);
    Optional<FrontMatter> split = FrontMatter.split(source, diagnostics);
    if (split.isEmpty()) {
      return Optional.empty();
    }
    FrontMatter frontMatter = split.get();
    Optional<YamlFields> parsed =
        YamlFields.parse(path, frontMatter.yaml(), frontMatter.yamlLine(), diagnostics);
    BodyReader.Result body =
        bodyReader.read(path, frontMatter.body(), frontMatter.bodyLine(), diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFields fields = parsed.get();
    fields.warnUnknown(FIELDS);
    Optional<String> reference =
        fields.requiredText(
            "reference", "add 'reference: <the request's reference>', e.g. 01.FOI.23.030269");
    Optional<String> title = fields.requiredText("title", "add 'title: <a short plain title>'");
    Optional<LocalDate> received = fields.optionalDate("received");
    Optional<LocalDate> responded = fields.requiredDate("responded");
    if (received.isPresent() && responded.isPresent() && received.get().isAfter(responded.get())) {
      fields.error(
          "responded",
          "responded " + responded.get() + " is before received " + received.get(),
          "check both dates");
    }
    List<String> topics = fields.textList("topics");
    for (String topic : topics) {
      if (Slugs.of(topic).isEmpty()) {
        fields.error(
            "topics",
            "topic '" + topic + "' has no letters or digits",
            "a topic's page address is made from its letters and digits; write it in words");
      }
    }
    Optional<String> summary = fields.optionalText("summary");
    Optional<String> supersedes = fields.optionalText("supersedes");
    reference = reference.filter(text -> addressable(text, fields));
    positions.record(path, "reference", fields);
    positions.record(path, "supersedes", fields);
    Questions questions = questions(fields, diagnostics);

    List<Integer> answered = checkAnswers(path, body.outline(), questions.asked(), diagnostics);
    checkOutcomes(path, questions.valid(), body.references(), diagnostics);
    drafts.accept(
        new RequestDraft(path, reference, questions.valid(), supersedes, body.references()));

    if (reference.isEmpty() || title.isEmpty() || responded.isEmpty() || !questions.complete()) {
      return Optional.empty();
    }
    if (bodies.keeps()) {
      bodies.putRequest(path, bodyParser.request(body.document()));
    }
    return Optional.of(
        new Request(
            path,
            reference.get(),
            title.get(),
            received,
            responded.get(),
            topics,
            summary,
            supersedes,
            questions.valid(),
            frontMatter.bodyLine(),
            answered,
            body.references()));
  }

  /** The questions as read: how many were asked, and those that are well formed. */
  private record Questions(int asked, List<Question> valid) {
    boolean complete() {
      return asked > 0 && valid.size() == asked;
    }
  }

  /** A reference becomes the page address; it must make one of its own. */
  private static final Pattern RESERVED_SLUG = Pattern.compile("\\d{4}|page");

  private static boolean addressable(String reference, YamlFields fields) {
    String slug = Slugs.of(reference);
    if (slug.isEmpty()) {
      fields.error(
          "reference",
          "reference '" + reference + "' has no letters or digits",
          "its page address is made from its letters and digits, e.g. 01.FOI.24.012345");
      return false;
    }
    if (RESERVED_SLUG.matcher(slug).matches()) {
      fields.error(
          "reference",
          "reference '"
              + reference
              + "' would take the address /requests/"
              + slug
              + "/, which the site uses for its own list",
          "use the authority's full reference, e.g. 01.FOI.24.012345");
      return false;
    }
    return true;
  }

  private Questions questions(YamlFields fields, Diagnostics diagnostics) {
    if (!fields.has("questions")) {
      fields.missing(
          "questions",
          "list the questions in the order asked: 'questions:' then '  - ask: ...' and '    outcome: ...'");
      return new Questions(0, List.of());
    }
    List<YamlFields> items =
        fields.groupList("questions", "write '- ask: ...' then '    outcome: ...' below it");
    List<Question> questions = new ArrayList<>(items.size());
    int number = 0;
    for (YamlFields item : items) {
      item.warnUnknown(QUESTION_FIELDS);
      number++;
      Optional<String> ask = item.optionalText("ask");
      if (ask.isEmpty() && !item.refused("ask")) {
        diagnostics.add(
            Diagnostic.error(
                    fields.path(), item.startLine(), 0, "question " + number + " has no 'ask'")
                .withHint("write the question as asked: '- ask: ...'"));
      }
      Optional<Outcome> outcome = outcome(item, number, diagnostics);
      List<String> sections = item.textList("sections");
      positions.record(fields.path(), FieldPositions.questionSections(number), item, "sections");
      // a field in the wrong shape is reported already; checking the rest would only guess
      if (ask.isEmpty() || outcome.isEmpty() || item.refused("sections")) {
        continue;
      }
      questions.add(new Question(number, ask.get(), outcome.get(), sections, item.startLine()));
    }
    if (items.isEmpty() && fields.has("questions") && !fields.refused("questions")) {
      fields.error("questions", "a request needs at least one question", "add '- ask: ...' items");
    }
    return new Questions(items.size(), questions);
  }

  private static Optional<Outcome> outcome(YamlFields item, int number, Diagnostics diagnostics) {
    Optional<String> word = item.optionalText("outcome");
    if (word.isEmpty()) {
      if (!item.refused("outcome")) {
        diagnostics.add(
            Diagnostic.error(
                    item.path(), item.startLine(), 0, "question " + number + " has no 'outcome'")
                .withHint("add 'outcome:' with one of: " + Outcome.allSlugs()));
      }
      return Optional.empty();
    }
    Optional<Outcome> outcome = Outcome.fromSlug(word.get());
    if (outcome.isEmpty()) {
      String suggestion =
          Suggestions.closest(
              word.get(), java.util.Arrays.stream(Outcome.values()).map(Outcome::slug).toList());
      item.error(
          "outcome",
          "unknown outcome '" + word.get() + "' for question " + number,
          (suggestion == null ? "" : "did you mean '" + suggestion + "'? ")
              + "outcomes are: "
              + Outcome.allSlugs());
    }
    return outcome;
  }

  /** Each {@code ## Answer N} must belong to a question, once. */
  private static List<Integer> checkAnswers(
      String path, Outline outline, int questionCount, Diagnostics diagnostics) {
    Set<Integer> seen = new TreeSet<>();
    Map<Integer, Integer> firstLine = new HashMap<>();
    for (Outline.AnswerHeading heading : outline.answers()) {
      int n = heading.number();
      if (questionCount > 0 && (n < 1 || n > questionCount)) {
        diagnostics.add(
            Diagnostic.error(
                    path,
                    heading.line(),
                    heading.column(),
                    "'## Answer "
                        + n
                        + "' has no question "
                        + n
                        + " (the request has "
                        + questionCount
                        + " question"
                        + (questionCount == 1 ? "" : "s")
                        + ")")
                .withHint(
                    n < 1
                        ? "answers are numbered from 1, like the questions"
                        : "renumber the heading, or add question " + n + " to 'questions'"));
      } else if (!seen.add(n)) {
        diagnostics.add(
            Diagnostic.error(
                    path,
                    heading.line(),
                    heading.column(),
                    "second '## Answer " + n + "' (the first is on line " + firstLine.get(n) + ")")
                .withHint("merge the two answers under one heading"));
      } else {
        firstLine.put(n, heading.line());
      }
    }
    return List.copyOf(seen);
  }

  private static void checkOutcomes(
      String path,
      List<Question> questions,
      List<CrossReference> references,
      Diagnostics diagnostics) {
    for (Question question : questions) {
      switch (question.outcome().requirement()) {
        case A_SECTION -> {
          if (question.sectionIds().isEmpty()) {
            diagnostics.add(
                Diagnostic.error(
                        path,
                        question.line(),
                        0,
                        "question "
                            + question.number()
                            + " is '"
                            + question.outcome().slug()
                            + "' but names no section")
                    .withHint("add the sections applied, e.g. 'sections: [s31-1-a]'"));
          }
        }
        case SECTION_21_AND_SOURCE -> {
          if (!question.sectionIds().contains(SECTION_21)) {
            diagnostics.add(
                Diagnostic.error(
                        path,
                        question.line(),
                        0,
                        "question " + question.number() + " is 'published' but does not cite s21")
                    .withHint("add s21 to its sections: 'sections: [s21]'"));
          }
          boolean linksSource =
              references.stream()
                  .anyMatch(
                      r ->
                          r.kind() == CrossReference.Kind.PUBLISHED
                              && r.answer() == question.number());
          if (!linksSource) {
            diagnostics.add(
                Diagnostic.error(
                        path,
                        question.line(),
                        0,
                        "question "
                            + question.number()
                            + " is 'published' but its answer links to no published source")
                    .withHint(
                        "under '## Answer "
                            + question.number()
                            + "', link to where it is published: [title](published:id)"));
          }
        }
        case NONE -> {}
      }
    }
  }
}
