package org.foikb.link;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.foikb.model.CrossReference;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Outcome;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.model.Slugs;

/**
 * The two-way indices, built once from the checked log: for each section, source and request, who
 * points to it. Lists keep the log's order (newest request first).
 *
 * <pre>{@code
 * CrossIndex index = CrossIndex.of(log);
 * index.applicationsOf("s21"); // every question s21 was applied to, grouped by request
 * }</pre>
 */
public final class CrossIndex {
  /**
   * Questions of one request that point to something; question 0 stands for the request as a whole.
   */
  public record Citation(Request request, List<Integer> questions) {}

  private final Map<String, List<Citation>> applications;
  private final Map<String, Integer> applicationCounts;
  private final Map<String, List<Citation>> sectionMentions;
  private final Map<String, List<Citation>> sourceCitations;
  private final Map<String, List<Request>> citingRequests;
  private final Map<String, List<Request>> supersededBy;
  private final Map<String, List<Request>> byTopic;
  private final Map<String, String> topicNames;
  private final Map<Integer, List<Request>> byYear;
  private final Map<Outcome, List<Request>> byOutcome;

  /**
   * The questions of one request that point to one thing, while the index is built. Grouped by the
   * request's reference, unique in a checked log: a request's own hash walks all its questions.
   */
  private record Pointing(Request request, Set<Integer> questions) {}

  private CrossIndex(DisclosureLog log) {
    Map<String, Map<String, Pointing>> applied = new HashMap<>();
    Map<String, Map<String, Pointing>> mentioned = new HashMap<>();
    Map<String, Map<String, Pointing>> cited = new HashMap<>();
    Map<String, Map<String, Request>> citing = new HashMap<>();
    Map<String, List<Request>> newer = new HashMap<>();
    Map<String, List<Request>> topics = new HashMap<>();
    Map<String, String> names = new TreeMap<>();
    Map<Integer, List<Request>> years = new TreeMap<>(Collections.reverseOrder());
    Map<Outcome, List<Request>> outcomes = new LinkedHashMap<>();
    for (Outcome outcome : Outcome.values()) {
      outcomes.put(outcome, new ArrayList<>());
    }
    for (Request request : log.requests()) {
      Set<Outcome> seen = new LinkedHashSet<>();
      for (Question question : request.questions()) {
        for (String id : question.sectionIds()) {
          add(applied, id, request, question.number());
        }
        seen.add(question.outcome());
      }
      for (Outcome outcome : Outcome.values()) {
        if (seen.contains(outcome)) {
          outcomes.get(outcome).add(request);
        }
      }
      for (CrossReference reference : request.references()) {
        switch (reference.kind()) {
          case SECTION -> add(mentioned, reference.target(), request, reference.answer());
          case PUBLISHED -> add(cited, reference.target(), request, reference.answer());
          case REQUEST -> {
            if (!reference.target().equals(request.reference())) {
              citing
                  .computeIfAbsent(reference.target(), k -> new LinkedHashMap<>())
                  .putIfAbsent(request.reference(), request);
            }
          }
        }
      }
      request
          .supersedes()
          .ifPresent(older -> newer.computeIfAbsent(older, k -> new ArrayList<>()).add(request));
      for (String topic : request.topics()) {
        String slug = Slugs.of(topic);
        names.putIfAbsent(slug, topic);
        topics.computeIfAbsent(slug, k -> new ArrayList<>()).add(request);
      }
      years.computeIfAbsent(request.year(), k -> new ArrayList<>()).add(request);
    }
    this.applications = citations(applied);
    Map<String, Integer> counts = new HashMap<>();
    applications.forEach(
        (id, list) -> counts.put(id, list.stream().mapToInt(c -> c.questions().size()).sum()));
    this.applicationCounts = counts;
    // a mention that repeats an application says nothing new
    mentioned.forEach(
        (id, byRequest) ->
            byRequest.forEach(
                (reference, pointing) -> {
                  Pointing appliedHere = applied.getOrDefault(id, Map.of()).get(reference);
                  if (appliedHere != null) {
                    pointing
                        .questions()
                        .removeIf(q -> q != 0 && appliedHere.questions().contains(q));
                  }
                }));
    mentioned
        .values()
        .forEach(byRequest -> byRequest.values().removeIf(p -> p.questions().isEmpty()));
    Map<String, List<Citation>> mentions = citations(mentioned);
    this.sectionMentions = mentions;
    this.sourceCitations = citations(cited);
    Map<String, List<Request>> citingLists = new HashMap<>();
    citing.forEach((k, v) -> citingLists.put(k, List.copyOf(v.values())));
    this.citingRequests = citingLists;
    this.supersededBy = newer;
    this.byTopic = topics;
    this.topicNames = names;
    this.byYear = years;
    this.byOutcome = outcomes;
  }

  public static CrossIndex of(DisclosureLog log) {
    return new CrossIndex(log);
  }

  private static void add(
      Map<String, Map<String, Pointing>> index, String key, Request request, int question) {
    index
        .computeIfAbsent(key, k -> new LinkedHashMap<>())
        .computeIfAbsent(request.reference(), k -> new Pointing(request, new TreeSet<>()))
        .questions()
        .add(question);
  }

  private static Map<String, List<Citation>> citations(Map<String, Map<String, Pointing>> index) {
    Map<String, List<Citation>> result = new HashMap<>();
    index.forEach(
        (key, byRequest) -> {
          List<Citation> list = new ArrayList<>();
          byRequest
              .values()
              .forEach(p -> list.add(new Citation(p.request(), List.copyOf(p.questions()))));
          result.put(key, List.copyOf(list));
        });
    return result;
  }

  /** Questions whose front matter applies the section, grouped by request. */
  public List<Citation> applicationsOf(String sectionId) {
    return applications.getOrDefault(sectionId, List.of());
  }

  /** Answers that link to the section without it being applied to their question. */
  public List<Citation> mentionsOf(String sectionId) {
    return sectionMentions.getOrDefault(sectionId, List.of());
  }

  /** Answers (question 0: the request's other text) that link to the published source. */
  public List<Citation> citationsOf(String sourceId) {
    return sourceCitations.getOrDefault(sourceId, List.of());
  }

  /** How many questions the section was applied to. */
  public int applicationCount(String sectionId) {
    return applicationCounts.getOrDefault(sectionId, 0);
  }

  public int citationCount(String sourceId) {
    return citationsOf(sourceId).size();
  }

  /** Requests whose body links to this one. */
  public List<Request> citing(String reference) {
    return citingRequests.getOrDefault(reference, List.of());
  }

  /** Later requests that name this one in {@code supersedes}. */
  public List<Request> supersededBy(String reference) {
    return supersededBy.getOrDefault(reference, List.of());
  }

  /** Topic slugs in name order. */
  public Set<String> topicSlugs() {
    return topicNames.keySet();
  }

  public String topicName(String slug) {
    return topicNames.get(slug);
  }

  public List<Request> withTopic(String slug) {
    return byTopic.getOrDefault(slug, List.of());
  }

  /** Years, newest first. */
  public Set<Integer> years() {
    return byYear.keySet();
  }

  public List<Request> inYear(int year) {
    return byYear.getOrDefault(year, List.of());
  }

  /** Requests with at least one question of this outcome. */
  public List<Request> withOutcome(Outcome outcome) {
    return byOutcome.get(outcome);
  }
}
