package org.foikb.load;

import java.util.List;
import java.util.Optional;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.model.ActSection;

/** Reads {@code sections/<id>.md}. */
final class ActSectionLoader {
  private static final List<String> FIELDS =
      List.of("id", "section", "title", "kind", "test", "parent", "legislation");

  private ActSectionLoader() {}

  static Optional<ActSection> load(
      SourceFile source, Diagnostics diagnostics, FieldPositions positions) {
    Optional<FrontMatter> split = FrontMatter.split(source, diagnostics);
    Optional<YamlFields> parsed =
        split.flatMap(fm -> YamlFields.parse(source.path(), fm.yaml(), fm.yamlLine(), diagnostics));
    if (parsed.isEmpty()) {
      return Optional.empty();
    }
    YamlFields fields = parsed.get();
    fields.warnUnknown(FIELDS);
    Optional<String> id = IdField.read(fields);
    Optional<String> number =
        fields.requiredText("section", "add 'section: \"31(1)(a)\"' with the section as printed");
    Optional<String> title = fields.requiredText("title", "add 'title: <what the section covers>'");
    Optional<ActSection.Test> test =
        fields.optionalText("test").flatMap(word -> test(word, fields));
    ActSection.Kind kind =
        fields
            .optionalText("kind")
            .flatMap(word -> kind(word, fields))
            .orElse(test.isPresent() ? ActSection.Kind.EXEMPTION : ActSection.Kind.PROCEDURAL);
    if (kind == ActSection.Kind.PROCEDURAL && test.isPresent()) {
      diagnostics.add(
          Diagnostic.warning(
                  source.path(),
                  fields.line("test"),
                  fields.column("test"),
                  "'test' applies to exemptions only and is ignored for a procedural section")
              .withHint("remove 'test', or set 'kind: exemption'"));
      test = Optional.empty();
    }
    Optional<String> parent = fields.optionalText("parent");
    positions.record(source.path(), "parent", fields);
    Optional<String> legislation =
        fields
            .optionalText("legislation")
            .flatMap(url -> PublishedSourceLoader.absoluteHttpUrl(url, "legislation", fields));
    if (id.isEmpty() || number.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ActSection(
            source.path(),
            id.get(),
            number.get(),
            title.get(),
            kind,
            test,
            parent,
            legislation,
            split.get().bodyLine()));
  }

  private static Optional<ActSection.Kind> kind(String word, YamlFields fields) {
    for (ActSection.Kind kind : ActSection.Kind.values()) {
      if (kind.word().equals(word)) {
        return Optional.of(kind);
      }
    }
    fields.error("kind", "unknown kind '" + word + "'", "use 'exemption' or 'procedural'");
    return Optional.empty();
  }

  private static Optional<ActSection.Test> test(String word, YamlFields fields) {
    for (ActSection.Test test : ActSection.Test.values()) {
      if (test.word().equals(word)) {
        return Optional.of(test);
      }
    }
    fields.error("test", "unknown test '" + word + "'", "use 'absolute' or 'qualified'");
    return Optional.empty();
  }
}
