package org.foikb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.commonmark.node.Node;
import org.foikb.link.SiteUrls;
import org.foikb.load.BodySource;
import org.foikb.markdown.AnswerSections;
import org.foikb.markdown.Markdown;
import org.foikb.markdown.PlainText;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.search.SearchDocument.Field;
import org.foikb.search.SearchDocument.Kind;

/**
 * Makes the searchable documents of a log: requests and their questions from bodies the render pass
 * parsed, sections and published sources from their files. Safe to use from many threads.
 */
final class DocumentReader {
  static final int SNIPPET = 220;

  private final DisclosureLog log;
  private final Path contentRoot;
  private final Markdown markdown;
  private final SiteUrls urls;
  private final Facets facets;

  DocumentReader(
      DisclosureLog log, Path contentRoot, Markdown markdown, SiteUrls urls, Facets facets) {
    this.log = log;
    this.contentRoot = contentRoot;
    this.markdown = markdown;
    this.urls = urls;
    this.facets = facets;
  }

  /** The plain text of the blocks, a line each, in one string built once. */
  @SafeVarargs
  private static String text(List<Node>... parts) {
    StringBuilder text = new StringBuilder();
    for (List<Node> blocks : parts) {
      for (Node block : blocks) {
        PlainText.append(block, text);
        text.append('\n');
      }
    }
    return text.toString();
  }

  /** The request itself, then each of its questions in order, from its parsed body. */
  List<SearchDocument> request(Request request, AnswerSections parts) {
    // the request's own text: what comes before the answers and after them
    String intro = text(parts.intro(), parts.closing());
    Map<Integer, String> answers = new TreeMap<>();
    parts.answers().forEach((n, blocks) -> answers.put(n, text(blocks)));
    Map<Integer, List<String[]>> sources = sources(request);
    String topics = String.join(", ", request.topics());
    String summary = request.summary().orElse("");
    String date = request.responded().toString();
    int year = facets.year(request.year());
    int[] topicCodes = facets.topics(request.topics());
    List<SearchDocument> docs = new ArrayList<>();

    String about = summary + "\n" + topics;
    List<Field> requestFields =
        List.of(
            new Field(request.title(), 2.5f),
            new Field(about, 1.5f),
            new Field(intro, 1f),
            // its own reference weighs more than a mention of it in another request's text
            new Field(request.reference(), 4f));
    List<String> allSections = new ArrayList<>();
    int outcomeMask = 0;
    for (Question question : request.questions()) {
      allSections.addAll(question.sectionIds());
      outcomeMask |= 1 << question.outcome().ordinal();
    }
    String requestSnippet = snippet(summary.isEmpty() ? intro : summary);
    docs.add(
        new SearchDocument(
            Kind.REQUEST,
            urls.request(request.slug()),
            request.title(),
            "",
            request.reference(),
            date,
            request.overallOutcome().slug(),
            requestSnippet,
            List.of(),
            requestFields,
            Map.of(),
            0,
            outcomeMask,
            year,
            facets.sections(allSections),
            topicCodes));

    for (Question question : request.questions()) {
      String answer = answers.getOrDefault(question.number(), "");
      List<Field> fields =
          List.of(
              new Field(question.ask(), 3f),
              new Field(request.title(), 2.5f),
              new Field(about, 1.5f),
              new Field(answer, 1f));
      Map<String, Float> extra = new LinkedHashMap<>();
      List<String> ids = withParents(question.sectionIds());
      for (String id : ids) {
        extra.put(id, 2f);
      }
      docs.add(
          new SearchDocument(
              Kind.QUESTION,
              urls.question(request.slug(), question.number()),
              request.title(),
              question.ask(),
              request.reference(),
              date,
              question.outcome().slug(),
              snippet(answer),
              sources.getOrDefault(question.number(), List.of()),
              fields,
              extra,
              question.number(),
              1 << question.outcome().ordinal(),
              year,
              facets.sections(ids),
              topicCodes));
    }
    return docs;
  }

  SearchDocument section(ActSection section) {
    String body = BodySource.read(contentRoot, section.path(), section.bodyLine());
    String text = PlainText.of(markdown.parse(body));
    List<Field> fields =
        List.of(
            new Field(section.displayName(), 3f),
            new Field(section.title(), 2.5f),
            new Field(text, 1f));
    Map<String, Float> extra = new LinkedHashMap<>();
    List<String> ids = withParents(List.of(section.id()));
    for (String id : ids) {
      extra.put(id, id.equals(section.id()) ? 3f : 1f);
    }
    return new SearchDocument(
        Kind.SECTION,
        urls.section(section.id()),
        section.displayName() + " – " + section.title(),
        "",
        "",
        "",
        "",
        snippet(text),
        List.of(),
        fields,
        extra,
        0,
        0,
        -1,
        facets.sections(ids),
        new int[0]);
  }

  SearchDocument source(PublishedSource source) {
    String body = BodySource.read(contentRoot, source.path(), source.bodyLine());
    String text = PlainText.of(markdown.parse(body));
    List<Field> fields =
        List.of(
            new Field(source.title(), 3f),
            new Field(source.publisher().orElse(""), 1.5f),
            new Field(text, 1f));
    return new SearchDocument(
        Kind.SOURCE,
        urls.source(source.id()),
        source.title(),
        "",
        "",
        source.checked().map(Object::toString).orElse(""),
        "",
        snippet(text),
        List.of(),
        fields,
        Map.of("s21", 1f),
        0,
        0,
        -1,
        new int[0],
        new int[0]);
  }

  private List<String> withParents(List<String> ids) {
    List<String> all = new ArrayList<>();
    for (String id : ids) {
      for (String at = id; at != null && !all.contains(at); ) {
        all.add(at);
        at = log.section(at).flatMap(ActSection::parent).orElse(null);
      }
    }
    return all;
  }

  private Map<Integer, List<String[]>> sources(Request request) {
    Map<Integer, Map<String, String[]>> byAnswer = new TreeMap<>();
    for (CrossReference reference : request.references()) {
      if (reference.kind() == CrossReference.Kind.PUBLISHED && reference.answer() > 0) {
        log.source(reference.target())
            .ifPresent(
                s ->
                    byAnswer
                        .computeIfAbsent(reference.answer(), n -> new LinkedHashMap<>())
                        .putIfAbsent(s.id(), new String[] {s.title(), urls.source(s.id())}));
      }
    }
    Map<Integer, List<String[]>> result = new TreeMap<>();
    byAnswer.forEach((n, map) -> result.put(n, List.copyOf(map.values())));
    return result;
  }

  /** The text with white space collapsed, cut at a word boundary near {@link #SNIPPET}. */
  static String snippet(String text) {
    // collapse only as far as the snippet needs: answers can be long; into an array, since a
    // builder's checks on every character cost more than the collapsing
    char[] flat = new char[SNIPPET + 2];
    int length = 0;
    boolean gap = false;
    for (int i = 0, end = text.length(); i < end && length <= SNIPPET; i++) {
      char c = text.charAt(i);
      if (c == ' ' || (c >= '\t' && c <= '\r')) {
        gap = true;
      } else {
        if (gap && length > 0) {
          flat[length++] = ' ';
        }
        gap = false;
        flat[length++] = c;
      }
    }
    String head = new String(flat, 0, length).strip();
    if (head.length() <= SNIPPET) {
      return head;
    }
    int cut = head.lastIndexOf(' ', SNIPPET);
    return head.substring(0, cut > SNIPPET / 2 ? cut : SNIPPET) + " …";
  }
}
