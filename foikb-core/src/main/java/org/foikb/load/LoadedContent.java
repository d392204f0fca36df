package org.foikb.load;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.foikb.digest.FileDigests;
import org.foikb.model.ActSection;
import org.foikb.model.CrossReference;
import org.foikb.model.Page;
import org.foikb.model.PublishedSource;
import org.foikb.model.Request;
import org.foikb.model.SiteConfig;

/**
 * Everything read from a content folder before cross-file checks.
 *
 * @param otherReferences cross-references written in section, published-source and free pages
 * @param requestDrafts what could be read of every request file, the refused ones included
 * @param digests the digest of each file whose body was kept, for the pages made from it
 */
public record LoadedContent(
    Optional<SiteConfig> site,
    List<Request> requests,
    List<ActSection> sections,
    List<PublishedSource> sources,
    List<Page> pages,
    List<FileReferences> otherReferences,
    List<RequestDraft> requestDrafts,
    FieldPositions positions,
    FileDigests digests) {

  /**
   * The same content with the request and drafts read from the file at {@code path} in place of
   * what it held of that file.
   */
  public LoadedContent withRequest(
      String path, Optional<Request> request, List<RequestDraft> drafts) {
    List<Request> newRequests =
        Stream.concat(requests.stream().filter(r -> !r.path().equals(path)), request.stream())
            .toList();
    List<RequestDraft> newDrafts =
        Stream.concat(requestDrafts.stream().filter(d -> !d.path().equals(path)), drafts.stream())
            .toList();
    return new LoadedContent(
        site,
        newRequests,
        sections,
        sources,
        pages,
        otherReferences,
        newDrafts,
        positions,
        digests);
  }

  /** The cross-references one file's body makes. */
  public record FileReferences(String path, List<CrossReference> references) {}
}
