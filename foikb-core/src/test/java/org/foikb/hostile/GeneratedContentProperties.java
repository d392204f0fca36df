package org.foikb.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.statistics.Statistics;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Random and mutated Markdown and YAML through the whole pipeline: the build never throws, never
 * hangs, and never publishes a script element, an event handler or a script URL.
 */
class GeneratedContentProperties {
  private static final ExecutorService RUNNER =
      Executors.newCachedThreadPool(
          r -> {
            Thread thread = new Thread(r, "property-build");
            thread.setDaemon(true);
            return thread;
          });
  private static final Duration LIMIT = Duration.ofSeconds(20);

  private static final List<String> HOSTILE =
      List.of(
          "<script>alert(1)</script>",
          "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
          "<img src=x onerror=alert(1)>",
          "<svg onload=alert(1)>",
          "<svg><script>alert(1)</script></svg>",
          "<iframe src=\"https://evil.example\"></iframe>",
          "<object data=x></object>",
          "<embed src=x>",
          "<style>body{display:none}</style>",
          "<a href=\"javascript:alert(1)\">x</a>",
          "[click](javascript:alert(1))",
          "[click](JaVaScRiPt:alert(1))",
          "[x](vbscript:msgbox(1))",
          "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
          "![x](https://evil.example/p.png)",
          "[x](java\tscript:alert(1))",
          "<https://evil.example/\"onmouseover=alert(1)>",
          "{{#layout}}{{/layout}}",
          "{{{layout.notice}}}",
          "{{>layout}}",
          "&lt;script&gt;",
          "<div onclick=alert(1)>x</div>",
          "<p style=\"background:url(javascript:alert(1))\">x</p>",
          "`<script>alert(1)</script>`",
          "    <script>alert(1)</script>",
          "<!-- <script> -->",
          "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math>",
          "[x](request:ZZZ#q1)",
          "[x](published:grid)",
          "[x](section:s21)",
          "\u202Ereversed",
          "\u0000",
          "\uFEFF",
          "\r\n");

  private static final List<String> MARKDOWN =
      List.of(
          "# H",
          "## Answer 1",
          "## Answer 2",
          "## Answer 99",
          "> quote",
          "- item",
          "1. item",
          "**b**",
          "*e*",
          "`code`",
          "```\nfence\n```",
          "| a | b |\n|---|---|\n| 1 | 2 |",
          "---",
          "text",
          "\n\n",
          "[t](https://example.org/)",
          "<b>bold</b>",
          ">>>>>>>>>>>>>>>>>>>>",
          "[[[[[[[[[",
          "********");

  private static final List<String> YAML_LINES =
      List.of(
          "reference: R.1",
          "title: A title",
          "responded: 2024-01-01",
          "received: 2024-02-30",
          "topics: [a, b]",
          "summary: \"<script>alert(1)</script>\"",
          "supersedes: R.1",
          "questions:\n  - ask: \"<img src=x onerror=alert(1)>?\"\n    outcome: disclosed",
          "questions:\n  - ask: Q?\n    outcome: published\n    sections: [s21]",
          "questions:\n  - ask: Q?\n    outcome: withheld",
          "title: {{layout}}",
          "reference: 2024.10",
          "title: [unclosed",
          "title: : :",
          "  bad indent: x",
          "- list at top",
          "&anchor a: *anchor",
          "reference: R.1",
          "title: \"javascript:alert(1)\"");

  @Provide
  Arbitrary<String> requests() {
    Arbitrary<String> yaml =
        Arbitraries.of(YAML_LINES)
            .list()
            .ofMinSize(0)
            .ofMaxSize(8)
            .map(lines -> String.join("\n", lines));
    Arbitrary<String> body =
        Arbitraries.oneOf(
                Arbitraries.of(HOSTILE),
                Arbitraries.of(MARKDOWN),
                Arbitraries.strings().ofMaxLength(40))
            .list()
            .ofMaxSize(25)
            .map(parts -> String.join(" ", parts));
    Arbitrary<Boolean> fenced = Arbitraries.of(true, true, true, false);
    return Combinators.combine(yaml, body, fenced)
        .as((y, b, f) -> f ? "---\n" + y + "\n---\n" + b + "\n" : y + "\n" + b);
  }

