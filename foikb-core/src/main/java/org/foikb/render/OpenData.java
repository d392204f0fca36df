package org.foikb.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.PublishedSource;
import org.foikb.model.Question;
import org.foikb.model.Request;
import org.foikb.search.Json;

/**
 * The log as data, under {@code /data/}: {@code requests.json} (described by {@code
 * requests.schema.json}), {@code questions.csv}, and {@code /requests/<slug>/index.json} beside
 * each request page. Both large files are written a request at a time, never held whole.
 */
final class OpenData {
  static final String REQUESTS_JSON = "data/requests.json";
  static final String QUESTIONS_CSV = "data/questions.csv";
  static final String SCHEMA = "data/requests.schema.json";

  static final List<String> CSV_COLUMNS =
      List.of(
          "reference",
          "title",
          "received",
          "responded",
          "question_number",
          "question",
          "outcome",
          "sections",
          "published_sources",
          "url");

  private final RenderContext context;

  OpenData(RenderContext context) {
    this.context = context;
  }

  void renderAll() {
    try (Writer json = context.writer.stream(REQUESTS_JSON);
        Writer csv = context.writer.stream(QUESTIONS_CSV)) {
      var site = context.log.site();
      json.write("{\"title\":" + Json.quote(site.title()));
      json.write(",\"authority\":" + Json.quote(site.authority()));
      json.write(",\"url\":" + Json.quote(context.absolute(context.urls.home())));
      json.write(",\"schema\":" + Json.quote(context.absolute(context.urls.home() + SCHEMA)));
      json.write(",\"licence\":" + licence());
      json.write(",\"requests\":[");
      csv.write(String.join(",", CSV_COLUMNS) + "\r\n");
      boolean first = true;
      for (Request request : context.log.requests()) {
        String object = request(request);
        json.write(first ? "\n" : ",\n");
        json.write(object);
        first = false;
        context.writer.write(
            context
                .fileFor(context.urls.request(request.slug()))
                .replace("index.html", "index.json"),
            object + "\n");
        writeRows(csv, request);
      }
      json.write("\n]}\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the open data", e);
    }
    context.writer.write(SCHEMA, RequestsSchema.text());
  }

  private String licence() {
    var site = context.log.site();
    if (site.licence().isEmpty() && site.licenceUrl().isEmpty()) {
      return "null";
    }
    return "{\"name\":"
        + site.licence().map(Json::quote).orElse("null")
        + ",\"url\":"
        + site.licenceUrl().map(Json::quote).orElse("null")
        + "}";
  }

  /** One request as a JSON object, the same in requests.json and in its own index.json. */
  String request(Request request) {
    var urls = context.urls;
    StringBuilder out = new StringBuilder(1024);
    out.append("{\"reference\":");
    Json.quote(out, request.reference());
    field(out, "url", context.absolute(urls.request(request.slug())));
    field(out, "title", request.title());
    field(out, "summary", request.summary());
    field(out, "received", request.received().map(Object::toString));
    field(out, "responded", request.responded().toString());
    out.append(",\"topics\":");
    strings(out, request.topics());
    field(out, "outcome", request.overallOutcome().slug());
    field(out, "outcome_label", request.overallOutcome().label());
    out.append(",\"supersedes\":");
    Optional<Request> older = request.supersedes().flatMap(context.log::request);
    if (older.isPresent()) {
      link(out, older.get());
    } else {
      out.append("null");
    }
    out.append(",\"superseded_by\":[");
    List<Request> newer = context.index.supersededBy(request.reference());
    for (int i = 0; i < newer.size(); i++) {
      out.append(i > 0 ? "," : "");
      link(out, newer.get(i));
    }
    out.append("],\"published_sources\":[");
    List<String> cited = sourcesCited(request, 0);
    for (int i = 0; i < cited.size(); i++) {
      out.append(i > 0 ? "," : "");
      source(out, cited.get(i));
    }
    out.append("],\"questions\":[");
    for (Question question : request.questions()) {
      out.append(question.number() > 1 ? "," : "");
      out.append("{\"number\":").append(question.number());
      field(out, "url", context.absolute(urls.question(request.slug(), question.number())));
      field(out, "question", question.ask());
      field(out, "outcome", question.outcome().slug());
      field(out, "outcome_label", question.outcome().label());
      out.append(",\"sections\":[");
      for (int i = 0; i < question.sectionIds().size(); i++) {
        out.append(i > 0 ? "," : "");
        section(out, question.sectionIds().get(i));
      }
      out.append("],\"published_sources\":");
      strings(out, sourcesCited(request, question.number()));
      out.append('}');
    }
    return out.append("]}").toString();
  }

  /**
   * The ids of the sources a request's body links to: for one question, those in its answer; for 0,
   * every one in the body, in order, each once.
   */
  static List<String> sourcesCited(Request request, int question) {
    Set<String> ids = new LinkedHashSet<>();
    for (CrossReference reference : request.references()) {
      if (reference.kind() == CrossReference.Kind.PUBLISHED
          && (question == 0 || reference.answer() == question)) {
        ids.add(reference.target());
      }
    }
    return new ArrayList<>(ids);
  }

  private void link(StringBuilder out, Request request) {
    out.append("{\"reference\":");
    Json.quote(out, request.reference());
    field(out, "url", context.absolute(context.urls.request(request.slug())));
    out.append('}');
  }

  private void section(StringBuilder out, String id) {
    ActSection section = context.log.section(id).orElseThrow();
    out.append("{\"id\":");
    Json.quote(out, id);
    field(out, "section", section.number());
    field(out, "title", section.title());
    field(out, "url", context.absolute(context.urls.section(id)));
    out.append('}');
  }

  private void source(StringBuilder out, String id) {
    PublishedSource source = context.log.source(id).orElseThrow();
    out.append("{\"id\":");
    Json.quote(out, id);
    field(out, "title", source.title());
    field(out, "url", source.url());
    field(out, "page", context.absolute(context.urls.source(id)));
    field(out, "checked", source.checked().map(Object::toString));
    out.append('}');
  }

  private void writeRows(Writer csv, Request request) throws IOException {
    String url = context.absolute(context.urls.request(request.slug()));
    for (Question question : request.questions()) {
      List<String> row =
          List.of(
              request.reference(),
              request.title(),
              request.received().map(Object::toString).orElse(""),
              request.responded().toString(),
              String.valueOf(question.number()),
              question.ask(),
              question.outcome().slug(),
              String.join(";", question.sectionIds()),
              String.join(";", sourcesCited(request, question.number())),
              url + "#" + question.anchor());
      csv.write(Csv.row(row));
    }
  }

  private static void field(StringBuilder out, String name, String value) {
    out.append(",\"").append(name).append("\":");
    Json.quote(out, value);
  }

  private static void field(StringBuilder out, String name, Optional<String> value) {
    if (value.isPresent()) {
      field(out, name, value.get());
    } else {
      out.append(",\"").append(name).append("\":null");
    }
  }

  private static void strings(StringBuilder out, List<String> values) {
    out.append('[');
    for (int i = 0; i < values.size(); i++) {
      out.append(i > 0 ? "," : "");
      Json.quote(out, values.get(i));
    }
    out.append(']');
  }
}
