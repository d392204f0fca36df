package org.foikb.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NodeList;

/**
 * The log as data and for machines: feeds, sitemap, robots.txt, requests.json against its schema,
 * questions.csv, each request's index.json, and the metadata of request pages. Built from the
 * bundled log served below a sub-path, with one request whose every field is awkward.
 */
class OpenDataTest {
  private static final String BASE = "https://foi.example.org/log/";
  private static final String AWKWARD_TITLE =
      "Fish & chips </script><script>alert(\"x\")</script> 'n' <b>";
  private static final String AWKWARD_QUESTION =
      "=SUM(A1), he said: \"how many, exactly?\"\nand then\r\nmore";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;
  private static BuiltSite site;
  private static Path content;

  /** Two published sources of the log, by id, that the awkward request cites. */
  private static List<String> CITED;

  @BeforeAll
  static void build() throws IOException {
    content = BuiltSite.copy(BundledContent.FOLDER, tmp.resolve("content"));
    try (var files = Files.list(content.resolve("published"))) {
      CITED =
          files
              .map(f -> f.getFileName().toString().replaceAll("\\.md$", ""))
              .sorted()
              .limit(2)
              .toList();
    }
    Path siteYaml = content.resolve("site.yaml");
    String settings =
        Files.readString(siteYaml)
            .replace("base-url: https://foi.example.org/", "base-url: " + BASE)
            .replaceAll("(?m)^licence(-url)?:.*\n", "");
    Files.writeString(
        siteYaml,
        settings
            + "licence: Open Government Licence v3.0\n"
            + "licence-url:"
            + " https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n");
    Files.writeString(
        content.resolve("requests/2025/awkward.md"),
        """
        ---
        reference: 01.FOI.25.099999
        title: "%s"
        received: 2025-11-03
        responded: 2025-11-28
        topics: [fish & chips, "commas, quotes"]
        questions:
          - ask: "%s"
            outcome: published
            sections: [s21]
          - ask: Second question
            outcome: disclosed
        ---
        ## Answer 1

        See [one source](published:%s) and [another](published:%s).

        ## Answer 2

        Yes.
        """
            .formatted(
                yamlEscape(AWKWARD_TITLE),
                yamlEscape(AWKWARD_QUESTION),
                CITED.get(0),
                CITED.get(1)));
    site = BuiltSite.build(content, tmp.resolve("public"));
  }

  private static String yamlEscape(String text) {
    return text.replace("\\", "\\\\")
        .replace("\"", "\\\"")
        .replace("\n", "\\n")
        .replace("\r", "\\r");
  }

