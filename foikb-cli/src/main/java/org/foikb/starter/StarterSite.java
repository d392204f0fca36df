package org.foikb.starter;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.foikb.build.FoikbVersion;
import org.foikb.model.Slugs;

/**
 * The files of a new disclosure log's repository: a pom that builds it with foikb's Maven plugin, a
 * content folder with one sample request, the common sections of the Act, one published source and
 * an about page, a README and a CI example. They travel in the jar under {@code foikb-starter/};
 * the sections are the bundled log's own.
 *
 * <pre>{@code
 * List<Path> written = StarterSite.write(Path.of("mylog"));
 * }</pre>
 */
public final class StarterSite {
  private static final String ROOT = "foikb-starter";

  /** Names that a jar's resources cannot carry as they are, or that tools would act on there. */
  private static final Map<String, String> RENAMED =
      Map.of("gitignore", ".gitignore", "dot-github", ".github");

  /**
   * Files whose {@code {{name}}}, {@code {{artifactId}}} and {@code {{foikbVersion}}} are filled.
   */
  private static final List<String> FILLED = List.of("pom.xml", "README.md");

  private StarterSite() {}

  /**
   * Writes the starter into {@code folder}, which must not exist or be empty; returns the files
   * written, in order.
   */
  public static List<Path> write(Path folder) throws IOException {
    if (Files.isDirectory(folder)) {
      try (Stream<Path> entries = Files.list(folder)) {
        if (entries.findAny().isPresent()) {
          throw new IllegalArgumentException(folder + " is not empty; give a new folder");
        }
      }
    } else if (Files.exists(folder)) {
      throw new IllegalArgumentException(folder + " is a file; give a new folder");
    }
    Path absolute = folder.toAbsolutePath().normalize();
    String name =
        absolute.getFileName() == null ? "disclosure-log" : absolute.getFileName().toString();
    String artifactId = Slugs.of(name).isEmpty() ? "disclosure-log" : Slugs.of(name);
    Map<String, String> values =
        Map.of(
            "{{name}}",
            name,
            "{{artifactId}}",
            artifactId,
            "{{foikbVersion}}",
            FoikbVersion.VERSION);
    List<Path> written = new ArrayList<>();
    withResources(
        root -> {
          try (Stream<Path> files = Files.walk(root)) {
            for (Path source : files.filter(Files::isRegularFile).sorted().toList()) {
              String relative = root.relativize(source).toString().replace('\\', '/');
              Path target = folder.resolve(renamed(relative));
              Files.createDirectories(target.getParent());
              if (FILLED.contains(relative)) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                for (var value : values.entrySet()) {
                  text = text.replace(value.getKey(), value.getValue());
                }
                Files.writeString(target, text, StandardCharsets.UTF_8);
              } else {
                Files.copy(source, target);
              }
              written.add(target);
            }
          }
        });
    return written;
  }

  private static String renamed(String relative) {
    int slash = relative.indexOf('/');
    String first = slash < 0 ? relative : relative.substring(0, slash);
    return RENAMED.getOrDefault(first, first) + (slash < 0 ? "" : relative.substring(slash));
  }

  private interface FolderAction {
    void accept(Path folder) throws IOException;
  }

  /** Opens the starter's folder of resources, in the jar or, in a build, on disk. */
  private static void withResources(FolderAction action) throws IOException {
    var url = StarterSite.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException(ROOT + " missing from the jar");
    }
    URI uri;
    try {
      uri = url.toURI();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    if (!"jar".equals(uri.getScheme())) {
      action.accept(Path.of(uri));
      return;
    }
    try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
      action.accept(jar.getPath(ROOT));
    }
  }
}
