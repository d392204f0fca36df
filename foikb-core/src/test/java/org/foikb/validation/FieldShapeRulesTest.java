package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field whose shape the format fixes refuses every other shape, in every kind of file, from
 * one table of fields and shapes; a check against the loaders' own field lists keeps the table
 * complete.
 */
@ExtendWith(ContentFixture.class)
class FieldShapeRulesTest {
  @TempDir Path dir;

  enum Shape {
    TEXT,
    DATE,
    LIST,
    GROUPS,
    /** A group of fields, each a list of texts: site.yaml's synonyms. */
    LISTS
  }

  /** A kind of file: where it goes and its required fields, each with a valid value. */
  enum Kind {
    REQUEST(
        ContentFixture.REQUEST_PATH,
        "reference: 01.FOI.24.000001",
        "title: Drones",
        "responded: 2024-02-05",
        "questions: [{ask: How many drones?, outcome: disclosed}]"),
    QUESTION(
        ContentFixture.REQUEST_PATH,
        "reference: 01.FOI.24.000001",
        "title: Drones",
        "responded: 2024-02-05"),
    SECTION("sections/s40.md", "id: s40", "section: \"40\"", "title: Personal information"),
    PUBLISHED("published/drone-log.md", "id: drone-log", "title: Log", "url: https://x.org/log"),
    PAGE("pages/about.md", "title: About"),
    SITE("site.yaml", "title: Log", "authority: Example", "base-url: https://foi.example.org/");

    final String path;
    final List<String> required;

    Kind(String path, String... required) {
      this.path = path;
      this.required = List.of(required);
    }

    /** The file with {@code line} as its first field, in place of a required field of its name. */
    String file(String name, String line) {
      List<String> lines = new ArrayList<>();
      lines.add(line);
      required.stream().filter(r -> !r.startsWith(name + ":")).forEach(lines::add);
      if (this == QUESTION) {
        // the question's own fields go in its group; a valid ask and outcome unless tested
        Map<String, String> question = new LinkedHashMap<>();
        // a block value is indented under the question's fields
        question.put(name, line.substring(name.length() + 2).replace("\n", "\n    "));
        question.putIfAbsent("ask", "How many drones?");
        question.putIfAbsent("outcome", "disclosed");
        lines.remove(0);
        StringBuilder item = new StringBuilder("questions:");
        String lead = "\n  - ";
        for (Map.Entry<String, String> field : question.entrySet()) {
          item.append(lead).append(field.getKey()).append(": ").append(field.getValue());
          lead = "\n    ";
        }
        lines.add(item.toString());
      }
      String fields = String.join("\n", lines) + "\n";
      return this == SITE ? fields : "---\n" + fields + "---\nText.\n";
    }
  }

  /** The table: every field of every kind, with the shape the format gives it. */
  static final List<Arguments> FIELDS =
      List.of(
          Arguments.of(Kind.REQUEST, "reference", Shape.TEXT),
          Arguments.of(Kind.REQUEST, "title", Shape.TEXT),
          Arguments.of(Kind.REQUEST, "received", Shape.DATE),
          Arguments.of(Kind.REQUEST, "responded", Shape.DATE),
          Arguments.of(Kind.REQUEST, "topics", Shape.LIST),
          Arguments.of(Kind.REQUEST, "summary", Shape.TEXT),
          Arguments.of(Kind.REQUEST, "supersedes", Shape.TEXT),
          Arguments.of(Kind.REQUEST, "questions", Shape.GROUPS),
          Arguments.of(Kind.QUESTION, "ask", Shape.TEXT),
          Arguments.of(Kind.QUESTION, "outcome", Shape.TEXT),
          Arguments.of(Kind.QUESTION, "sections", Shape.LIST),
          Arguments.of(Kind.SECTION, "id", Shape.TEXT),
          Arguments.of(Kind.SECTION, "section", Shape.TEXT),
          Arguments.of(Kind.SECTION, "title", Shape.TEXT),
          Arguments.of(Kind.SECTION, "kind", Shape.TEXT),
          Arguments.of(Kind.SECTION, "test", Shape.TEXT),
          Arguments.of(Kind.SECTION, "parent", Shape.TEXT),
          Arguments.of(Kind.SECTION, "legislation", Shape.TEXT),
          Arguments.of(Kind.PUBLISHED, "id", Shape.TEXT),
          Arguments.of(Kind.PUBLISHED, "title", Shape.TEXT),
          Arguments.of(Kind.PUBLISHED, "url", Shape.TEXT),
          Arguments.of(Kind.PUBLISHED, "publisher", Shape.TEXT),
          Arguments.of(Kind.PUBLISHED, "checked", Shape.DATE),
          Arguments.of(Kind.PAGE, "title", Shape.TEXT),
          Arguments.of(Kind.PAGE, "summary", Shape.TEXT),
          Arguments.of(Kind.SITE, "title", Shape.TEXT),
          Arguments.of(Kind.SITE, "authority", Shape.TEXT),
          Arguments.of(Kind.SITE, "base-url", Shape.TEXT),
          Arguments.of(Kind.SITE, "language", Shape.TEXT),
          Arguments.of(Kind.SITE, "contact-allowlist", Shape.LIST),
          Arguments.of(Kind.SITE, "notice", Shape.TEXT),
          Arguments.of(Kind.SITE, "licence", Shape.TEXT),
          Arguments.of(Kind.SITE, "licence-url", Shape.TEXT),
          Arguments.of(Kind.SITE, "synonyms", Shape.LISTS));

