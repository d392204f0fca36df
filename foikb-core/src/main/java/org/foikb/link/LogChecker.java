package org.foikb.link;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.diag.Suggestions;
import org.foikb.load.FieldPositions;
import org.foikb.load.LoadedContent;
import org.foikb.load.RequestDraft;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Page;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * The checks that need the whole log: unique references and ids, and every cross-reference, section
 * and {@code supersedes} pointing at something that exists.
 */
public final class LogChecker {
  private LogChecker() {}

  /** The log, when the content holds no error; the problems go to diagnostics either way. */
  public static Optional<DisclosureLog> check(LoadedContent content, Diagnostics diagnostics) {
    FieldPositions positions = content.positions();
    Map<String, Request> requests =
        unique(
            content.requests(),
            Request::reference,
            Request::path,
            "reference",
            positions,
            diagnostics);
    Map<String, ActSection> sections =
        unique(
            content.sections(),
            ActSection::id,
            ActSection::path,
            "section id",
            positions,
            diagnostics);
    Map<String, PublishedSource> sources =
        unique(
            content.sources(),
            PublishedSource::id,
            PublishedSource::path,
            "published source id",
            positions,
            diagnostics);
    // two references can differ yet make the same address, e.g. 01.FOI.1 and 01-foi-1
    unique(
        requests.values().stream().toList(),
        Request::slug,
        Request::path,
        "page address (slug)",
        positions,
        diagnostics);

    for (ActSection section : content.sections()) {
      FieldPositions.Position at = positions.of(section.path(), "parent");
      section
          .parent()
          .filter(parent -> !sections.containsKey(parent))
          .ifPresent(
              parent ->
                  diagnostics.add(
                      Diagnostic.error(
                              section.path(),
                              at.line(),
                              at.column(),
                              "unknown parent section '" + parent + "'")
                          .withHint(
                              hint(
                                  parent,
                                  without(sections.keySet(), section.id()),
                                  "sections/" + parent + ".md"))));
    }
    Set<String> refused = new HashSet<>();
    content
        .requestDrafts()
        .forEach(d -> d.reference().filter(r -> !requests.containsKey(r)).ifPresent(refused::add));
    Targets targets = new Targets(requests, refused, sections, sources);
    for (RequestDraft draft : content.requestDrafts()) {
      checkRequest(draft, targets, positions, diagnostics);
    }
    for (LoadedContent.FileReferences file : content.otherReferences()) {
      for (CrossReference reference : file.references()) {
        targets.check(file.path(), reference, diagnostics);
      }
    }
    if (diagnostics.hasErrors() || content.site().isEmpty()) {
      return Optional.empty();
    }
    List<Page> pages = content.pages();
    return Optional.of(
        new DisclosureLog(
            content.site().get(),
            content.requests(),
            content.sections(),
            content.sources(),
            pages));
  }

  private static void checkRequest(
      RequestDraft request, Targets targets, FieldPositions positions, Diagnostics diagnostics) {
    for (Question question : request.questions()) {
      FieldPositions.Position list =
          positions.of(request.path(), FieldPositions.questionSections(question.number()));
      for (String id : question.sectionIds()) {
        if (!targets.sections.containsKey(id)) {
          diagnostics.add(
              Diagnostic.error(
                      request.path(),
                      list.line() > 0 ? list.line() : question.line(),
                      list.column(),
                      "question " + question.number() + " applies unknown section '" + id + "'")
                  .withHint(hint(id, targets.sections.keySet(), "sections/" + id + ".md")));
        }
      }
    }
    FieldPositions.Position at = positions.of(request.path(), "supersedes");
    request
        .supersedes()
        .ifPresent(
            older -> {
              if (request.reference().filter(older::equals).isPresent()) {
                diagnostics.add(
                    Diagnostic.error(
                            request.path(),
                            at.line(),
                            at.column(),
                            "a request cannot supersede itself")
                        .withHint("name the earlier request's reference in 'supersedes'"));
              } else if (!targets.requests.containsKey(older) && !targets.refused.contains(older)) {
                diagnostics.add(
                    Diagnostic.error(
                            request.path(),
                            at.line(),
                            at.column(),
                            "supersedes unknown request '" + older + "'")
                        .withHint(hint(older, targets.requests.keySet(), "the earlier request")));
              }
            });
    for (CrossReference reference : request.references()) {
      targets.check(request.path(), reference, diagnostics);
    }
  }

  /** What links may point to; {@code refused} are requests whose own file has errors. */
  private record Targets(
      Map<String, Request> requests,
      Set<String> refused,
      Map<String, ActSection> sections,
      Map<String, PublishedSource> sources) {

    void check(String path, CrossReference reference, Diagnostics diagnostics) {
      String target = reference.target();
      switch (reference.kind()) {
        case PUBLISHED -> {
          if (!sources.containsKey(target)) {
            report(
                path,
                reference,
                "unknown published source '" + target + "'",
                hint(target, sources.keySet(), "published/" + target + ".md"),
                diagnostics);
          }
        }
        case SECTION -> {
          if (!sections.containsKey(target)) {
            report(
                path,
                reference,
                "unknown section '" + target + "'",
                hint(target, sections.keySet(), "sections/" + target + ".md"),
                diagnostics);
          }
        }
        case REQUEST -> {
          Request cited = requests.get(target);
          if (cited == null && refused.contains(target)) {
            return;
          }
          if (cited == null) {
            report(
                path,
                reference,
                "unknown request '" + target + "'",
                hint(target, requests.keySet(), "the request it names"),
                diagnostics);
          } else if (reference.question() > cited.questions().size()) {
            report(
                path,
                reference,
                "request '" + target + "' has no question " + reference.question(),
                "it has "
                    + cited.questions().size()
                    + " question"
                    + (cited.questions().size() == 1 ? "" : "s"),
                diagnostics);
          }
        }
      }
    }

    private static void report(
        String path,
        CrossReference reference,
        String message,
        String hint,
        Diagnostics diagnostics) {
      diagnostics.add(
          Diagnostic.error(path, reference.line(), reference.column(), message).withHint(hint));
    }
  }

  private static <T> Map<String, T> unique(
      List<T> items,
      java.util.function.Function<T, String> key,
      java.util.function.Function<T, String> path,
      String what,
      FieldPositions positions,
      Diagnostics diagnostics) {
    String field = what.equals("reference") || what.startsWith("page") ? "reference" : "id";
    Map<String, T> byKey = new HashMap<>();
    items.stream()
        .sorted(java.util.Comparator.comparing(path))
        .forEach(
            item -> {
              T first = byKey.putIfAbsent(key.apply(item), item);
              if (first != null) {
                FieldPositions.Position at = positions.of(path.apply(item), field);
                diagnostics.add(
                    Diagnostic.error(
                            path.apply(item),
                            at.line(),
                            at.column(),
                            "duplicate "
                                + what
                                + " '"
                                + key.apply(item)
                                + "', also used by "
                                + path.apply(first))
                        .withHint("each " + what + " must be unique across the log"));
              }
            });
    return byKey;
  }

  private static Set<String> without(Set<String> ids, String id) {
    Set<String> rest = new HashSet<>(ids);
    rest.remove(id);
    return rest;
  }

  private static String hint(String wrong, java.util.Set<String> known, String create) {
    String closest = Suggestions.closest(wrong, known.stream().sorted().toList());
    return closest != null
        ? "did you mean '" + closest + "'?"
        : "check the spelling, or create " + create;
  }
}
