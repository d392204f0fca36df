package org.foikb.stats;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foikb.link.CrossIndex;
import org.foikb.model.ActSection;
import org.foikb.model.DisclosureLog;
import org.foikb.model.OverallOutcome;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * The numbers behind the statistics page, counted from the checked log; no I/O.
 *
 * <pre>{@code
 * LogStatistics stats = LogStatistics.of(log, CrossIndex.of(log));
 * stats.years().forEach(y -> System.out.println(y.year() + ": " + y.requests()));
 * }</pre>
 *
 * @param years one entry per year a response was sent, oldest first
 * @param sections the sections applied to most questions, most first, at most {@link #TOP}
 * @param sources the published sources most requests' answers point to, most first, at most {@link
 *     #TOP}
 */
public record LogStatistics(
    List<Year> years, List<Count<ActSection>> sections, List<Count<PublishedSource>> sources) {
  /** How many sections and sources the page ranks. */
  public static final int TOP = 10;

  /** The section whose share of questions the page follows: "reasonably accessible". */
  public static final String SECTION_21 = "s21";

  /**
   * One year of responses.
   *
   * @param byOutcome requests by their overall outcome, in the enum's order, zeros included
   * @param questions every question answered that year
   * @param section21 questions to which section 21 was applied
   * @param daysToRespond days from received to responded of each request with both dates, sorted
   */
  public record Year(
      int year,
      int requests,
      Map<OverallOutcome, Integer> byOutcome,
      int questions,
      int section21,
      List<Long> daysToRespond) {

    /** The middle of {@link #daysToRespond}, the mean of the two middle ones for an even count. */
    public double medianDays() {
      int n = daysToRespond.size();
      if (n == 0) {
        return Double.NaN;
      }
      return n % 2 == 1
          ? daysToRespond.get(n / 2)
          : (daysToRespond.get(n / 2 - 1) + daysToRespond.get(n / 2)) / 2.0;
    }

    /** The share of the year's questions answered under section 21, from 0 to 1. */
    public double section21Share() {
      return questions == 0 ? 0 : (double) section21 / questions;
    }
  }

  /** Something with how often it was used. */
  public record Count<T>(T item, int count) {}

  public static LogStatistics of(DisclosureLog log, CrossIndex index) {
    Map<Integer, List<Request>> byYear = new TreeMap<>();
    for (Request request : log.requests()) {
      byYear.computeIfAbsent(request.year(), y -> new ArrayList<>()).add(request);
    }
    List<Year> years = new ArrayList<>();
    byYear.forEach((year, requests) -> years.add(year(year, requests)));
    List<Count<ActSection>> sections =
        log.sections().stream()
            .map(s -> new Count<>(s, index.applicationCount(s.id())))
            .filter(c -> c.count() > 0)
            .sorted(
                Comparator.comparingInt((Count<ActSection> c) -> -c.count())
                    .thenComparing(c -> c.item().id()))
            .limit(TOP)
            .toList();
    List<Count<PublishedSource>> sources =
        log.sources().stream()
            .map(s -> new Count<>(s, index.citationCount(s.id())))
            .filter(c -> c.count() > 0)
            .sorted(
                Comparator.comparingInt((Count<PublishedSource> c) -> -c.count())
                    .thenComparing(c -> c.item().id()))
            .limit(TOP)
            .toList();
    return new LogStatistics(List.copyOf(years), sections, sources);
  }

  private static Year year(int year, List<Request> requests) {
    Map<OverallOutcome, Integer> outcomes = new EnumMap<>(OverallOutcome.class);
    for (OverallOutcome outcome : OverallOutcome.values()) {
      outcomes.put(outcome, 0);
    }
    int questions = 0;
    int section21 = 0;
    List<Long> days = new ArrayList<>();
    for (Request request : requests) {
      outcomes.merge(request.overallOutcome(), 1, Integer::sum);
      for (Question question : request.questions()) {
        questions++;
        if (question.sectionIds().contains(SECTION_21)) {
          section21++;
        }
      }
      request
          .received()
          .ifPresent(received -> days.add(ChronoUnit.DAYS.between(received, request.responded())));
    }
    days.sort(null);
    return new Year(year, requests.size(), outcomes, questions, section21, List.copyOf(days));
  }
}
