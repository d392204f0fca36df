package org.foikb.search;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foikb.link.SiteUrls;
import org.foikb.markdown.AnswerSections;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.output.SiteWriter;

/**
 * The static search index under {@code search/}. Requests come from the bodies the render pass has
 * already parsed, in log order a batch at a time; {@link #finish()} adds the sections and published
 * sources and writes the dictionary.
 *
 * <pre>{@code
 * SearchIndex search = new SearchIndex(log, contentRoot, markdown, writer);
 * renderer.renderRequests(similar, ParsedBodies.of(search::read, search::add));
 * search.finish();
 * }</pre>
 *
 * <p>Document ids follow log order, so the output does not depend on thread timing.
 */
public final class SearchIndex {
  /** Where the index lives, below the site's root. */
  public static final String FOLDER = "search/";

  /** A request's documents, tokenised and weighed, waiting for their turn to be added. */
  public static final class Entries {
    private final List<IndexBuilder.Prepared> docs;

    private Entries(List<IndexBuilder.Prepared> docs) {
      this.docs = docs;
    }
  }

  private final DisclosureLog log;
  private final Facets facets;
  private final DocumentReader reader;
  private final IndexBuilder index = new IndexBuilder();
  private final IndexFiles files;
  private final List<SearchDocument> chunk = new ArrayList<>(IndexFiles.CHUNK);
  private final Map<Integer, List<SearchDocument>> fullChunks = new HashMap<>();
  private int chunkNumber;

  public SearchIndex(DisclosureLog log, Path contentRoot, Markdown markdown, SiteWriter writer) {
    this.log = log;
    this.facets = new Facets(log);
    SiteUrls urls = new SiteUrls(log.site().basePath());
    this.reader = new DocumentReader(log, contentRoot, markdown, urls, facets);
    this.files = new IndexFiles(writer, FOLDER);
  }

  /** The thread-safe part: a request's documents from its parsed body. */
  public Entries read(Request request, AnswerSections body) {
    return new Entries(IndexBuilder.prepare(reader.request(request, body)));
  }

  /** Adds requests' documents in the order given, then writes the result chunks they filled. */
  public void add(List<Entries> requests) {
    for (Entries entries : requests) {
      int group = index.size();
      for (IndexBuilder.Prepared prepared : entries.docs) {
        index.add(prepared, group);
        addToChunk(prepared.doc());
      }
    }
    writeFullChunks();
  }

  /** Adds the sections and published sources, then writes the dictionary and the metadata. */
  public void finish() {
    // in lists of the class requests' documents come in, for the reason SearchDocument gives
    List<SearchDocument> docs = new ArrayList<>();
    log.sections().parallelStream().map(reader::section).forEachOrdered(docs::add);
    log.sources().parallelStream().map(reader::source).forEachOrdered(docs::add);
    List<IndexBuilder.Prepared> others = IndexBuilder.prepare(docs);
    for (IndexBuilder.Prepared prepared : others) {
      index.add(prepared, index.size());
      addToChunk(prepared.doc());
    }
    if (!chunk.isEmpty()) {
      closeChunk();
    }
    writeFullChunks();
    index.finish();
    files.writeTerms(index, Thesaurus.of(log.site()));
    files.writeMeta(index, facets);
  }

  private void addToChunk(SearchDocument doc) {
    chunk.add(doc);
    if (chunk.size() == IndexFiles.CHUNK) {
      closeChunk();
    }
  }

  private void closeChunk() {
    fullChunks.put(chunkNumber++, List.copyOf(chunk));
    chunk.clear();
  }

  private void writeFullChunks() {
    fullChunks.entrySet().parallelStream().forEach(e -> files.writeChunk(e.getKey(), e.getValue()));
    fullChunks.clear();
  }
}
