package org.foikb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foikb.link.SiteUrls;
import org.foikb.markdown.Markdown;
import org.foikb.model.ActSection;
import org.foikb.model.DisclosureLog;
import org.foikb.model.PublishedSource;
import org.foikb.model.Request;
import org.foikb.output.SiteWriter;

/**
 * The index stage: reads every request, section and published source once more as plain text,
 * writes the static search index under {@code search/}, and returns the "asked before" matches the
 * request pages show.
 *
 * <pre>{@code
 * SimilarQuestions similar = SearchIndexer.write(log, contentRoot, markdown, writer);
 * }</pre>
 *
 * <p>Requests are read in parallel in batches and added in log order, so the output does not depend
 * on thread timing and only one batch of bodies is in memory at a time.
 */
public final class SearchIndexer {
  /** Where the index lives, below the site's root. */
  public static final String FOLDER = "search/";

  private static final int BATCH = 512;

  private SearchIndexer() {}

  public static SimilarQuestions write(
      DisclosureLog log, Path contentRoot, Markdown markdown, SiteWriter writer) {
    Facets facets = new Facets(log);
    SiteUrls urls = new SiteUrls(log.site().basePath());
    DocumentReader reader = new DocumentReader(log, contentRoot, markdown, urls, facets);
    IndexBuilder index = new IndexBuilder();
    IndexFiles files = new IndexFiles(writer, FOLDER);
    Map<Integer, Object[]> questions = new HashMap<>();
    List<SearchDocument> chunk = new ArrayList<>(IndexFiles.CHUNK);
    int[] chunkNumber = {0};
    // chunks are numbered in log order but written in parallel, a batch at a time
    Map<Integer, List<SearchDocument>> pending = new HashMap<>();

    List<Request> requests = log.requests();
    for (int from = 0; from < requests.size(); from += BATCH) {
      List<List<IndexBuilder.Prepared>> batch =
          requests.subList(from, Math.min(requests.size(), from + BATCH)).parallelStream()
              .map(request -> reader.request(request).stream().map(IndexBuilder::prepare).toList())
              .toList();
      for (List<IndexBuilder.Prepared> docs : batch) {
        int group = index.size();
        for (IndexBuilder.Prepared prepared : docs) {
          SearchDocument doc = prepared.doc();
          int id = index.add(prepared, group);
          if (doc.kind() == SearchDocument.Kind.QUESTION) {
            questions.put(id, new Object[] {doc.reference(), doc.question()});
          }
          addToChunk(pending, chunk, chunkNumber, doc);
        }
      }
      flush(files, pending);
    }
    for (ActSection section : log.sections()) {
      SearchDocument doc = reader.section(section);
      index.add(doc, index.size());
      addToChunk(pending, chunk, chunkNumber, doc);
    }
    for (PublishedSource source : log.sources()) {
      SearchDocument doc = reader.source(source);
      index.add(doc, index.size());
      addToChunk(pending, chunk, chunkNumber, doc);
    }
    if (!chunk.isEmpty()) {
      pending.put(chunkNumber[0], List.copyOf(chunk));
    }
    flush(files, pending);
    index.finish();
    files.writeTerms(index);
    files.writeMeta(index, facets);
    return SimilarQuestions.compute(index, questions);
  }

  private static void addToChunk(
      Map<Integer, List<SearchDocument>> pending,
      List<SearchDocument> chunk,
      int[] number,
      SearchDocument doc) {
    chunk.add(doc);
    if (chunk.size() == IndexFiles.CHUNK) {
      pending.put(number[0]++, List.copyOf(chunk));
      chunk.clear();
    }
  }

  private static void flush(IndexFiles files, Map<Integer, List<SearchDocument>> pending) {
    pending.entrySet().parallelStream().forEach(e -> files.writeChunk(e.getKey(), e.getValue()));
    pending.clear();
  }
}