  @Provide
  Arbitrary<String> mutatedValidRequests() {
    String valid =
        """
        ---
        reference: R.2
        title: Valid
        responded: 2024-01-01
        questions:
          - ask: Was it deployed?
            outcome: published
            sections: [s21]
        ---
        Intro.

        ## Answer 1

        See [the grid](published:grid).
        """;
    Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length() - 1);
    Arbitrary<String> insert =
        Arbitraries.oneOf(
            Arbitraries.of(HOSTILE),
            Arbitraries.of(":", "-", "\n", "  ", "\"", "'", "#", "[", "{", "---"));
    return Combinators.combine(position, insert, Arbitraries.integers().between(0, 3))
        .as(
            (at, text, cut) ->
                valid.substring(0, at)
                    + text
                    + valid.substring(Math.min(valid.length(), at + cut)));
  }

  /** Ordinary words, so that a field is sometimes hostile, sometimes plain, often both. */
  private static final List<String> PLAIN =
      List.of(
          "How many",
          "officers",
          "were deployed",
          "in 2023?",
          "drones",
          "overtime",
          "Taser",
          "custody",
          "the force",
          "published",
          "&",
          "<",
          ">",
          "\"quoted\"",
          "it's",
          "50%",
          "£120",
          "naïve café",
          "été",
          "中文",
          "مرحبا");

  private static Arbitrary<String> fieldText() {
    return Arbitraries.oneOf(
            Arbitraries.of(HOSTILE),
            Arbitraries.of(PLAIN),
            Arbitraries.strings()
                .withCharRange(' ', '~')
                .withCharRange(' ', 'ɏ')
                .ofMinLength(1)
                .ofMaxLength(30))
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(parts -> String.join(" ", parts));
  }

  /**
   * Body text: mostly Markdown a log may hold, now and then what the loader must refuse (raw HTML,
   * script links), rarely enough that most bodies build.
   */
  private static Arbitrary<String> bodyText() {
    return Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(12, Arbitraries.of(PLAIN)),
            net.jqwik.api.Tuple.of(6, Arbitraries.of(MARKDOWN)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of(HOSTILE)))
        .list()
        .ofMaxSize(6)
        .map(parts -> String.join(" ", parts));
  }

  /** A YAML double-quoted scalar holding exactly {@code text}. */
  static String quoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints()
        .forEach(
            c -> {
              if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
              } else if (c < 0x20 || c == 0x7f || c == 0xfeff || (c >= 0x80 && c < 0xa0)) {
                out.append(String.format("\\u%04x", c));
              } else {
                out.appendCodePoint(c);
              }
            });
    return out.append('"').toString();
  }

  /**
   * A request valid in every part of its shape, with hostile or plain text in every field: title,
   * summary, topics, questions and the body's introduction and answers.
   */
  @Provide
  Arbitrary<String> requestsWithHostileFields() {
    return Combinators.combine(
            fieldText(),
            fieldText(),
            fieldText().list().ofMinSize(1).ofMaxSize(3),
            fieldText(),
            fieldText(),
            bodyText(),
            bodyText(),
            bodyText())
        .as(
            (title, summary, topics, firstAsk, secondAsk, intro, firstAnswer, secondAnswer) ->
                // each field starts with a word, so that it is never blank or without letters,
                // which the format refuses; what follows may be anything
                "---\n"
                    + "reference: R.3\n"
                    + ("title: " + quoted("Title " + title) + "\n")
                    + ("summary: " + quoted("Summary " + summary) + "\n")
                    + "responded: 2024-01-01\n"
                    + "topics: ["
                    + String.join(", ", topics.stream().map(t -> quoted("topic " + t)).toList())
                    + "]\n"
                    + "questions:\n"
                    + ("  - ask: " + quoted("Asked " + firstAsk) + "\n")
                    + "    outcome: published\n"
                    + "    sections: [s21]\n"
                    + ("  - ask: " + quoted("Asked " + secondAsk) + "\n")
                    + "    outcome: disclosed\n"
                    + "---\n"
                    + (intro + "\n\n")
                    + "## Answer 1\n\n"
                    + "See [the grid](published:grid).\n\n"
                    + (firstAnswer + "\n\n")
                    + "## Answer 2\n\n"
                    + (secondAnswer + "\n"));
  }

  /**
   * Most of these build, so the checks on the published pages run, not only the refusals; the
   * statistics in the output say how many did.
   */
  @Property(tries = 80)
  void hostileTextInEveryFieldNeverRunsScriptAndMostOfItBuilds(
      @ForAll("requestsWithHostileFields") String request) throws Exception {
    boolean built = buildAndInspect(request);

    Statistics.label("site").collect(built ? "built" : "refused");
    Statistics.label("site").coverage(c -> c.check("built").percentage(p -> p >= 50));
  }

  @Property(tries = 60)
  void randomRequestsNeverThrowHangOrPublishScript(@ForAll("requests") String request)
      throws Exception {
    buildAndInspect(request);
  }

  @Property(tries = 60)
  void mutatedRequestsNeverThrowHangOrPublishScript(@ForAll("mutatedValidRequests") String request)
      throws Exception {
    buildAndInspect(request);
  }

  /** Builds a log holding {@code request}, checks what it made, and says whether it built. */
  private static boolean buildAndInspect(String request) throws Exception {
    Path dir = Files.createTempDirectory("foikb-prop");
    try {
      Path content = MiniLog.write(dir.resolve("content"));
      MiniLog.write(content.resolve("requests/r.md"), request);
      Path out = dir.resolve("out");
      Future<Build.Result> run =
          RUNNER.submit(() -> new Build(content, Optional.empty(), false).run(Optional.of(out)));
      Build.Result result = run.get(LIMIT.toSeconds(), TimeUnit.SECONDS);
      if (result.written()) {
        assertNoScriptIn(out, request);
      } else {
        assertThat(result.diagnostics().hasErrors())
            .as("refused without saying why:\n" + request)
            .isTrue();
        assertThat(out).doesNotExist();
      }
      return result.written();
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Our own scripts are files under /assets/, and the one inline script is JSON-LD data, which
   * holds no '<' that could close it; the only SVG is the statistics page's charts and their
   * legend, drawn by foikb. Nothing else may be able to run.
   */
  static void assertNoScriptIn(Path out, String input) throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
        Document page = Jsoup.parse(file.toFile(), "UTF-8");
        for (Element script : page.select("script")) {
          if (script.attr("type").equals("application/ld+json")) {
            assertThat(script.data()).as(file + " for input:\n" + input).doesNotContain("<");
            continue;
          }
          assertThat(script.attr("src")).as(file + " for input:\n" + input).startsWith("/assets/");
          assertThat(script.data()).as(file.toString()).isEmpty();
        }
        assertThat(
                page.select(
                    "iframe, object, embed, style, math, base, form[action^=javascript],"
                        + " svg:not(.foikb-chart__svg):not(.foikb-legend__swatch), svg foreignObject, svg a, svg use"))
            .as(file + " for input:\n" + input)
            .isEmpty();
        for (Element element : page.getAllElements()) {
          for (Attribute attribute : element.attributes()) {
            assertThat(attribute.getKey())
                .as(file + " for input:\n" + input)
                .doesNotStartWith("on");
            String value =
                attribute.getValue().replaceAll("[\\s\\u0000-\\u001f]", "").toLowerCase();
            assertThat(value)
                .as(file + " for input:\n" + input)
                .doesNotStartWith("javascript:")
                .doesNotStartWith("vbscript:")
                .doesNotStartWith("data:");
          }
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  @AfterContainer
  static void stopRunner() {
    RUNNER.shutdownNow();
  }
}