  @Test
  void theSitemapListsEveryHtmlPageButTheNotFoundPageAndNothingElse() throws Exception {
    Set<String> expected = new TreeSet<>();
    try (Stream<Path> files = Files.walk(site.root)) {
      files
          .map(p -> site.root.relativize(p).toString().replace('\\', '/'))
          .filter(p -> p.endsWith(".html") && !p.equals("404.html"))
          .forEach(p -> expected.add(BASE + p.replaceFirst("index\\.html$", "")));
    }
    org.w3c.dom.Document sitemap = xml(site.root.resolve("sitemap.xml"));
    NodeList locs =
        sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
    NodeList lastmods =
        sitemap.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod");
    List<String> listed = new ArrayList<>();
    for (int i = 0; i < locs.getLength(); i++) {
      listed.add(locs.item(i).getTextContent());
    }

    assertThat(listed).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(listed)).isEqualTo(expected);
    assertThat(expected)
        .contains(
            BASE + "requests/page/2/",
            BASE + "topics/drones/",
            BASE + "statistics/",
            BASE + "data/");
    assertThat(lastmods.getLength()).isEqualTo(locs.getLength());
    for (int i = 0; i < lastmods.getLength(); i++) {
      assertThat(lastmods.item(i).getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}");
    }
    assertThat(Files.readString(site.root.resolve("robots.txt")))
        .isEqualTo("User-agent: *\nAllow: /\nSitemap: " + BASE + "sitemap.xml\n");
  }

  @Test
  void theFeedHoldsTheNewestFiftyResponsesInOrderWithAbsoluteAddresses() throws Exception {
    List<Request> newest = site.log.requests().stream().limit(50).toList();

    List<String[]> entries = entries(site.root.resolve("feed.xml"));

    assertThat(entries).hasSize(newest.size());
    for (int i = 0; i < newest.size(); i++) {
      Request request = newest.get(i);
      assertThat(entries.get(i)[0]).isEqualTo(request.reference() + ": " + request.title());
      assertThat(entries.get(i)[1])
          .isEqualTo(BASE + "requests/" + BuiltSite.slug(request.reference()) + "/");
      assertThat(entries.get(i)[2]).isEqualTo(request.responded() + "T00:00:00Z");
    }
    assertThat(site.page("").select("link[rel=alternate][type=application/atom+xml]").attr("href"))
        .isEqualTo("/log/feed.xml");
  }

  @Test
  void eachTopicHasAFeedOfItsOwnRequestsLinkedFromItsPages() throws Exception {
    for (String topic : Set.of("drones", "fish-chips", "commas-quotes")) {
      List<String> expected =
          site.log.requests().stream()
              .filter(r -> r.topics().stream().anyMatch(t -> BuiltSite.slug(t).equals(topic)))
              .map(r -> r.reference() + ": " + r.title())
              .toList();

      List<String> titles =
          entries(site.root.resolve("topics/" + topic + "/feed.xml")).stream()
              .map(e -> e[0])
              .toList();

      assertThat(titles).as(topic).isNotEmpty().isEqualTo(expected);
      assertThat(
              site.page("topics/" + topic + "/")
                  .select("link[rel=alternate][type=application/atom+xml]")
                  .attr("href"))
          .isEqualTo("/log/topics/" + topic + "/feed.xml");
    }
  }

  @Test
  void requestsJsonValidatesAgainstItsSchemaAndHoldsEveryRequestAndQuestion() throws Exception {
    String json = Files.readString(site.root.resolve("data/requests.json"));
    String schema = Files.readString(site.root.resolve("data/requests.schema.json"));

    Set<ValidationMessage> problems =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schema)
            .validate(json, InputFormat.JSON);
    JsonNode data = JSON.readTree(json);
    Set<ValidationMessage> misspelt =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
            .getSchema(schema)
            .validate(
                json.replaceFirst("\"outcome\":\"published\"", "\"outcome\":\"publishd\""),
                InputFormat.JSON);

    assertThat(problems).isEmpty();
    assertThat(misspelt).as("the schema is enforced, not merely parsed").isNotEmpty();
    assertThat(data.get("licence").get("name").asText()).isEqualTo("Open Government Licence v3.0");
    JsonNode requests = data.get("requests");
    assertThat(requests).hasSize(site.log.requests().size());
    for (int i = 0; i < requests.size(); i++) {
      Request expected = site.log.requests().get(i);
      JsonNode request = requests.get(i);
      assertThat(request.get("reference").asText()).isEqualTo(expected.reference());
      assertThat(request.get("title").asText()).isEqualTo(expected.title());
      assertThat(request.get("url").asText())
          .isEqualTo(BASE + "requests/" + BuiltSite.slug(expected.reference()) + "/");
      assertThat(request.get("questions")).hasSize(expected.questions().size());
      List<Set<String>> linked = sourcesLinkedFromAnswers(expected);
      for (Question question : expected.questions()) {
        JsonNode entry = request.get("questions").get(question.number() - 1);
        assertThat(entry.get("question").asText()).isEqualTo(question.ask());
        assertThat(entry.get("outcome").asText()).isEqualTo(question.outcome().slug());
        List<String> sections = new ArrayList<>();
        entry.get("sections").forEach(s -> sections.add(s.get("id").asText()));
        assertThat(sections).isEqualTo(question.sectionIds());
        Set<String> sources = new LinkedHashSet<>();
        entry.get("published_sources").forEach(s -> sources.add(s.asText()));
        assertThat(sources)
            .as("%s question %d", expected.reference(), question.number())
            .isEqualTo(linked.get(question.number()));
      }
      String older = expected.supersedes().orElse(null);
      assertThat(
              request.get("supersedes").isNull()
                  ? null
                  : request.get("supersedes").get("reference").asText())
          .isEqualTo(older);
      // each request's own index.json is the same object
      JsonNode own =
          JSON.readTree(
              site.root
                  .resolve("requests/" + BuiltSite.slug(expected.reference()) + "/index.json")
                  .toFile());
      assertThat(own).isEqualTo(request);
    }
  }

  @Test
  void everySupersededRequestNamesTheRequestsThatUpdateIt() throws Exception {
    JsonNode requests =
        JSON.readTree(site.root.resolve("data/requests.json").toFile()).get("requests");
    int links = 0;
    for (JsonNode request : requests) {
      if (!request.get("supersedes").isNull()) {
        String older = request.get("supersedes").get("reference").asText();
        JsonNode olderEntry = null;
        for (JsonNode candidate : requests) {
          if (candidate.get("reference").asText().equals(older)) {
            olderEntry = candidate;
          }
        }
        List<String> newer = new ArrayList<>();
        olderEntry.get("superseded_by").forEach(n -> newer.add(n.get("reference").asText()));
        assertThat(newer).contains(request.get("reference").asText());
        links++;
      }
    }
    assertThat(links).as("the bundled log has superseded requests").isPositive();
  }

  @Test
  void questionsCsvHasARowPerQuestionAndRoundTripsQuotesCommasAndLineBreaks() throws Exception {
    String csv = Files.readString(site.root.resolve("data/questions.csv"), StandardCharsets.UTF_8);
    List<List<String>> rows = Rfc4180.parse(csv);

    assertThat(rows.get(0))
        .containsExactly(
            "reference",
            "title",
            "received",
            "responded",
            "question_number",
            "question",
            "outcome",
            "sections",
            "published_sources",
            "url");
    int questions = site.log.requests().stream().mapToInt(r -> r.questions().size()).sum();
    assertThat(rows).hasSize(questions + 1);
    List<String> awkward =
        rows.stream()
            .filter(r -> r.get(0).equals("01.FOI.25.099999") && r.get(4).equals("1"))
            .findFirst()
            .orElseThrow();
    assertThat(awkward.get(1)).isEqualTo(AWKWARD_TITLE);
    // a question that a spreadsheet would take for a formula is kept as text
    assertThat(awkward.get(5)).isEqualTo("'" + AWKWARD_QUESTION);
    assertThat(awkward.get(6)).isEqualTo("published");
    assertThat(awkward.get(7)).isEqualTo("s21");
    assertThat(awkward.get(8)).isEqualTo(CITED.get(0) + ";" + CITED.get(1));
    assertThat(awkward.get(9)).isEqualTo(BASE + "requests/01-foi-25-099999/#q1");
    assertThat(csv).contains("\r\n").doesNotContain("\uFEFF");
  }

  @Test
  void requestPagesCarryOpenGraphAndSchemaOrgDataThatNoTitleCanBreakOutOf() throws Exception {
    Document page = site.page("requests/01-foi-25-099999/");

    assertThat(page.select("meta[property=og:title]").attr("content"))
        .isEqualTo("01.FOI.25.099999: " + AWKWARD_TITLE);
    assertThat(page.select("meta[property=og:url]").attr("content"))
        .isEqualTo(BASE + "requests/01-foi-25-099999/");
    List<Element> scripts = page.select("script:not([src])");
    assertThat(scripts).hasSize(1);
    JsonNode data = JSON.readTree(scripts.get(0).data());
    assertThat(data.get("@type").asText()).isEqualTo("Report");
    assertThat(data.get("reportNumber").asText()).isEqualTo("01.FOI.25.099999");
    assertThat(data.get("name").asText()).isEqualTo(AWKWARD_TITLE);
    assertThat(data.get("datePublished").asText()).isEqualTo("2025-11-28");
    assertThat(PageSafety.problems(site)).isEmpty();
  }

  /** Per question number, the published sources its answer links to, read from the file itself. */
  private static List<Set<String>> sourcesLinkedFromAnswers(Request request) throws IOException {
    List<Set<String>> byQuestion = new ArrayList<>();
    for (int i = 0; i <= request.questions().size(); i++) {
      byQuestion.add(new LinkedHashSet<>());
    }
    int answer = 0;
    Pattern heading = Pattern.compile("^## Answer (\\d+)\\s*$");
    Pattern link = Pattern.compile("\\]\\(published:([a-z0-9-]+)\\)");
    String text = Files.readString(content.resolve(request.path()));
    String body = text.substring(text.indexOf("\n---", 4) + 4);
    for (String line : body.split("\n")) {
      Matcher h = heading.matcher(line.strip());
      if (line.startsWith("## ")) {
        answer = h.matches() ? Integer.parseInt(h.group(1)) : 0;
      }
      Matcher m = link.matcher(line);
      while (m.find()) {
        if (answer > 0 && answer < byQuestion.size()) {
          byQuestion.get(answer).add(m.group(1));
        }
      }
    }
    return byQuestion;
  }

  private static org.w3c.dom.Document xml(Path file) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  /** An Atom feed's entries as title, link and updated, in order; the feed must parse. */
  private static List<String[]> entries(Path feed) throws Exception {
    String atom = "http://www.w3.org/2005/Atom";
    org.w3c.dom.Document document = xml(feed);
    assertThat(document.getDocumentElement().getLocalName()).isEqualTo("feed");
    NodeList entries = document.getElementsByTagNameNS(atom, "entry");
    List<String[]> result = new ArrayList<>();
    for (int i = 0; i < entries.getLength(); i++) {
      org.w3c.dom.Element entry = (org.w3c.dom.Element) entries.item(i);
      result.add(
          new String[] {
            entry.getElementsByTagNameNS(atom, "title").item(0).getTextContent(),
            ((org.w3c.dom.Element) entry.getElementsByTagNameNS(atom, "link").item(0))
                .getAttribute("href"),
            entry.getElementsByTagNameNS(atom, "updated").item(0).getTextContent()
          });
      assertThat(entry.getElementsByTagNameNS(atom, "id").item(0).getTextContent())
          .isEqualTo(result.get(i)[1]);
    }
    return result;
  }
}
