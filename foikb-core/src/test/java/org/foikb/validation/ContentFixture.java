package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.foikb.build.Build;
import org.foikb.diag.Diagnostic;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

/**
 * A small content folder written from text blocks: a valid {@code site.yaml}, sections {@code s21}
 * and {@code s31-1-a}, one published source, and whatever a test adds or overrides.
 *
 * <pre>{@code
 * @ExtendWith(ContentFixture.class)
 * class SomeTest {
 *   @TempDir Path dir;
 *
 *   @Test
 *   void rejectsSomething() {
 *     ContentFixture.in(dir).request("""
 *         ---
 *         ...
 *         """).assertDiagnostics("""
 *         requests/2024/01-foi-24-000001.md:3:1: error: ...
 *           hint: ...""");
 *   }
 * }
 * }</pre>
 *
 * <p>Registered as an extension, it attaches every input file, with line numbers, to a failing
 * test's exception, so a failure shows what was built.
 */
public final class ContentFixture implements TestExecutionExceptionHandler, AfterEachCallback {
  /** The file {@link #request(String)} writes. */
  public static final String REQUEST_PATH = "requests/2024/01-foi-24-000001.md";

  public static final String SITE =
      """
      title: Disclosure log
      authority: Example Police Service
      base-url: https://foi.example.org/
      language: en-GB
      contact-allowlist: [foi@example.org]
      """;

  public static final String S21 =
      """
      ---
      id: s21
      section: "21"
      title: Information reasonably accessible by other means
      kind: exemption
      test: absolute
      ---
      Section 21 applies when the information is already published.
      """;

  public static final String S31_1_A =
      """
      ---
      id: s31-1-a
      section: 31(1)(a)
      title: Law enforcement - prevention or detection of crime
      kind: exemption
      test: qualified
      ---
      Protects information whose release would help crime.
      """;

  public static final String SOURCE =
      """
      ---
      id: lfr-deployment-record
      title: LFR deployment record
      url: https://www.example.org/lfr/deployments
      publisher: Example Police Service
      checked: 2023-06-01
      ---
      Every live facial recognition deployment, with its date and place.
      """;

  /** A request that passes every check, written by {@link #validRequest()}. */
  public static final String VALID_REQUEST =
      """
      ---
      reference: 01.FOI.24.000001
      title: Live facial recognition deployments
      received: 2024-01-08
      responded: 2024-02-05
      topics: [facial recognition]
      questions:
        - ask: Where was live facial recognition deployed in 2023?
          outcome: published
          sections: [s21]
        - ask: How many images were captured?
          outcome: withheld
          sections: [s31-1-a]
        - ask: How many arrests followed?
          outcome: not-held
      ---
      We answered within 20 working days.

      ## Answer 1

      See [the deployment record](published:lfr-deployment-record).

      ## Answer 2

      Withheld under [section 31(1)(a)](section:s31-1-a).
      """;

  private static final ThreadLocal<List<ContentFixture>> LIVE =
      ThreadLocal.withInitial(ArrayList::new);

  private final Path root;
  private final Map<String, byte[]> files = new LinkedHashMap<>();

  /** For JUnit only: {@code @ExtendWith(ContentFixture.class)}. */
  public ContentFixture() {
    this.root = null;
  }

  private ContentFixture(Path root) {
    this.root = root;
    file("site.yaml", SITE);
    file("sections/s21.md", S21);
    file("sections/s31-1-a.md", S31_1_A);
    file("published/lfr-deployment-record.md", SOURCE);
  }

  /** A fixture writing into {@code dir}/content; nothing is written before the first run. */
  public static ContentFixture in(Path dir) {
    ContentFixture fixture = new ContentFixture(dir.resolve("content"));
    LIVE.get().add(fixture);
    return fixture;
  }

  /** Adds or replaces a file; the path is relative to the content folder. */
  public ContentFixture file(String path, String text) {
    return bytes(path, text.getBytes(StandardCharsets.UTF_8));
  }

