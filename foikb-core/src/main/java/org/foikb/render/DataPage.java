package org.foikb.render;

import java.util.List;
import org.foikb.template.DataPageView;
import org.foikb.template.DataPageView.ColumnView;

/** Renders {@code /data/}: what each open data file holds, and the licence to reuse it under. */
final class DataPage {
  private static final List<String> MEANINGS =
      List.of(
          "the request's reference, as on its page",
          "the request's title",
          "the date the request was received (YYYY-MM-DD), when the log records it",
          "the date of the response (YYYY-MM-DD)",
          "the question's number within the request, from 1",
          "the question, as asked and anonymised",
          "what happened to it: disclosed, published, partial, withheld, not-held, ncnd or invalid",
          "the ids of the sections of the Act applied to it, separated by ';'",
          "the ids of the published sources its answer points to, separated by ';'",
          "the question's permalink");

  private final RenderContext context;

  DataPage(RenderContext context) {
    this.context = context;
  }

  void render() {
    var urls = context.urls;
    var site = context.log.site();
    List<ColumnView> columns =
        java.util.stream.IntStream.range(0, OpenData.CSV_COLUMNS.size())
            .mapToObj(i -> new ColumnView(OpenData.CSV_COLUMNS.get(i), MEANINGS.get(i)))
            .toList();
    String example =
        context.log.requests().isEmpty()
            ? null
            : urls.request(context.log.requests().get(0).slug()) + "index.json";
    String url = urls.home() + RenderContext.DATA;
    context.writePage(
        url,
        "data",
        new DataPageView(
            context.layout(
                "Open data",
                "The whole disclosure log as data: JSON with its schema, and CSV.",
                url,
                "data",
                context.crumbs()),
            site.authority(),
            context.log.requests().size(),
            context.log.requests().stream().mapToInt(r -> r.questions().size()).sum(),
            urls.home() + OpenData.REQUESTS_JSON,
            urls.home() + OpenData.SCHEMA,
            urls.home() + OpenData.QUESTIONS_CSV,
            example,
            site.licence().orElse(null),
            site.licenceUrl().orElse(null),
            columns));
  }
}
