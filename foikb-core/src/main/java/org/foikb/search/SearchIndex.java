package org.foikb.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foikb.body.ParsedBodies;
import org.foikb.concurrent.OrderedBatches;
import org.foikb.link.SiteUrls;
import org.foikb.model.DisclosureLog;
import org.foikb.output.SiteFiles;

/**
 * The static search index under {@code search/}, made from the bodies the load stage parsed: it
 * reads no file, and hands the files it makes to {@code files}.
 *
 * <pre>{@code
 * SearchIndex.build(log, bodies, writer);
 * }</pre>
 *
 * <p>Requests are tokenised in parallel a batch at a time and added in log order, so document ids
 * follow log order and the output does not depend on thread timing.
 */
public final class SearchIndex {
  /** Where the index lives, below the site's root. */
  public static final String FOLDER = "search/";

  private static final int BATCH = 512;

  private final DisclosureLog log;
  private final Facets facets;
  private final DocumentReader reader;
  private final IndexBuilder index = new IndexBuilder();
  private final IndexFiles files;
  private final List<SearchDocument> chunk = new ArrayList<>(IndexFiles.CHUNK);
  private final Map<Integer, List<SearchDocument>> fullChunks = new HashMap<>();
  private int chunkNumber;

  private SearchIndex(DisclosureLog log, ParsedBodies bodies, SiteFiles files) {
    this.log = log;
    this.facets = new Facets(log);
    SiteUrls urls = new SiteUrls(log.site().basePath());
    this.reader = new DocumentReader(log, bodies, urls, facets);
    this.files = new IndexFiles(files, FOLDER);
  }

  /** Indexes every request, section and published source of the log into {@code files}. */
  public static void build(DisclosureLog log, ParsedBodies bodies, SiteFiles files) {
    SearchIndex search = new SearchIndex(log, bodies, files);
    OrderedBatches.run(
        log.requests(),
        BATCH,
        request -> IndexBuilder.prepare(search.reader.request(request)),
        (prepared, from) -> search.add(prepared));
    search.finish();
  }

  /** Adds requests' documents in the order given, then writes the result chunks they filled. */
  private void add(List<List<IndexBuilder.Prepared>> requests) {
    for (List<IndexBuilder.Prepared> docs : requests) {
      int group = index.size();
      for (IndexBuilder.Prepared prepared : docs) {
        index.add(prepared, group);
        addToChunk(prepared.doc());
      }
    }
    writeFullChunks();
  }

  /** Adds the sections and published sources, then writes the dictionary and the metadata. */
  private void finish() {
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
