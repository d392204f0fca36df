package org.foikb.load;

import static org.foikb.digest.Digests.sha256;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.foikb.body.ParsedBodies;
import org.foikb.digest.ChecksummedFile;
import org.foikb.model.CrossReference;
import org.foikb.model.Outcome;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * What the last build learnt from each request file that it found nothing wrong with: the request,
 * the positions of its fields, and where its parsed body lies in the bodies the build kept. A file
 * whose bytes hash to what the cache recorded is taken from it, not read again: no YAML, personal
 * data scan or Markdown. Files with any warning are always read again, so their warnings are given
 * every time.
 *
 * <p>The cache is trusted only if everything it holds checks: its header names this foikb (the code
 * itself, for snapshots) and this {@code site.yaml} (the allow-list and base path change how a
 * request loads), each shard of the index matches its checksum, and each body matches its own.
 * Otherwise it is ignored, with a note saying why, and every file is read.
 *
 * <p>In the cache folder: {@code bodies.bin}, the request bodies as {@link ParsedBodies} wrote
 * them, each build adding those of the files it read (see {@link #newBodies}); {@code
 * requests-00.bin} to {@code requests-63.bin}, the index, a file's entry in the shard its path's
 * hash picks (see {@link #save}); {@code lock}, locked while a build uses the folder, so that a
 * second build at the same time reads every file and keeps nothing there rather than write over the
 * files the first is reading.
 */
public final class LoadCache implements AutoCloseable {
  private static final String FORMAT = "foikb load cache 2";
  static final String BODIES = "bodies.bin";

  /**
   * How many files the index is split into, by the hash of a file's path: a build reads them in
   * parallel and writes again only those whose entries changed.
   */
  private static final int SHARDS = 64;

  /** The index of an older foikb, in one file, which the first build with shards removes. */
  private static final String OLD_INDEX = "requests.bin";

  private static final String LOCK = "lock";

  /** A request file as the last build left it. */
  record Entry(
      byte[] digest,
      Request request,
      Map<String, FieldPositions.Position> positions,
      ParsedBodies.Place body) {}

  private final Path folder;
  private final String key;

  /** The last build's entries, shard by shard. */
  private final List<Map<String, Entry>> found;

  private final FileChannel oldBodies;

  /** Whether this build adds to the last build's bodies, which then stay where they are. */
  private final boolean appends;

  private final Map<String, Entry> kept = new ConcurrentHashMap<>();
  private final AtomicIntegerArray takenIn = new AtomicIntegerArray(SHARDS);
  private final AtomicIntegerArray readIn = new AtomicIntegerArray(SHARDS);
  private final AtomicInteger taken = new AtomicInteger();
  private final AtomicInteger damaged = new AtomicInteger();

  /** Held while a build uses the cache: two builds sharing one would spoil each other's files. */
  private final Lock lock;

  private boolean saved;

  private LoadCache(
      Path folder, String key, List<Map<String, Entry>> found, FileChannel oldBodies, Lock lock) {
    this.folder = folder;
    this.key = key;
    this.found = found;
    this.oldBodies = oldBodies;
    this.lock = lock;
    this.appends = addsToOldBodies();
  }

  private static List<Map<String, Entry>> noEntries() {
    return Collections.nCopies(SHARDS, Map.of());
  }

  private static int shard(String path) {
    return Math.floorMod(path.hashCode(), SHARDS);
  }

  private static String indexName(int shard) {
    return String.format(Locale.ROOT, "requests-%02d.bin", shard);
  }

  /** The file of the cache in {@code folder} that holds the entry of the file at {@code path}. */
  public static Path indexFileOf(Path folder, String path) {
    return folder.resolve(indexName(shard(path)));
  }

  /**
   * Where this build keeps the request bodies it parses or takes: beside the cache's bodies when
   * the last build's are to be compacted (or there are none), else added to them, so that the
   * bodies of unchanged files stay where they are and only edited files' bodies are written. Most
   * of the file is garbage once half of it is bodies no index points to; then it is compacted.
   * Without a cache folder, a temporary file.
   */
  public ParsedBodies newBodies() {
    if (folder == null) {
      return ParsedBodies.kept();
    }
    Path file = folder.resolve(BODIES);
    return appends ? ParsedBodies.appendingTo(file) : ParsedBodies.keptIn(file);
  }

  private boolean addsToOldBodies() {
    if (oldBodies == null) {
      return false;
    }
    long live = 0;
    for (Map<String, Entry> shard : found) {
      for (Entry entry : shard.values()) {
        live += entry.body().length();
      }
    }
    if (live == 0) {
      return false;
    }
    try {
      return 2 * live >= oldBodies.size();
    } catch (IOException e) {
      return false;
    }
  }

  /** No cache: nothing is found, nothing kept. */
  public static LoadCache none() {
    return new LoadCache(null, "", noEntries(), null, null);
  }

  /** The lock on a cache folder, and whether taking it made the folder. */
  private record Lock(FileChannel file, FileLock held, boolean madeFolder) {
    /** The lock, or nothing if another build holds it. */
    static Optional<Lock> take(Path folder) throws IOException {
      boolean made = !Files.isDirectory(folder);
      Files.createDirectories(folder);
      FileChannel file =
          FileChannel.open(
              folder.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock held;
      try {
        held = file.tryLock();
      } catch (OverlappingFileLockException e) {
        held = null;
      }
      if (held == null) {
        file.close();
        return Optional.empty();
      }
      return Optional.of(new Lock(file, held, made));
    }
  }

  /**
   * The cache in {@code folder}, for content whose {@code site.yaml} holds {@code siteYaml}, made
   * by the foikb {@code code} names; with {@code trust} false, or if the cache cannot be trusted,
   * it starts empty (and {@code notes} is told why, in the second case). Either way this build's
   * findings are kept there by {@link #save}.
   */
  public static LoadCache open(
      Path folder, String code, byte[] siteYaml, boolean trust, Consumer<String> notes) {
    String key = code + "\n" + hex(sha256(siteYaml));
    Lock lock;
    try {
      Optional<Lock> taken = Lock.take(folder);
      if (taken.isEmpty()) {
        notes.accept(
            "another build is using the load cache in "
                + folder
                + "; this one reads every file and keeps nothing there");
        return none();
      }
      lock = taken.get();
    } catch (IOException e) {
      notes.accept(
          "the load cache in " + folder + " cannot be used (" + e + "); every file is read");
      return none();
    }
    if (!trust || !Files.exists(folder.resolve(indexName(0)))) {
      return new LoadCache(folder, key, noEntries(), null, lock);
    }
    try {
      List<Map<String, Entry>> entries = readIndex(folder, key);
      FileChannel bodies = FileChannel.open(folder.resolve(BODIES), StandardOpenOption.READ);
      return new LoadCache(folder, key, entries, bodies, lock);
    } catch (Untrusted e) {
      notes.accept("the load cache in " + folder + " was ignored: " + e.getMessage());
    } catch (NoSuchFileException e) {
      notes.accept("the load cache in " + folder + " was ignored: part of it is missing");
    } catch (IOException e) {
      notes.accept(
          "the load cache in " + folder + " was ignored: it could not be read (" + e + ")");
    }
    return new LoadCache(folder, key, noEntries(), null, lock);
  }

  /** A shard of the index as read: its entries, or why they cannot be had. */
  private record ShardRead(Map<String, Entry> entries, Exception failure) {}

  /** Every shard of the index, read in parallel; the first that fails, in shard order, says why. */
  private static List<Map<String, Entry>> readIndex(Path folder, String key)
      throws IOException, Untrusted {
    List<ShardRead> shards =
        IntStream.range(0, SHARDS)
            .parallel()
            .mapToObj(
                shard -> {
                  try {
                    return new ShardRead(read(folder.resolve(indexName(shard)), key), null);
                  } catch (IOException | Untrusted e) {
                    return new ShardRead(null, e);
                  }
                })
            .toList();
    List<Map<String, Entry>> entries = new ArrayList<>(SHARDS);
    for (ShardRead shard : shards) {
      if (shard.failure() instanceof IOException e) {
        throw e;
      }
      if (shard.failure() instanceof Untrusted e) {
        throw e;
      }
      entries.add(shard.entries());
    }
    return entries;
  }

  /** How many request files were taken from the cache rather than read. */
  public int taken() {
    return taken.get();
  }

  /** How many request files the cache had, unchanged, but whose kept body failed its check. */
  public int damaged() {
    return damaged.get();
  }

  /** Where the cache is, if anywhere. */
  public Optional<Path> folder() {
    return Optional.ofNullable(folder);
  }

  /** Whether this cache keeps anything for the next build. */
  boolean keeps() {
    return folder != null;
  }

  /**
   * The last build's findings for a file whose bytes hash to {@code digest}, its body put in {@code
   * bodies} (copied, or adopted where it lies if they add to the last build's file); nothing if the
   * file changed or its body is no longer what was kept.
   */
  Optional<Request> take(
      String path, byte[] digest, FieldPositions positions, ParsedBodies bodies) {
    int shard = shard(path);
    Entry entry = found.get(shard).get(path);
    if (entry == null || !Arrays.equals(entry.digest(), digest)) {
      return Optional.empty();
    }
    Optional<byte[]> body = ParsedBodies.encoded(oldBodies, entry.body());
    if (body.isEmpty()) {
      damaged.incrementAndGet();
      return Optional.empty();
    }
    if (bodies.appends()) {
      bodies.adopt(path, entry.body());
    } else {
      bodies.putEncoded(path, body.get());
    }
    positions.restore(path, entry.positions());
    kept.put(path, new Entry(digest, entry.request(), entry.positions(), bodies.place(path).get()));
    taken.incrementAndGet();
    takenIn.incrementAndGet(shard);
    return Optional.of(entry.request());
  }

  /** Records a file loaded without any problem, once its body is in {@code bodies}. */
  void keep(
      String path, byte[] digest, Request request, FieldPositions positions, ParsedBodies bodies) {
    if (keeps()) {
      bodies
          .place(path)
          .ifPresent(
              place -> {
                kept.put(path, new Entry(digest, request, positions.inFile(path), place));
                readIn.incrementAndGet(shard(path));
              });
    }
  }

  /**
   * Writes the index of what this build kept, once {@code bodies} hold it. Only the shards whose
   * entries changed are written, unless the bodies were compacted: then every place changed, and
   * the old shards are removed first, so that a build stopped halfway leaves a cache whose checks
   * fail rather than one that lies. Each shard is written under a new name, then renamed, after the
   * bodies it points to are kept; bodies added to are never written over, so old and new shards
   * both tell the truth of them.
   */
  public void save(ParsedBodies bodies) {
    if (!keeps()) {
      return;
    }
    List<Integer> changed =
        IntStream.range(0, SHARDS)
            .filter(
                s ->
                    !appends
                        || readIn.get(s) > 0
                        || takenIn.get(s) != found.get(s).size()
                        || !Files.exists(folder.resolve(indexName(s))))
            .boxed()
            .toList();
    Map<Integer, List<Map.Entry<String, Entry>>> byShard = new HashMap<>();
    changed.forEach(s -> byShard.put(s, new ArrayList<>()));
    for (Map.Entry<String, Entry> entry : kept.entrySet()) {
      List<Map.Entry<String, Entry>> shard = byShard.get(shard(entry.getKey()));
      if (shard != null) {
        shard.add(entry);
      }
    }
    try {
      Files.createDirectories(folder);
      if (!appends) {
        for (int s = 0; s < SHARDS; s++) {
          Files.deleteIfExists(folder.resolve(indexName(s)));
        }
      }
      changed.parallelStream().forEach(s -> writeShard(s, byShard.get(s)));
      bodies.keep();
      for (int s : changed) {
        Files.move(written(s), folder.resolve(indexName(s)), StandardCopyOption.REPLACE_EXISTING);
      }
      Files.deleteIfExists(folder.resolve(OLD_INDEX));
      saved = true;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the load cache in " + folder, e);
    }
  }

  private Path written(int shard) {
    return folder.resolve(indexName(shard) + ".new");
  }

  private void writeShard(int shard, List<Map.Entry<String, Entry>> entries) {
    try {
      ChecksummedFile.write(
          written(shard),
          out -> {
            writeString(out, FORMAT);
            writeString(out, key);
            out.writeInt(entries.size());
            for (Map.Entry<String, Entry> entry : entries) {
              writeString(out, entry.getKey());
              write(out, entry.getValue());
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the load cache in " + folder, e);
    }
  }

  @Override
  public void close() {
    try {
      if (oldBodies != null) {
        oldBodies.close();
      }
      if (lock != null) {
        lock.held().release();
        lock.file().close();
        // a build that made the folder and kept nothing in it leaves nothing behind
        if (lock.madeFolder() && !saved) {
          Files.deleteIfExists(folder.resolve(LOCK));
          try (var left = Files.list(folder)) {
            if (left.findAny().isEmpty()) {
              Files.delete(folder);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the load cache in " + folder, e);
    }
  }

  /** Why a cache is not used, in a reader's words. */
  private static final class Untrusted extends Exception {
    Untrusted(String why) {
      super(why, null, false, false);
    }
  }

  private static Map<String, Entry> read(Path index, String key) throws IOException, Untrusted {
    CRC32 crc = new CRC32();
    try (InputStream file = new BufferedInputStream(Files.newInputStream(index), 1 << 16);
        CheckedInputStream checked = new CheckedInputStream(file, crc)) {
      DataInputStream in = new DataInputStream(checked);
      if (!FORMAT.equals(readHeader(in))) {
        throw new Untrusted("it is not a foikb load cache, or one from another version");
      }
      if (!key.equals(readString(in))) {
        throw new Untrusted("it was made by another foikb or for another site.yaml");
      }
      int count = in.readInt();
      Map<String, Entry> entries = new HashMap<>(Math.max(16, count * 2));
      for (int i = 0; i < count; i++) {
        entries.put(readString(in), readEntry(in));
      }
      long computed = crc.getValue();
      if (new DataInputStream(file).readLong() != computed || file.read() != -1) {
        throw new Untrusted("it has been changed since it was written");
      }
      return entries;
    } catch (EOFException | RuntimeException e) {
      // a count, name or date that no writer would have written
      throw new Untrusted("it is cut short or damaged");
    }
  }

  /** The header's first string, or null if the file does not start like one. */
  private static String readHeader(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length != FORMAT.length()) {
      return null;
    }
    byte[] bytes = in.readNBytes(length);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void write(DataOutputStream out, Entry entry) throws IOException {
    out.write(entry.digest());
    Request request = entry.request();
    writeString(out, request.path());
    writeString(out, request.reference());
    writeString(out, request.title());
    writeDate(out, request.received());
    out.writeLong(request.responded().toEpochDay());
    writeStrings(out, request.topics());
    writeOptional(out, request.summary());
    writeOptional(out, request.supersedes());
    out.writeInt(request.questions().size());
    for (Question question : request.questions()) {
      out.writeInt(question.number());
      writeString(out, question.ask());
      writeString(out, question.outcome().name());
      writeStrings(out, question.sectionIds());
      out.writeInt(question.line());
    }
    out.writeInt(request.bodyLine());
    out.writeInt(request.answered().size());
    for (int answered : request.answered()) {
      out.writeInt(answered);
    }
    out.writeInt(request.references().size());
    for (CrossReference reference : request.references()) {
      writeString(out, reference.kind().name());
      writeString(out, reference.target());
      out.writeInt(reference.question());
      out.writeInt(reference.answer());
      out.writeInt(reference.line());
      out.writeInt(reference.column());
    }
    out.writeInt(entry.positions().size());
    for (Map.Entry<String, FieldPositions.Position> position : entry.positions().entrySet()) {
      writeString(out, position.getKey());
      out.writeInt(position.getValue().line());
      out.writeInt(position.getValue().column());
    }
    out.writeLong(entry.body().offset());
    out.writeInt(entry.body().length());
    out.writeLong(entry.body().crc());
  }

  private static Entry readEntry(DataInputStream in) throws IOException {
    byte[] digest = in.readNBytes(32);
    String path = readString(in);
    String reference = readString(in);
    String title = readString(in);
    Optional<LocalDate> received = readDate(in);
    LocalDate responded = LocalDate.ofEpochDay(in.readLong());
    List<String> topics = readStrings(in);
    Optional<String> summary = readOptional(in);
    Optional<String> supersedes = readOptional(in);
    List<Question> questions = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      questions.add(
          new Question(
              in.readInt(),
              readString(in),
              Outcome.valueOf(readString(in)),
              readStrings(in),
              in.readInt()));
    }
    int bodyLine = in.readInt();
    List<Integer> answered = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      answered.add(in.readInt());
    }
    List<CrossReference> references = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      references.add(
          new CrossReference(
              CrossReference.Kind.valueOf(readString(in)),
              readString(in),
              in.readInt(),
              in.readInt(),
              in.readInt(),
              in.readInt()));
    }
    Map<String, FieldPositions.Position> positions = new LinkedHashMap<>();
    for (int i = count(in); i > 0; i--) {
      positions.put(readString(in), new FieldPositions.Position(in.readInt(), in.readInt()));
    }
    ParsedBodies.Place body = new ParsedBodies.Place(in.readLong(), in.readInt(), in.readLong());
    Request request =
        new Request(
            path,
            reference,
            title,
            received,
            responded,
            topics,
            summary,
            supersedes,
            questions,
            bodyLine,
            answered,
            references);
    return new Entry(digest, request, positions, body);
  }

  private static int count(DataInputStream in) throws IOException {
    int count = in.readInt();
    if (count < 0 || count > 1 << 24) {
      throw new IllegalArgumentException("a count out of range");
    }
    return count;
  }

  private static void writeString(DataOutputStream out, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = count(in);
    byte[] bytes = in.readNBytes(length);
    if (bytes.length < length) {
      throw new EOFException();
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void writeStrings(DataOutputStream out, List<String> texts) throws IOException {
    out.writeInt(texts.size());
    for (String text : texts) {
      writeString(out, text);
    }
  }

  private static List<String> readStrings(DataInputStream in) throws IOException {
    List<String> texts = new ArrayList<>();
    for (int i = count(in); i > 0; i--) {
      texts.add(readString(in));
    }
    return texts;
  }

  private static void writeOptional(DataOutputStream out, Optional<String> text)
      throws IOException {
    out.writeBoolean(text.isPresent());
    if (text.isPresent()) {
      writeString(out, text.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(readString(in)) : Optional.empty();
  }

  private static void writeDate(DataOutputStream out, Optional<LocalDate> date) throws IOException {
    out.writeBoolean(date.isPresent());
    if (date.isPresent()) {
      out.writeLong(date.get().toEpochDay());
    }
  }

  private static Optional<LocalDate> readDate(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(LocalDate.ofEpochDay(in.readLong())) : Optional.empty();
  }

  private static String hex(byte[] bytes) {
    return java.util.HexFormat.of().formatHex(bytes);
  }
}
