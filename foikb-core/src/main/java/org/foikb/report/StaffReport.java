package org.foikb.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foikb.build.Build;
import org.foikb.link.CrossIndex;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.search.SimilarQuestions;

/**
 * What an editor of the log should act on, found in a checked log: advice, never errors. It is
 * computed from the model alone and knows nothing of how it is printed ({@link ReportText}, {@link
 * ReportHtml}).
 *
 * <pre>{@code
 * StaffReport report = StaffReport.of(log, CrossIndex.of(log), SimilarQuestions.of(log), Clock.systemUTC());
 * System.out.print(ReportText.render(report));
 * }</pre>
 *
 * @param today the day the report was made; "over 12 months" is counted back from it
 * @param unusedSources published sources that no answer links to, by id
 * @param staleSources published sources last checked more than {@link #STALE_AFTER_MONTHS} months
 *     before today, oldest first
 * @param undatedSources published sources with no {@code checked} date, by id
 * @param withoutTopics requests that name no topic (as question 0), newest first
 * @param answeredDifferently a question and a similar one answered earlier with another outcome or
 *     other sections, newest first
 */
public record StaffReport(
    String siteTitle,
    LocalDate today,
    List<SourceUse> unusedSources,
    List<SourceUse> staleSources,
    List<SourceUse> undatedSources,
    List<Place> withoutTopics,
    List<Divergence> answeredDifferently) {

  /** A source is stale once its {@code checked} date is more than this many months old. */
  public static final int STALE_AFTER_MONTHS = 12;

  /**
   * How alike two questions' own words must be (the "asked before" cosine) for a different answer
   * to be worth a look: the same question in other words scored 0.5 to 0.8 in the relevance
   * fixture, while questions that are only related, listed as "asked before" from 0.19, were
   * usually answered differently for good reason and drowned the report (96,000 pairs in a
   * generated 10,000-request log).
   */
  public static final double NEAR_DUPLICATE = 0.5;

  /**
   * The most items the text and the page list of one kind: a generated log's thousands of pairs
   * made a 50 MB page that no editor would read; the counts stay whole.
   */
  public static final int LISTED = 500;

  public StaffReport {
    unusedSources = List.copyOf(unusedSources);
    staleSources = List.copyOf(staleSources);
    undatedSources = List.copyOf(undatedSources);
    withoutTopics = List.copyOf(withoutTopics);
    answeredDifferently = List.copyOf(answeredDifferently);
  }

  /**
   * Where a request links to something: question 0 stands for the request's text outside its
   * answers.
   *
   * @param url the question's (or the request's) address on the published site
   */
  public record Place(Request request, int question, String url) {
    /** The question itself; absent for question 0. */
    public Optional<Question> asked() {
      return question < 1 || question > request.questions().size()
          ? Optional.empty()
          : Optional.of(request.questions().get(question - 1));
    }
  }

  /** A published source and the places that link to it, in the log's order. */
  public record SourceUse(PublishedSource source, List<Place> usedBy) {
    public SourceUse {
      usedBy = List.copyOf(usedBy);
    }
  }

  /** Two similar questions answered differently; {@code earlier} was responded to first. */
  public record Divergence(Place earlier, Place later) {}

  /** How many items the report lists, over all its kinds. */
  public int itemCount() {
    return unusedSources.size()
        + staleSources.size()
        + undatedSources.size()
        + withoutTopics.size()
        + answeredDifferently.size();
  }

  /** Every count at zero: nothing to act on. */
  public boolean isEmpty() {
    return unusedSources.isEmpty()
        && staleSources.isEmpty()
        && undatedSources.isEmpty()
        && withoutTopics.isEmpty()
        && answeredDifferently.isEmpty();
  }

  /**
   * The report on what a build or check found, reusing the cross-references and similar questions a
   * build made; empty when the content was refused.
   */
  public static Optional<StaffReport> of(Build.Result result, Clock clock) {
    return result
        .log()
        .map(
            log ->
                of(
                    log,
                    result.crossIndex().orElseGet(() -> CrossIndex.of(log)),
                    result.similarQuestions().orElseGet(() -> SimilarQuestions.of(log)),
                    clock));
  }

  /**
   * The report on a log, with its cross-references and similar questions, as of the clock's day.
   */
  public static StaffReport of(
      DisclosureLog log, CrossIndex index, SimilarQuestions similar, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    SiteAddresses addresses = new SiteAddresses(log);
    List<SourceUse> unused = new ArrayList<>();
    List<SourceUse> stale = new ArrayList<>();
    List<SourceUse> undated = new ArrayList<>();
    LocalDate staleBefore = today.minusMonths(STALE_AFTER_MONTHS);
    for (PublishedSource source : log.sources()) {
      SourceUse use = addresses.use(source, index);
      if (use.usedBy().stream().allMatch(p -> p.question() == 0)) {
        unused.add(use);
      }
      if (source.checked().isEmpty()) {
        undated.add(use);
      } else if (source.checked().get().isBefore(staleBefore)) {
        stale.add(use);
      }
    }
    stale.sort(
        Comparator.comparing((SourceUse u) -> u.source().checked().orElseThrow())
            .thenComparing(u -> u.source().id()));
    List<Place> withoutTopics =
        log.requests().stream()
            .filter(r -> r.topics().isEmpty())
            .map(r -> addresses.place(r, 0))
            .toList();
    return new StaffReport(
        log.site().title(),
        today,
        unused,
        stale,
        undated,
        withoutTopics,
        divergences(log, similar, addresses));
  }

  /**
   * Each pair of similar questions answered differently, once, whichever of the two lists the
   * other: the similarity is the "asked before" lists', which need not be mutual.
   */
  private static List<Divergence> divergences(
      DisclosureLog log, SimilarQuestions similar, SiteAddresses addresses) {
    List<Numbered> found = new ArrayList<>();
    // each pair by the two questions' numbers in the log, the lower first
    Set<Long> seen = new HashSet<>();
    for (Request request : log.requests()) {
      for (Question question : request.questions()) {
        int asked = similar.number(request.reference(), question.number());
        for (SimilarQuestions.Match match : similar.of(request.reference(), question.number())) {
          if (match.share() < NEAR_DUPLICATE
              || sameAnswer(question, match.question())
              || !seen.add(pair(asked, match.number()))) {
            continue;
          }
          boolean matchFirst = earlier(match.request(), request);
          Request first = matchFirst ? match.request() : request;
          Request second = matchFirst ? request : match.request();
          if (second.supersedes().filter(first.reference()::equals).isPresent()) {
            continue;
          }
          found.add(
              new Numbered(
                  matchFirst ? asked : match.number(),
                  matchFirst ? match.number() : asked,
                  new Divergence(
                      addresses.place(first, (matchFirst ? match.question() : question).number()),
                      addresses.place(
                          second, (matchFirst ? question : match.question()).number()))));
        }
      }
    }
    // the log's order, newest first, of the later question and then of the earlier: the numbers
    // of questions in the log follow it, so they are compared instead of requests' dates
    found.sort(Comparator.comparingInt(Numbered::later).thenComparingInt(Numbered::earlier));
    return found.stream().map(Numbered::divergence).toList();
  }

  /** A divergence and the numbers in the log of its two questions. */
  private record Numbered(int later, int earlier, Divergence divergence) {}

  /** Responded to first; on the same day, the lower reference counts as the earlier. */
  private static boolean earlier(Request a, Request b) {
    int byDate = a.responded().compareTo(b.responded());
    return byDate != 0 ? byDate < 0 : a.reference().compareTo(b.reference()) < 0;
  }

  private static long pair(int a, int b) {
    return ((long) Math.min(a, b) << 32) | Math.max(a, b);
  }

  private static boolean sameAnswer(Question a, Question b) {
    return a.outcome() == b.outcome()
        && new HashSet<>(a.sectionIds()).equals(new HashSet<>(b.sectionIds()));
  }
}
