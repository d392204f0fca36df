package org.foikb.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.foikb.body.RequestBody;
import org.foikb.model.CrossReference;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.model.Slugs;
import org.foikb.search.SimilarQuestions;
import org.foikb.template.LinkView;
import org.foikb.template.RequestPageView;
import org.foikb.template.RequestSummaryView;

/** Renders {@code /requests/<slug>/}, one request at a time, in parallel. */
final class RequestPages {
  private final RenderContext context;
  private final SimilarQuestions similar;

  /**
   * Each similar question's list item, by its number in the log, rendered when first listed. Few
   * questions are listed often: in the generated 10,000-request log, 130,000 items show 5,500
   * questions, and rendering every item anew cost a 100,000-request build 15 s of CPU time.
   */
  private final AtomicReferenceArray<RequestPageView.AskedBeforeItem> askedBeforeItems;

  RequestPages(RenderContext context, SimilarQuestions similar) {
    this.context = context;
    this.similar = similar;
    this.askedBeforeItems = new AtomicReferenceArray<>(similar.questionCount());
  }

  /** Renders every request, in parallel. */
  void renderAll() {
    context.log.requests().parallelStream().forEach(this::render);
  }

  /** Renders one request's page. */
  void render(Request request) {
    try {
      String url = context.urls.request(request.slug());
      context.writePage(
          url,
          "request",
          key(request),
          request.responded(),
          () -> view(request, context.bodies.request(request.path()), url));
    } catch (RuntimeException | StackOverflowError e) {
      throw new RenderException(request.path(), e);
    }
  }

  /**
   * What a request's page shows: its own file, and the requests it names (those it lists as asked
   * before, those that supersede it or that it supersedes, and those that link to it).
   */
  private PageKey key(Request request) {
    PageKey key = context.key("request").request(request);
    for (Question question : request.questions()) {
      List<SimilarQuestions.Match> matches = similar.of(request.reference(), question.number());
      key.text("asked before " + question.number() + " " + matches.size());
      for (SimilarQuestions.Match match : matches) {
        key.text(match.question().number()).request(match.request());
      }
    }
    List<Request> newer = context.index.supersededBy(request.reference());
    key.text("superseded by " + newer.size());
    newer.forEach(key::request);
    Optional<Request> older = request.supersedes().flatMap(context.log::request);
    key.text("supersedes " + older.isPresent());
    older.ifPresent(key::request);
    List<Request> citing = context.index.citing(request.reference());
    key.text("cited by " + citing.size());
    citing.forEach(key::request);
    return key;
  }

  private RequestPageView view(Request request, RequestBody body, String url) {
    var urls = context.urls;
    List<RequestPageView.QuestionView> questions = new ArrayList<>();
    Map<Integer, List<RequestPageView.SourceLinkView>> sources = sourcesByAnswer(request);
    for (Question question : request.questions()) {
      List<LinkView> sections =
          question.sectionIds().stream()
              .map(id -> context.log.section(id).orElseThrow())
              .map(s -> new LinkView(s.displayName() + " – " + s.title(), urls.section(s.id())))
              .toList();
      questions.add(
          new RequestPageView.QuestionView(
              question.number(),
              question.anchor(),
              question.ask(),
              question.outcome().label(),
              question.outcome().slug(),
              sections,
              body.answerHtml(question.number()),
              context.absolute(urls.question(request.slug(), question.number())),
              question.outcome() == org.foikb.model.Outcome.PUBLISHED
                  ? sources.getOrDefault(question.number(), List.of())
                  : List.of(),
              askedBefore(request, question)));
    }
    List<LinkView> topics =
        request.topics().stream().map(t -> new LinkView(t, urls.topic(Slugs.of(t)))).toList();
    RequestSummaryView supersedes =
        request.supersedes().flatMap(context.log::request).map(context::summary).orElse(null);
    String description = request.summary().orElse(request.title());
    return new RequestPageView(
        context
            .layout(
                request.reference() + ": " + request.title(),
                description,
                url,
                "requests",
                context.crumbs(
                    new LinkView("Requests", urls.requests()),
                    new LinkView(String.valueOf(request.year()), urls.year(request.year()))))
            .withMetadata(
                RequestMetadata.openGraph(context, request, description),
                RequestMetadata.jsonLd(context, request, description)),
        request.reference(),
        request.title(),
        request.received().map(RenderContext::date).orElse(null),
        request.received().map(Object::toString).orElse(null),
        RenderContext.date(request.responded()),
        request.responded().toString(),
        request.summary().orElse(null),
        request.overallOutcome().label(),
        request.overallOutcome().slug(),
        topics,
        context.index.supersededBy(request.reference()).stream().map(context::summary).toList(),
        supersedes,
        body.intro().htmlOrNull(),
        questions,
        body.closing().htmlOrNull(),
        context.index.citing(request.reference()).stream().map(context::summary).toList(),
        context.absolute(url));
  }

  /** Similar questions from other requests, computed before rendering. */
  private List<RequestPageView.AskedBeforeItem> askedBefore(Request request, Question question) {
    List<RequestPageView.AskedBeforeItem> items = new ArrayList<>();
    for (SimilarQuestions.Match match : similar.of(request.reference(), question.number())) {
      RequestPageView.AskedBeforeItem item = askedBeforeItems.get(match.number());
      if (item == null) {
        // two threads may render the same item at once: both get the same text
        item = new RequestPageView.AskedBeforeItem(askedBeforeHtml(match));
        askedBeforeItems.set(match.number(), item);
      }
      items.add(item);
    }
    return items;
  }

  private String askedBeforeHtml(SimilarQuestions.Match match) {
    Request other = match.request();
    Question asked = match.question();
    return context.templates.render(
        "asked-before-item",
        new RequestPageView.AskedBeforeView(
            asked.ask(),
            context.urls.question(other.slug(), asked.number()),
            other.reference(),
            RenderContext.date(other.responded()),
            other.responded().toString(),
            asked.outcome().label(),
            asked.outcome().slug()));
  }

  /** The published sources each answer links to, in the order written, once each. */
  private Map<Integer, List<RequestPageView.SourceLinkView>> sourcesByAnswer(Request request) {
    Map<Integer, Map<String, RequestPageView.SourceLinkView>> byAnswer = new LinkedHashMap<>();
    for (CrossReference reference : request.references()) {
      if (reference.kind() == CrossReference.Kind.PUBLISHED && reference.answer() > 0) {
        PublishedSource source = context.log.source(reference.target()).orElseThrow();
        byAnswer
            .computeIfAbsent(reference.answer(), n -> new LinkedHashMap<>())
            .putIfAbsent(
                source.id(),
                new RequestPageView.SourceLinkView(
                    source.title(),
                    context.urls.source(source.id()),
                    source.url(),
                    source.publisher().orElse(null)));
      }
    }
    Map<Integer, List<RequestPageView.SourceLinkView>> result = new LinkedHashMap<>();
    byAnswer.forEach((n, map) -> result.put(n, List.copyOf(map.values())));
    return result;
  }
}
