package org.foikb.load;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.foikb.diag.Diagnostics;
import org.foikb.model.SiteConfig;

/** Reads {@code site.yaml}. */
final class SiteConfigLoader {
  private static final List<String> FIELDS =
      List.of(
          "title",
          "authority",
          "base-url",
          "language",
          "contact-allowlist",
          "notice",
          "licence",
          "licence-url",
          "synonyms");

  private SiteConfigLoader() {}

  static Optional<SiteConfig> load(SourceFile source, Diagnostics diagnostics) {
    Optional<YamlFields> parsed = YamlFields.parse(source.path(), source.text(), 1, diagnostics);
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFields fields = parsed.get();
    fields.warnUnknown(FIELDS);
    Optional<String> title = fields.requiredText("title", "add 'title: Disclosure log'");
    Optional<String> authority =
        fields.requiredText("authority", "add 'authority: <the public authority's name>'");
    Optional<String> baseUrl =
        fields
            .requiredText("base-url", "add 'base-url: https://foi.example.org/'")
            .flatMap(url -> checkBaseUrl(url, fields));
    String language = fields.optionalText("language").orElse("en-GB");
    List<String> allowlist = fields.textList("contact-allowlist");
    Optional<String> notice = fields.optionalText("notice");
    Optional<String> licence = fields.optionalText("licence");
    Optional<String> licenceUrl =
        fields.optionalText("licence-url").filter(url -> checkLicenceUrl(url, fields));
    var synonyms =
        fields.textListGroup(
            "synonyms",
            "write one line per word, each with a list: 'synonyms:' then '  bobbies: [police"
                + " officers]'");
    if (title.isEmpty() || authority.isEmpty() || baseUrl.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SiteConfig(
            title.get(),
            authority.get(),
            baseUrl.get(),
            language,
            allowlist,
            notice,
            licence,
            licenceUrl,
            synonyms));
  }

  /** The address as a URI when it is an absolute http(s) one, else null. */
  private static URI webAddress(String url) {
    try {
      URI uri = URI.create(url);
      boolean web = "https".equals(uri.getScheme()) || "http".equals(uri.getScheme());
      return web && uri.getHost() != null ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean checkLicenceUrl(String url, YamlFields fields) {
    if (webAddress(url) == null) {
      fields.error(
          "licence-url",
          "'licence-url' must be an absolute http(s) address: '" + url + "'",
          "write it in full, e.g."
              + " https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/");
      return false;
    }
    return true;
  }

  private static Optional<String> checkBaseUrl(String url, YamlFields fields) {
    URI uri = webAddress(url);
    if (uri == null || uri.getQuery() != null || uri.getFragment() != null) {
      fields.error(
          "base-url",
          "'base-url' must be an absolute http(s) address: '" + url + "'",
          "write it in full, e.g. https://foi.example.org/");
      return Optional.empty();
    }
    return Optional.of(url.endsWith("/") ? url : url + "/");
  }
}
