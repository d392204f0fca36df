package org.foikb.search;

import static org.foikb.digest.Digests.sha256;
import static org.foikb.digest.Digests.update;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import org.foikb.digest.ChecksummedFile;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Question;
import org.foikb.model.Request;

/**
 * The "asked before" lists a build found, kept for the next: finding them is the longest stage of a
 * large build, and most edits (an answer's wording, a section, a source) change nothing they are
 * made from. They are kept under a digest of all they are made from, the questions, titles,
 * summaries and topics of every request in log order, the site's settings and foikb itself; a file
 * under another digest, or one that fails its checksum, is not used.
 */
public final class SimilarQuestionsFile {
  private static final String FORMAT = "foikb asked before 1";

  private SimilarQuestionsFile() {}

  /** What the lists of {@code log} are made from, as one digest; {@code code} names foikb. */
  public static String inputs(DisclosureLog log, String code) {
    MessageDigest sha = sha256();
    update(sha, FORMAT);
    update(sha, code);
    update(sha, String.valueOf(SimilarQuestions.THRESHOLD));
    // the record's text names every setting, the thesaurus's synonyms among them
    update(sha, log.site().toString());
    for (Request request : log.requests()) {
      update(sha, request.reference());
      update(sha, request.title());
      update(sha, request.summary().orElse(""));
      update(sha, String.join("\n", request.topics()));
      for (Question question : request.questions()) {
        update(sha, question.number() + " " + question.ask());
      }
      update(sha, "end of request");
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  /**
   * The lists kept in {@code file} for these inputs, if it holds them and they check; {@code notes}
   * is told why a file for these inputs could not be used.
   */
  public static Optional<SimilarQuestions> read(
      Path file, String inputs, DisclosureLog log, Consumer<String> notes) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    CRC32 crc = new CRC32();
    try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        CheckedInputStream checked = new CheckedInputStream(raw, crc)) {
      DataInputStream in = new DataInputStream(checked);
      if (!FORMAT.equals(in.readUTF()) || !inputs.equals(in.readUTF())) {
        // made from other questions: the usual case after an edit, and nothing to note
        return Optional.empty();
      }
      int[] firstQuestion = ints(in);
      int[] requestOf = ints(in);
      int[] matchStart = ints(in);
      int[] matches = ints(in);
      float[] shares = new float[matches.length];
      for (int i = 0; i < shares.length; i++) {
        shares[i] = in.readFloat();
      }
      long computed = crc.getValue();
      if (new DataInputStream(raw).readLong() != computed || raw.read() != -1) {
        notes.accept("the \"asked before\" lists kept in " + file + " were changed; found again");
        return Optional.empty();
      }
      if (!fits(log, firstQuestion, requestOf, matchStart, matches)) {
        notes.accept("the \"asked before\" lists kept in " + file + " do not fit; found again");
        return Optional.empty();
      }
      return Optional.of(
          new SimilarQuestions(
              log.requests(), firstQuestion, requestOf, matchStart, matches, shares));
    } catch (EOFException | RuntimeException e) {
      notes.accept(
          "the \"asked before\" lists kept in " + file + " are cut short or damaged; found again");
    } catch (IOException e) {
      notes.accept("the \"asked before\" lists kept in " + file + " could not be read (" + e + ")");
    }
    return Optional.empty();
  }

  /** Keeps {@code similar} in {@code file} under {@code inputs}: a new name first, then its own. */
  public static void write(Path file, String inputs, SimilarQuestions similar) {
    try {
      ChecksummedFile.replace(
          file,
          out -> {
            out.writeUTF(FORMAT);
            out.writeUTF(inputs);
            writeInts(out, similar.firstQuestion());
            writeInts(out, similar.requestOf());
            writeInts(out, similar.matchStart());
            writeInts(out, similar.matches());
            for (float share : similar.shares()) {
              out.writeFloat(share);
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the \"asked before\" lists in " + file, e);
    }
  }

  /** Whether the arrays describe this log's questions, so that no lookup can fall outside it. */
  private static boolean fits(
      DisclosureLog log, int[] firstQuestion, int[] requestOf, int[] matchStart, int[] matches) {
    int requests = log.requests().size();
    if (firstQuestion.length != requests + 1 || firstQuestion[0] != 0) {
      return false;
    }
    for (int r = 0; r < requests; r++) {
      int count = firstQuestion[r + 1] - firstQuestion[r];
      if (count != log.requests().get(r).questions().size()) {
        return false;
      }
    }
    int questions = firstQuestion[requests];
    if (requestOf.length != questions || matchStart.length != questions + 1) {
      return false;
    }
    for (int q = 0; q < questions; q++) {
      int r = requestOf[q];
      if (r < 0 || r >= requests || q < firstQuestion[r] || q >= firstQuestion[r + 1]) {
        return false;
      }
      if (matchStart[q + 1] < matchStart[q]) {
        return false;
      }
    }
    if (matchStart[0] != 0 || matchStart[questions] != matches.length) {
      return false;
    }
    for (int match : matches) {
      if (match < 0 || match >= questions) {
        return false;
      }
    }
    return true;
  }

  private static int[] ints(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 26) {
      throw new EOFException("a length out of range");
    }
    int[] values = new int[length];
    for (int i = 0; i < length; i++) {
      values[i] = in.readInt();
    }
    return values;
  }

  private static void writeInts(DataOutputStream out, int[] values) throws IOException {
    out.writeInt(values.length);
    for (int value : values) {
      out.writeInt(value);
    }
  }
}
