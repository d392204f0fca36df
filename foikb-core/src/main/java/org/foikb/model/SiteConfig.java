package org.foikb.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings in {@code site.yaml}.
 *
 * @param baseUrl absolute, ending in '/'
 * @param notice an optional sentence shown on every page, e.g. that the log is a sample
 * @param licence the name of the licence the log's open data may be reused under, if given
 * @param licenceUrl the licence's address, if given
 * @param synonyms the site's own everyday words for its terms, each to the words it means, added to
 *     the bundled thesaurus
 */
public record SiteConfig(
    String title,
    String authority,
    String baseUrl,
    String language,
    List<String> contactAllowlist,
    Optional<String> notice,
    Optional<String> licence,
    Optional<String> licenceUrl,
    Map<String, List<String>> synonyms) {

  public SiteConfig {
    contactAllowlist = List.copyOf(contactAllowlist);
    synonyms = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(synonyms));
  }

  /**
   * The path part of the base URL, e.g. {@code /} or {@code /foi/}: every site link starts here.
   */
  public String basePath() {
    return java.net.URI.create(baseUrl).getPath();
  }
}
