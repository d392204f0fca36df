package org.foikb.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** foikb's own version, taken from the pom at build time. */
public final class FoikbVersion {
  public static final String VERSION = read();

  private FoikbVersion() {}

  private static String read() {
    try (InputStream in = FoikbVersion.class.getResourceAsStream("/org/foikb/build.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("foikb.version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("build.properties missing from the jar", e);
    }
  }
}
