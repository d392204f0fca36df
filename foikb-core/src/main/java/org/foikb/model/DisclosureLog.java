package org.foikb.model;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything loaded from a content folder, in a stable order.
 *
 * <pre>{@code
 * DisclosureLog log = new DisclosureLog(site, requests, sections, sources, pages);
 * log.request("01.FOI.23.030269").ifPresent(...);
 * }</pre>
 */
public final class DisclosureLog {
  /** Newest response first; reference breaks ties so the order never depends on the file system. */
  public static final Comparator<Request> NEWEST_FIRST =
      Comparator.comparing(Request::responded).reversed().thenComparing(Request::reference);

  private final SiteConfig site;
  private final List<Request> requests;
  private final List<ActSection> sections;
  private final List<PublishedSource> sources;
  private final List<Page> pages;
  private final Map<String, Request> requestsByReference;
  private final Map<String, ActSection> sectionsById;
  private final Map<String, PublishedSource> sourcesById;

  public DisclosureLog(
      SiteConfig site,
      List<Request> requests,
      List<ActSection> sections,
      List<PublishedSource> sources,
      List<Page> pages) {
    this.site = site;
    this.requests = requests.stream().sorted(NEWEST_FIRST).toList();
    this.sections = sections.stream().sorted(Comparator.comparing(ActSection::id)).toList();
    this.sources = sources.stream().sorted(Comparator.comparing(PublishedSource::id)).toList();
    this.pages = pages.stream().sorted(Comparator.comparing(Page::slug)).toList();
    this.requestsByReference = index(this.requests, Request::reference);
    this.sectionsById = index(this.sections, ActSection::id);
    this.sourcesById = index(this.sources, PublishedSource::id);
  }

  private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
    return items.stream()
        .collect(Collectors.toUnmodifiableMap(key, Function.identity(), (a, b) -> a));
  }

  public SiteConfig site() {
    return site;
  }

  /** Newest first. */
  public List<Request> requests() {
    return requests;
  }

  /** By id. */
  public List<ActSection> sections() {
    return sections;
  }

  /** By id. */
  public List<PublishedSource> sources() {
    return sources;
  }

  public List<Page> pages() {
    return pages;
  }

  public Optional<Request> request(String reference) {
    return Optional.ofNullable(requestsByReference.get(reference));
  }

  public Optional<ActSection> section(String id) {
    return Optional.ofNullable(sectionsById.get(id));
  }

  public Optional<PublishedSource> source(String id) {
    return Optional.ofNullable(sourcesById.get(id));
  }
}
