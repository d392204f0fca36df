package org.foikb.load;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.foikb.diag.Diagnostics;
import org.foikb.model.PublishedSource;

/** Reads {@code published/<id>.md}. */
final class PublishedSourceLoader {
  private static final List<String> FIELDS = List.of("id", "title", "url", "publisher", "checked");

  private PublishedSourceLoader() {}

  static Optional<PublishedSource> load(SourceFile source, Diagnostics diagnostics) {
    Optional<FrontMatter> split = FrontMatter.split(source, diagnostics);
    Optional<YamlFields> parsed =
        split.flatMap(fm -> YamlFields.parse(source.path(), fm.yaml(), fm.yamlLine(), diagnostics));
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFields fields = parsed.get();
    fields.warnUnknown(FIELDS);
    Optional<String> id = IdField.read(fields);
    Optional<String> title = fields.requiredText("title", "add 'title: <the source's own title>'");
    Optional<String> url =
        fields
            .requiredText("url", "add 'url: https://...' with the address of the source")
            .flatMap(text -> absoluteHttpUrl(text, "url", fields));
    Optional<String> publisher = fields.optionalText("publisher");
    Optional<LocalDate> checked = fields.optionalDate("checked");
    if (id.isEmpty() || title.isEmpty() || url.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new PublishedSource(
            source.path(),
            id.get(),
            title.get(),
            url.get(),
            publisher,
            checked,
            split.get().bodyLine(),
            fields.line("url"),
            fields.column("url")));
  }

  static Optional<String> absoluteHttpUrl(String text, String key, YamlFields fields) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      uri = null;
    }
    if (uri == null
        || uri.getHost() == null
        || !("https".equalsIgnoreCase(uri.getScheme())
            || "http".equalsIgnoreCase(uri.getScheme()))) {
      fields.error(
          key,
          "'" + key + "' must be an absolute http(s) address: '" + text + "'",
          "write the address in full, starting with https://");
      return Optional.empty();
    }
    return Optional.of(text);
  }
}
