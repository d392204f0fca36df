package org.foikb.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The GOV.UK Frontend version, taken from the pom at build time so the two never disagree. */
final class GovukVersion {
  static final String VERSION = read();

  private GovukVersion() {}

  private static String read() {
    try (InputStream in = GovukVersion.class.getResourceAsStream("/org/foikb/build.properties")) {
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("govuk.frontend.version");
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("build.properties missing from the jar", e);
    }
  }
}
