package org.foikb.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.foikb.body.BodyParser;
import org.foikb.body.ParsedBodies;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.diag.FileProcessingException;
import org.foikb.digest.Digests;
import org.foikb.digest.FileDigests;
import org.foikb.link.SiteUrls;
import org.foikb.markdown.Markdown;
import org.foikb.model.ActSection;
import org.foikb.model.Page;
import org.foikb.model.PublishedSource;
import org.foikb.model.Request;
import org.foikb.model.SiteConfig;
import org.foikb.privacy.PersonalDataScanner;

/**
 * Walks a content folder and reads every file in parallel, collecting problems rather than stopping
 * at the first.
 *
 * <pre>{@code
 * LoadedContent content = new ContentLoader(new Markdown()).load(Path.of("content"), diagnostics);
 * }</pre>
 */
public final class ContentLoader {
  private final Markdown markdown;
  private final BodyReader bodyReader;
  private final ParsedBodies bodies;
  private final LoadCache cache;
  private final Map<String, byte[]> knownDigests;

  /** A loader that keeps nothing of the bodies once they are checked. */
  public ContentLoader(Markdown markdown) {
    this(markdown, ParsedBodies.none(), LoadCache.none(), Map.of());
  }

  /**
   * A loader that keeps each body it parses in {@code bodies}, for the pages and the index; it
   * takes unchanged request files from {@code cache}, and records there the files it reads without
   * finding a problem. {@code knownDigests} gives the SHA-256 of files already hashed by this build
   * (by their path in the content folder): a request file whose digest the cache holds is taken
   * from it without being read again.
   */
  public ContentLoader(
      Markdown markdown, ParsedBodies bodies, LoadCache cache, Map<String, byte[]> knownDigests) {
    this.markdown = markdown;
    this.bodyReader = new BodyReader(markdown);
    this.bodies = bodies;
    this.cache = cache;
    this.knownDigests = knownDigests;
  }

  private enum Folder {
    REQUESTS,
    SECTIONS,
    PUBLISHED,
    PAGES
  }

  private record Found(Path file, String path, Folder folder) {}

  public LoadedContent load(Path contentDir, Diagnostics diagnostics) {
    Path root = realRoot(contentDir);
    Optional<SiteConfig> site = loadSite(root, diagnostics);
    FieldPositions positions = new FieldPositions();
    ConcurrentLinkedQueue<RequestDraft> drafts = new ConcurrentLinkedQueue<>();
    BodyParser bodyParser = bodyParser(site);
    RequestLoader requestLoader = requestLoader(site, bodyParser, positions, drafts::add);
    List<Found> files = walk(root, diagnostics);

    ConcurrentLinkedQueue<Request> requests = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<ActSection> sections = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<PublishedSource> sources = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Page> pages = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<LoadedContent.FileReferences> references = new ConcurrentLinkedQueue<>();
    FileDigests digests = new FileDigests();
    files.parallelStream()
        .forEach(
            found -> {
              if (found.folder() == Folder.REQUESTS) {
                Optional<Request> cached = fromCache(found, requestLoader, positions, digests);
                if (cached.isPresent()) {
                  requests.add(cached.get());
                  return;
                }
              }
              byte[] bytes;
              try {
                bytes = TextReader.bytes(found.file());
              } catch (UncheckedIOException e) {
                diagnostics.add(
                    Diagnostic.error(
                        found.path(), 0, 0, "cannot read the file: " + e.getCause().getMessage()));
                return;
              }
              try {
                if (found.folder() == Folder.REQUESTS) {
                  loadRequest(found, bytes, requestLoader, positions, digests, diagnostics)
                      .ifPresent(requests::add);
                  return;
                }
                if (bodies.keeps()) {
                  digests.put(found.path(), Digests.sha256(bytes));
                }
                TextReader.decode(bytes, found.file(), found.path(), diagnostics)
                    .ifPresent(
                        source -> {
                          switch (found.folder()) {
                            case SECTIONS ->
                                ActSectionLoader.load(source, diagnostics, positions)
                                    .ifPresent(sections::add);
                            case PUBLISHED ->
                                PublishedSourceLoader.load(source, diagnostics)
                                    .ifPresent(sources::add);
                            case PAGES ->
                                PageLoader.load(source, diagnostics).ifPresent(pages::add);
                            default -> throw new IllegalStateException("requests load above");
                          }
                          readBody(source, found.folder(), bodyParser, diagnostics)
                              .ifPresent(references::add);
                        });
              } catch (RuntimeException | StackOverflowError e) {
                throw new FileProcessingException(found.path(), e);
              }
            });
    return new LoadedContent(
        site,
        List.copyOf(requests),
        List.copyOf(sections),
        List.copyOf(sources),
        List.copyOf(pages),
        List.copyOf(references),
        List.copyOf(drafts),
        positions,
        digests);
  }

