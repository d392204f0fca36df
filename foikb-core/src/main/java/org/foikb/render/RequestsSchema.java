package org.foikb.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The JSON Schema of {@code /data/requests.json}, published beside it as it is in the jar. */
final class RequestsSchema {
  private static final String RESOURCE = "/org/foikb/render/requests.schema.json";

  private RequestsSchema() {}

  static String text() {
    try (InputStream in = RequestsSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
