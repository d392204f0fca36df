package org.foikb.link;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.diag.Suggestions;
import org.foikb.load.LoadedContent;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Page;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * The checks that need the whole log: unique references and ids, and every cross-reference,
 * section and {@code supersedes} pointing at something that exists.
 */
public final class LogChecker {
  private LogChecker() {}

  /** The log, when the content holds no error; the problems go to diagnostics either way. */
  public static Optional<DisclosureLog> check(LoadedContent content, Diagnostics diagnostics) {
    Map<String, Request> requests = unique(content.requests(), Request::reference, Request::path,
        "reference", diagnostics);
    Map<String, ActSection> sections = unique(content.sections(), ActSection::id, ActSection::path,
        "section id", diagnostics);
    Map<String, PublishedSource> sources = unique(content.sources(), PublishedSource::id,
        PublishedSource::path, "published source id", diagnostics);
    unique(content.requests(), Request::slug, Request::path, "page address (slug)", diagnostics);

    for (ActSection section : content.sections()) {
      section.parent().filter(parent -> !sections.containsKey(parent)).ifPresent(parent ->
          diagnostics.add(Diagnostic.error(section.path(), 0, 0, "unknown parent section '" + parent + "'")
              .withHint(hint(parent, sections.keySet(), "sections/" + parent + ".md"))));
    }
    Targets targets = new Targets(requests, sections, sources);
    for (Request request : content.requests()) {
      checkRequest(request, targets, diagnostics);
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
    return Optional.of(new DisclosureLog(content.site().get(), content.requests(),
        content.sections(), content.sources(), pages));
  }

  private static void checkRequest(Request request, Targets targets, Diagnostics diagnostics) {
    for (Question question : request.questions()) {
      for (String id : question.sectionIds()) {
        if (!targets.sections.containsKey(id)) {
          diagnostics.add(Diagnostic.error(request.path(), question.line(), 0,
                  "question " + question.number() + " applies unknown section '" + id + "'")
              .withHint(hint(id, targets.sections.keySet(), "sections/" + id + ".md")));
        }
      }
    }
    request.supersedes().ifPresent(older -> {
      if (older.equals(request.reference())) {
        diagnostics.add(Diagnostic.error(request.path(), 0, 0, "a request cannot supersede itself")
            .withHint("name the earlier request's reference in 'supersedes'"));
      } else if (!targets.requests.containsKey(older)) {
        diagnostics.add(Diagnostic.error(request.path(), 0, 0, "supersedes unknown request '" + older + "'")
            .withHint(hint(older, targets.requests.keySet(), "the earlier request")));
      }
    });
    for (CrossReference reference : request.references()) {
      targets.check(request.path(), reference, diagnostics);
    }
  }

  private record Targets(Map<String, Request> requests, Map<String, ActSection> sections,
      Map<String, PublishedSource> sources) {

    void check(String path, CrossReference reference, Diagnostics diagnostics) {
      String target = reference.target();
      switch (reference.kind()) {
        case PUBLISHED -> {
          if (!sources.containsKey(target)) {
            report(path, reference, "unknown published source '" + target + "'",
                hint(target, sources.keySet(), "published/" + target + ".md"), diagnostics);
          }
        }
        case SECTION -> {
          if (!sections.containsKey(target)) {
            report(path, reference, "unknown section '" + target + "'",
                hint(target, sections.keySet(), "sections/" + target + ".md"), diagnostics);
          }
        }
        case REQUEST -> {
          Request cited = requests.get(target);
          if (cited == null) {
            report(path, reference, "unknown request '" + target + "'",
                hint(target, requests.keySet(), "the request it names"), diagnostics);
          } else if (reference.question() > cited.questions().size()) {
            report(path, reference, "request '" + target + "' has no question " + reference.question(),
                "it has " + cited.questions().size() + " questions", diagnostics);
          }
        }
      }
    }

    private static void report(String path, CrossReference reference, String message, String hint,
        Diagnostics diagnostics) {
      diagnostics.add(Diagnostic.error(path, reference.line(), reference.column(), message).withHint(hint));
    }
  }

  private static <T> Map<String, T> unique(List<T> items, java.util.function.Function<T, String> key,
      java.util.function.Function<T, String> path, String what, Diagnostics diagnostics) {
    Map<String, T> byKey = new HashMap<>();
    items.stream().sorted(java.util.Comparator.comparing(path)).forEach(item -> {
      T first = byKey.putIfAbsent(key.apply(item), item);
      if (first != null) {
        diagnostics.add(Diagnostic.error(path.apply(item), 0, 0,
                "duplicate " + what + " '" + key.apply(item) + "', also used by " + path.apply(first))
            .withHint("each " + what + " must be unique across the log"));
      }
    });
    return byKey;
  }

  private static String hint(String wrong, java.util.Set<String> known, String create) {
    String closest = Suggestions.closest(wrong, known.stream().sorted().toList());
    return closest != null ? "did you mean '" + closest + "'?" : "check the spelling, or create " + create;
  }
}
