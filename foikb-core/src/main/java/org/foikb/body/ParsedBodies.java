package org.foikb.body;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Every body of a log as the load stage parsed it, by the path of its file, for the pages and the
 * search index to read in place of the file. Request bodies, nearly all of a log's text, are kept
 * in a temporary file rather than on the heap: at 100,000 requests their HTML and text would take
 * most of it. Safe to use from many threads.
 */
public final class ParsedBodies implements AutoCloseable {
  /**
   * Where a request's body lies in the file: the next build's load cache records it, and checks the
   * bytes it copies from there against {@code crc}.
   */
  public record Place(long offset, int length, long crc) {}

  private final FileChannel spill;
  private final Path keptFile;
  private final boolean appends;
  private boolean kept;
  private final Map<String, Place> requestPlaces = new ConcurrentHashMap<>();
  private final Map<String, SectionBody> sections = new ConcurrentHashMap<>();
  private final Map<String, BodyPart> wholeBodies = new ConcurrentHashMap<>();

  private ParsedBodies(FileChannel spill, Path keptFile, boolean appends) {
    this.spill = spill;
    this.keptFile = keptFile;
    this.appends = appends;
  }

  /** A store for a build that renders: it keeps every body until closed, then forgets them. */
  public static ParsedBodies kept() {
    try {
      Path file = Files.createTempFile("foikb-bodies-", ".bin");
      return new ParsedBodies(
          FileChannel.open(
              file,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE,
              StandardOpenOption.DELETE_ON_CLOSE),
          null,
          false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a temporary file for the parsed bodies", e);
    }
  }

  /**
   * A store whose request bodies outlive the build, for the next one's load cache: they are written
   * beside {@code file} and take its name when {@link #keep} is called, so that until then the last
   * build's file is there to be read. Closed without being kept, it removes what it wrote; the
   * folder is the load cache's, which {@link org.foikb.load.LoadCache} makes and removes.
   */
  public static ParsedBodies keptIn(Path file) {
    try {
      return new ParsedBodies(
          FileChannel.open(
              beside(file),
              StandardOpenOption.CREATE,
              StandardOpenOption.TRUNCATE_EXISTING,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE),
          file,
          false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the parsed bodies to " + beside(file), e);
    }
  }

  /**
   * A store that adds this build's request bodies to the end of {@code file}, which the last build
   * kept: a body it has there already is {@linkplain #adopt adopted} where it lies rather than
   * copied. What was in the file is never written over, so the last build's index still describes
   * it until this build's takes its place; the file is kept whether or not the build is.
   */
  public static ParsedBodies appendingTo(Path file) {
    try {
      return new ParsedBodies(
          FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE), null, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot add parsed bodies to " + file, e);
    }
  }

  private static Path beside(Path file) {
    return file.resolveSibling(file.getFileName() + ".new");
  }

  /**
   * Puts this build's file in the place of the last build's, or, for a store that adds to that
   * file, makes sure what it added is written before the index that points to it.
   */
  public void keep() {
    if (appends) {
      try {
        spill.force(false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep the parsed bodies added to the cache", e);
      }
    } else if (keptFile != null) {
      try {
        spill.force(false);
        Files.move(beside(keptFile), keptFile, StandardCopyOption.REPLACE_EXISTING);
        kept = true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot keep the parsed bodies in " + keptFile, e);
      }
    }
  }

  /** For a run that only checks: nothing is kept, so the loader need not make the parts. */
  public static ParsedBodies none() {
    return new ParsedBodies(null, null, false);
  }

  /** Whether this store adds to the file the last build kept, so that its bodies can be adopted. */
  public boolean appends() {
    return appends;
  }

  /** Whether what is put here is kept. */
  public boolean keeps() {
    return spill != null;
  }

  public void putRequest(String path, RequestBody body) {
    if (keeps()) {
      putEncoded(path, encode(body));
    }
  }

  /** Puts a request body as {@link #encoded} gave it, from an earlier build's file. */
  public void putEncoded(String path, byte[] bytes) {
    if (keeps()) {
      requestPlaces.put(path, new Place(append(bytes), bytes.length, crc(bytes)));
    }
  }

  /**
   * Takes as this build's the body at {@code place} in the file this store {@linkplain #appendingTo
   * adds to}, which the caller has checked.
   */
  public void adopt(String path, Place place) {
    if (!appends) {
      throw new IllegalStateException("only a store that adds to the last file can adopt " + path);
    }
    requestPlaces.put(path, place);
  }

  /** Where a request's body was put, if it was. */
  public Optional<Place> place(String path) {
    return Optional.ofNullable(requestPlaces.get(path));
  }

  /**
   * The bytes at {@code place} in a file an earlier build kept, if they are still what it put
   * there; nothing if they were changed, cut short or lost.
   */
  public static Optional<byte[]> encoded(FileChannel file, Place place) {
    try {
      ByteBuffer bytes = ByteBuffer.allocate(place.length());
      readFully(file, bytes, place.offset());
      return crc(bytes.array()) == place.crc() ? Optional.of(bytes.array()) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  private static void readFully(FileChannel file, ByteBuffer bytes, long offset)
      throws IOException {
    while (bytes.hasRemaining()) {
      if (file.read(bytes, offset + bytes.position()) < 0) {
        throw new IOException("the file ends early");
      }
    }
  }

  public void putSection(String path, SectionBody body) {
    if (keeps()) {
      sections.put(path, body);
    }
  }

  /** A body shown whole: a published source's, a free page's. */
  public void putWhole(String path, BodyPart body) {
    if (keeps()) {
      wholeBodies.put(path, body);
    }
  }

  public RequestBody request(String path) {
    Place place = found(requestPlaces.get(path), path);
    ByteBuffer bytes = ByteBuffer.allocate(place.length());
    try {
      readFully(spill, bytes, place.offset());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the parsed body of " + path, e);
    }
    return decode(bytes.flip());
  }

  public SectionBody section(String path) {
    return found(sections.get(path), path);
  }

  public BodyPart whole(String path) {
    return found(wholeBodies.get(path), path);
  }

  private static <T> T found(T body, String path) {
    if (body == null) {
      throw new IllegalStateException("no parsed body for " + path);
    }
    return body;
  }

  private synchronized long append(byte[] bytes) {
    try {
      long at = spill.size();
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        spill.write(buffer, at + buffer.position());
      }
      return at;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep a parsed body in the temporary file", e);
    }
  }

  @Override
  public void close() {
    if (spill != null) {
      try {
        spill.close();
        if (keptFile != null && !kept) {
          Files.deleteIfExists(beside(keptFile));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove the temporary file of parsed bodies", e);
      }
    }
  }

  private static byte[] encode(RequestBody body) {
    byte[][] strings = new byte[4 + 2 * body.answers().size()][];
    int[] numbers = new int[body.answers().size()];
    strings[0] = utf8(body.intro().html());
    strings[1] = utf8(body.intro().text());
    strings[2] = utf8(body.closing().html());
    strings[3] = utf8(body.closing().text());
    int s = 4;
    int a = 0;
    for (Map.Entry<Integer, BodyPart> answer : body.answers().entrySet()) {
      numbers[a++] = answer.getKey();
      strings[s++] = utf8(answer.getValue().html());
      strings[s++] = utf8(answer.getValue().text());
    }
    int size = 4 + 4 * numbers.length + 4 * strings.length;
    for (byte[] string : strings) {
      size += string.length;
    }
    ByteBuffer out = ByteBuffer.allocate(size).putInt(numbers.length);
    for (int number : numbers) {
      out.putInt(number);
    }
    for (byte[] string : strings) {
      out.putInt(string.length).put(string);
    }
    return out.array();
  }

  private static RequestBody decode(ByteBuffer in) {
    int[] numbers = new int[in.getInt()];
    for (int i = 0; i < numbers.length; i++) {
      numbers[i] = in.getInt();
    }
    BodyPart intro = new BodyPart(string(in), string(in));
    BodyPart closing = new BodyPart(string(in), string(in));
    SortedMap<Integer, BodyPart> answers = new TreeMap<>();
    for (int number : numbers) {
      answers.put(number, new BodyPart(string(in), string(in)));
    }
    return new RequestBody(intro, answers, closing);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    String text = new String(in.array(), in.position(), length, StandardCharsets.UTF_8);
    in.position(in.position() + length);
    return text;
  }
}