  public ContentFixture bytes(String path, byte[] bytes) {
    files.put(path, bytes.clone());
    return this;
  }

  public ContentFixture remove(String path) {
    files.remove(path);
    return this;
  }

  /** Writes {@link #REQUEST_PATH}. */
  public ContentFixture request(String text) {
    return file(REQUEST_PATH, text);
  }

  public ContentFixture validRequest() {
    return request(VALID_REQUEST);
  }

  /** Adds every file under {@code tree}, replacing defaults of the same path. */
  public ContentFixture overlay(Path tree) {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path file : paths.filter(Files::isRegularFile).sorted().toList()) {
        String path = tree.relativize(file).toString().replace(java.io.File.separatorChar, '/');
        bytes(path, Files.readAllBytes(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** The content folder, written with the current files. */
  public Path root() {
    write();
    return root;
  }

  /** Checks the content without writing a site. */
  public Build.Result check() {
    return new Build(root(), Optional.empty(), false).run(Optional.empty());
  }

  /** Checks the content and, when it has no errors, builds the site into {@code out}. */
  public Build.Result build(Path out) {
    return new Build(root(), Optional.empty(), false).run(Optional.of(out));
  }

  /**
   * The formatted diagnostics of a check, in reading order, one per line (hints on their own line).
   */
  public String diagnostics() {
    return format(check());
  }

  public static String format(Build.Result result) {
    return result.diagnostics().sorted().stream()
        .map(Diagnostic::format)
        .collect(Collectors.joining("\n"));
  }

  /** Checks the content and asserts the whole diagnostic text, showing the input on failure. */
  public void assertDiagnostics(String expected) {
    assertThat(diagnostics()).as(this::listing).isEqualTo(expected.stripTrailing());
  }

  /** Every input file with line numbers, as a failing test shows it. */
  public String listing() {
    StringBuilder text = new StringBuilder("content folder ").append(root).append('\n');
    for (Map.Entry<String, byte[]> entry : files.entrySet()) {
      text.append("=== ").append(entry.getKey()).append('\n');
      String content = strictUtf8(entry.getValue());
      if (content == null || content.indexOf('\0') >= 0) {
        text.append(String.format("     (%d bytes, not UTF-8 text)\n", entry.getValue().length));
        continue;
      }
      if (content.isEmpty()) {
        text.append(String.format("     (empty file)\n"));
        continue;
      }
      String[] lines = content.split("\n", -1);
      int count = content.endsWith("\n") ? lines.length - 1 : lines.length;
      for (int i = 0; i < count; i++) {
        String line = lines[i].replace("\r", "\\r").replace("\uFEFF", "<BOM>");
        text.append(String.format("%4d | %s\n", i + 1, line));
      }
    }
    return text.toString();
  }

  private static String strictUtf8(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private void write() {
    try {
      if (Files.exists(root)) {
        deleteTree(root);
      }
      Files.createDirectories(root);
      for (Map.Entry<String, byte[]> entry : files.entrySet()) {
        Path file = root.resolve(entry.getKey());
        Files.createDirectories(file.getParent());
        Files.write(file, entry.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the fixture into " + root, e);
    }
  }

  private static void deleteTree(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable throwable)
      throws Throwable {
    String message = String.valueOf(throwable.getMessage());
    for (ContentFixture fixture : LIVE.get()) {
      if (!message.contains(
          "content folder " + fixture.root)) { // assertDiagnostics shows it already
        throwable.addSuppressed(new InputFiles(fixture.listing()));
      }
    }
    throw throwable;
  }

  @Override
  public void afterEach(ExtensionContext context) {
    LIVE.remove();
  }

  /** Carries the input of a failing test into its report; not an error of its own. */
  private static final class InputFiles extends Exception {
    InputFiles(String listing) {
      super("input files:\n" + listing, null, false, false);
    }
  }
}