  /** A value in the wrong shape, what the error calls it, and where in it the error points. */
  private record Wrong(String value, String found, String at, boolean item) {}

  private static List<Wrong> wrongValues(Shape shape) {
    return switch (shape) {
      case TEXT, DATE ->
          List.of(
              new Wrong("[a, b]", "a list", "[", false),
              new Wrong("{a: b}", "a group of fields", "{", false),
              new Wrong("\n  - a\n  - b", "a list", "-", false));
      case LIST ->
          List.of(
              new Wrong("drones", "text", "d", false),
              new Wrong("\"drones, vans\"", "text", "\"", false),
              new Wrong("{a: b}", "a group of fields", "{", false),
              new Wrong("[a, [b]]", "a list", "[b", true),
              new Wrong("[a, {b: c}]", "a group of fields", "{b", true));
      case GROUPS ->
          List.of(
              new Wrong("drones", "text", "d", false),
              new Wrong("{ask: How many?, outcome: disclosed}", "a group of fields", "{", false),
              new Wrong("[drones]", "text", "drones", true));
      case LISTS ->
          List.of(
              new Wrong("bobbies", "text", "b", false),
              new Wrong("[bobbies, police]", "a list", "[", false),
              new Wrong("{bobbies: police}", "text", "police", true),
              new Wrong("{bobbies: {a: b}}", "a group of fields", "{a", true));
    };
  }

  static Stream<Arguments> everyWrongShapeOfEveryField() {
    return FIELDS.stream()
        .flatMap(
            row -> {
              Object[] r = row.get();
              return wrongValues((Shape) r[2]).stream()
                  .map(wrong -> Arguments.of(r[0], r[1], r[2], wrong.value(), wrong));
            });
  }

  @ParameterizedTest(name = "{0} {1} ({2}) given {3}")
  @MethodSource("everyWrongShapeOfEveryField")
  void refusesAFieldInTheWrongShapeNamingTheShapeItMustHave(
      Kind kind, String name, Shape shape, String value, Wrong wrong) {
    String file = kind.file(name, name + ": " + value);
    ContentFixture fixture = ContentFixture.in(dir).file(kind.path, file);

    // the tested field is the first of its group, so the first 'name:' is its line
    int start = file.indexOf(wrong.at(), file.indexOf(name + ":") + name.length() + 1);
    int line = (int) file.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
    int column = start - file.lastIndexOf('\n', start - 1);
    fixture.assertDiagnostics(
        kind.path + ":" + line + ":" + column + ": error: " + expected(name, shape, wrong));
  }

  /** The message and hint the format promises for each shape. */
  private static String expected(String name, Shape shape, Wrong wrong) {
    if (wrong.item() && shape == Shape.LISTS) {
      return "'bobbies' must be a list, not %s\n  hint: write it in brackets, even for one item: 'bobbies: [%s]'"
          .formatted(wrong.found(), wrong.found().equals("text") ? "police" : "a, b");
    }
    if (wrong.item()) {
      return shape == Shape.GROUPS
          ? "each item of '%s' must be a group of fields, not %s\n  hint: write '- ask: ...' then '    outcome: ...' below it"
              .formatted(name, wrong.found())
          : "each item of '%s' must be text, not %s\n  hint: write the items between brackets, separated by commas: [a, b]"
              .formatted(name, wrong.found());
    }
    return switch (shape) {
      case TEXT ->
          "'%s' must be text, not %s\n  hint: write the text on the same line as '%s:', in quotes if it starts with '[' or '{'"
              .formatted(name, wrong.found(), name);
      case DATE ->
          "'%s' must be a date, not %s\n  hint: write the date as YYYY-MM-DD, e.g. 2023-06-05"
              .formatted(name, wrong.found());
      case LIST ->
          "'%s' must be a list, not %s\n  hint: write it in brackets, even for one item: '%s: [%s]'"
              .formatted(
                  name,
                  wrong.found(),
                  name,
                  wrong.found().equals("text") ? wrong.value().replace("\"", "") : "a, b");
      case GROUPS ->
          "'%s' must be a list of groups of fields, not %s\n  hint: write '- ask: ...' then '    outcome: ...' below it"
              .formatted(name, wrong.found());
      case LISTS ->
          "'%s' must be a group of fields, not %s\n  hint: write one line per word, each with a list: 'synonyms:' then '  bobbies: [police officers]'"
              .formatted(name, wrong.found());
    };
  }

  @ParameterizedTest
  @EnumSource(Kind.class)
  void tableListsEveryFieldTheLoaderKnows(Kind kind) {
    // the warning for an unknown field lists the fields the loader reads, in its own order
    String diagnostics =
        ContentFixture.in(dir).file(kind.path, kind.file("zzzzzzzz", "zzzzzzzz: x")).diagnostics();
    Matcher known = Pattern.compile("hint: known fields: (.*)").matcher(diagnostics);
    assertThat(known.find()).as(diagnostics).isTrue();
    List<String> table =
        FIELDS.stream()
            .filter(row -> row.get()[0] == kind)
            .map(row -> (String) row.get()[1])
            .toList();
    assertThat(List.of(known.group(1).split(", "))).isEqualTo(table);
  }
}