  /**
   * Reads one request file again as {@link #load} would, for a preview: {@code loaded} is what the
   * last load gave, and the result is the same with this file's request, draft, digest and field
   * positions in place of the old ones (the positions and digests are updated in place). The file's
   * problems go to {@code diagnostics}; a file that cannot be read counts as gone.
   *
   * @param path the file's path in the content folder, as {@link #load} names it
   */
  public LoadedContent reloadRequest(
      Path contentDir, LoadedContent loaded, String path, Diagnostics diagnostics) {
    Path file = realRoot(contentDir).resolve(path);
    List<RequestDraft> drafts = new ArrayList<>();
    FieldPositions positions = loaded.positions();
    positions.forget(path);
    Optional<Request> request = Optional.empty();
    try {
      byte[] bytes = TextReader.bytes(file);
      loaded.digests().put(path, Digests.sha256(bytes));
      RequestLoader requestLoader =
          requestLoader(loaded.site(), bodyParser(loaded.site()), positions, drafts::add);
      request =
          TextReader.decode(bytes, file, path, diagnostics)
              .flatMap(source -> requestLoader.load(source, diagnostics));
    } catch (UncheckedIOException e) {
      diagnostics.add(
          Diagnostic.error(path, 0, 0, "cannot read the file: " + e.getCause().getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      throw new FileProcessingException(path, e);
    }
    return loaded.withRequest(path, request, drafts);
  }

  private BodyParser bodyParser(Optional<SiteConfig> site) {
    return new BodyParser(markdown, new SiteUrls(site.map(SiteConfig::basePath).orElse("/")));
  }

  private RequestLoader requestLoader(
      Optional<SiteConfig> site,
      BodyParser bodyParser,
      FieldPositions positions,
      Consumer<RequestDraft> drafts) {
    List<String> allowlist = site.map(SiteConfig::contactAllowlist).orElse(List.of());
    return new RequestLoader(
        bodyReader,
        new PersonalDataCheck(new PersonalDataScanner(allowlist)),
        positions,
        drafts,
        bodyParser,
        bodies);
  }

  /** A request from the cache, if this build hashed its file already and the cache holds it. */
  private Optional<Request> fromCache(
      Found found, RequestLoader requestLoader, FieldPositions positions, FileDigests digests) {
    byte[] known = knownDigests.get(found.path());
    if (known == null || !cache.keeps()) {
      return Optional.empty();
    }
    Optional<Request> cached = cache.take(found.path(), known, positions, bodies);
    cached.ifPresent(
        request -> {
          digests.put(found.path(), known);
          requestLoader.drafted(RequestDraft.of(request));
        });
    return cached;
  }

  /**
   * A request from the cache if its file is unchanged, else read; a file read without a problem is
   * recorded in the cache for the next build.
   */
  private Optional<Request> loadRequest(
      Found found,
      byte[] bytes,
      RequestLoader requestLoader,
      FieldPositions positions,
      FileDigests digests,
      Diagnostics diagnostics) {
    // the pages made from a file are made again only when its digest changes. It is taken of the
    // bytes read here, not from the inputs read before: a file edited between the two must not be
    // cached, or keyed, under the digest of its old bytes
    byte[] digest = cache.keeps() || bodies.keeps() ? Digests.sha256(bytes) : null;
    if (digest != null) {
      digests.put(found.path(), digest);
    }
    if (digest != null && cache.keeps()) {
      Optional<Request> cached = cache.take(found.path(), digest, positions, bodies);
      if (cached.isPresent()) {
        requestLoader.drafted(RequestDraft.of(cached.get()));
        return cached;
      }
    }
    Diagnostics problems = new Diagnostics();
    Optional<Request> request =
        TextReader.decode(bytes, found.file(), found.path(), problems)
            .flatMap(source -> requestLoader.load(source, problems));
    if (cache.keeps() && request.isPresent() && problems.sorted().isEmpty()) {
      cache.keep(found.path(), digest, request.get(), positions, bodies);
    }
    problems.sorted().forEach(diagnostics::add);
    return request;
  }

  /**
   * Checks the body of a file other than a request's, keeps what its page and the index show of it,
   * and gives the cross-references it makes.
   */
  private Optional<LoadedContent.FileReferences> readBody(
      SourceFile source, Folder folder, BodyParser parser, Diagnostics diagnostics) {
    // the body's own problems are reported here, once; front-matter problems by the loader
    return FrontMatter.split(source, new Diagnostics())
        .map(fm -> bodyReader.read(source.path(), fm.body(), fm.bodyLine(), diagnostics))
        .map(
            result -> {
              if (bodies.keeps()) {
                if (folder == Folder.SECTIONS) {
                  bodies.putSection(source.path(), parser.section(result.document()));
                } else {
                  bodies.putWhole(source.path(), parser.whole(result.document()));
                }
              }
              return new LoadedContent.FileReferences(source.path(), result.references());
            });
  }

  private static Path realRoot(Path contentDir) {
    try {
      return contentDir.toRealPath();
    } catch (IOException e) {
      throw new UncheckedIOException("content folder not found: " + contentDir, e);
    }
  }

  private static Optional<SiteConfig> loadSite(Path root, Diagnostics diagnostics) {
    Path file = root.resolve("site.yaml");
    if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.add(
          Diagnostic.error("site.yaml", 0, 0, "site.yaml is missing")
              .withHint("create content/site.yaml with title, authority and base-url"));
      return Optional.empty();
    }
    return TextReader.read(file, "site.yaml", diagnostics)
        .flatMap(source -> SiteConfigLoader.load(source, diagnostics));
  }

  /**
   * Every Markdown file in a known folder, in name order; links leading outside are never followed.
   */
  private static List<Found> walk(Path root, Diagnostics diagnostics) {
    List<Found> found = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted().forEach(file -> classify(root, file, diagnostics).ifPresent(found::add));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
    return found;
  }

  private static Optional<Found> classify(Path root, Path file, Diagnostics diagnostics) {
    Path relative = root.relativize(file);
    String path = relative.toString().replace(java.io.File.separatorChar, '/');
    if (relative.toString().isEmpty() || isHidden(relative)) {
      return Optional.empty();
    }
    if (Files.isSymbolicLink(file)) {
      if (!leadsInside(root, file)) {
        diagnostics.add(
            Diagnostic.error(
                    path, 0, 0, "symbolic link leads outside the content folder; not followed")
                .withHint("copy the file into content/ instead of linking to it"));
        return Optional.empty();
      }
      if (Files.isDirectory(file)) {
        diagnostics.add(
            Diagnostic.warning(path, 0, 0, "symbolic link to a folder is not followed")
                .withHint("move the folder into place instead"));
        return Optional.empty();
      }
    }
    if (Files.isDirectory(file)) {
      return Optional.empty();
    }
    if (!path.endsWith(".md")) {
      if (!path.equals("site.yaml") && !isEditorLeftover(relative.getFileName().toString())) {
        diagnostics.add(unknownFile(path));
      }
      return Optional.empty();
    }
    String top = relative.getNameCount() > 1 ? relative.getName(0).toString() : "";
    Folder folder =
        switch (top) {
          case "requests" -> Folder.REQUESTS;
          case "sections" -> relative.getNameCount() == 2 ? Folder.SECTIONS : null;
          case "published" -> relative.getNameCount() == 2 ? Folder.PUBLISHED : null;
          case "pages" -> relative.getNameCount() == 2 ? Folder.PAGES : null;
          default -> null;
        };
    if (folder == null) {
      diagnostics.add(
          Diagnostic.warning(path, 0, 0, "not part of the log, ignored")
              .withHint(
                  "requests go under requests/ (sub-folders allowed); sections, published"
                      + " sources and pages go directly in sections/, published/ and pages/"));
      return Optional.empty();
    }
    return Optional.of(new Found(file, path, folder));
  }

  /**
   * A file the format has no place for is never copied to the site: an .svg or .html beside a page
   * could carry script, and a stray file published by accident could hold anything.
   */
  private static Diagnostic unknownFile(String path) {
    return Diagnostic.warning(
            path, 0, 0, "foikb does not publish files it does not know; this one is ignored")
        .withHint(
            "content/ holds only site.yaml and Markdown (.md) files; images are not published, so"
                + " put the document on a public address and link to it, or remove the file");
  }

  /**
   * Whether a build passes over the file at {@code path} (in the content folder) without a word: a
   * hidden file or one an editor left beside the file being edited.
   */
  public static boolean passesOver(String path) {
    Path relative = Path.of(path);
    return isHidden(relative) || isEditorLeftover(relative.getFileName().toString());
  }

  /** Backups that editors leave beside the file being edited: "x.md~", "#x.md#", "x.md.swp". */
  private static boolean isEditorLeftover(String name) {
    return name.endsWith("~")
        || (name.startsWith("#") && name.endsWith("#"))
        || name.endsWith(".swp")
        || name.endsWith(".bak");
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean leadsInside(Path root, Path link) {
    try {
      return link.toRealPath().startsWith(root);
    } catch (IOException e) {
      return false;
    }
  }
}
