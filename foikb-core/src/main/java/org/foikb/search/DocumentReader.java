package org.foikb.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foikb.body.ParsedBodies;
import org.foikb.body.RequestBody;
import org.foikb.link.SiteUrls;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.search.SearchDocument.Field;
import org.foikb.search.SearchDocument.Kind;

/**
 * Makes the searchable documents of a log from the bodies the load stage parsed: requests and their
 * questions, sections, published sources. Safe to use from many threads.
 */
final class DocumentReader {
  static final int SNIPPET = 220;

  private final DisclosureLog log;
  private final ParsedBodies bodies;
  private final SiteUrls urls;
  private final Facets facets;

  DocumentReader(DisclosureLog log, ParsedBodies bodies, SiteUrls urls, Facets facets) {
    this.log = log;
    this.bodies = bodies;
    this.urls = urls;
    this.facets = facets;
  }

  /** The request itself, then each of its questions in order. */
  List<SearchDocument> request(Request request) {
    RequestBody body = bodies.request(request.path());
    // the request's own text: what comes before the answers and after them
    String intro = body.intro().text() + body.closing().text();
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
      String answer = body.answer(question.number()).text();
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
    String text = bodies.section(section.path()).text();
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
    String text = bodies.whole(source.path()).text();
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
