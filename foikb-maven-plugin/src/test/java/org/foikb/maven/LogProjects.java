package org.foikb.maven;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.foikb.build.FoikbVersion;

/** Small log repositories, each with a pom written as an authority would write it. */
final class LogProjects {
  private LogProjects() {}

  /** A pom that names the plugin and binds {@code build} to {@code package}, and nothing else. */
  static String pom(String configuration) {
    return """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>gov.example.foi</groupId>
          <artifactId>disclosure-log</artifactId>
          <version>2024.1</version>
          <packaging>pom</packaging>
          <build>
            <plugins>
              <plugin>
                <groupId>org.foikb</groupId>
                <artifactId>foikb-maven-plugin</artifactId>
                <version>%s</version>
                <configuration>%s</configuration>
                <executions>
                  <execution>
                    <goals><goal>build</goal></goals>
                  </execution>
                </executions>
              </plugin>
            </plugins>
          </build>
        </project>
        """
        .formatted(FoikbVersion.VERSION, configuration);
  }

  /** Writes {@code pom} and a copy of {@code content} into {@code project}. */
  static Path project(Path project, String pom, Path content) throws IOException {
    Files.createDirectories(project);
    Files.writeString(project.resolve("pom.xml"), pom);
    copy(content, project.resolve("content"));
    return project;
  }

  static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  /** Every file under {@code folder} with its bytes, by relative path: what a reader would see. */
  static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            folder.relativize(file).toString(),
            java.util.HexFormat.of()
                .formatHex(
                    java.security.MessageDigest.getInstance("SHA-256")
                        .digest(Files.readAllBytes(file))));
      }
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    return files;
  }

  /** Every file under {@code folder} with the time it was last written. */
  static Map<String, Long> writeTimes(Path folder) throws IOException {
    Map<String, Long> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path file : walk.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString(), Files.getLastModifiedTime(file).toMillis());
      }
    }
    return files;
  }
}
