package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foikb.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A broken template, often the authority's own, is reported as its error, not as a bug. */
@ExtendWith(ContentFixture.class)
class TemplateErrorReportingTest {
  @TempDir Path dir;

  @Test
  void reportsATemplateErrorInOneLineAndTheTraceOnlyWithDebug() throws IOException {
    Path templates = Files.createDirectories(dir.resolve("templates"));
    Files.writeString(
        templates.resolve("request.mustache"),
        "{{<layout}}{{$content}}{{noSuchValue}}{{/content}}{{/layout}}");
    ContentFixture fixture = ContentFixture.in(dir.resolve("c")).validRequest();
    String[] args = {
      "build",
      "--content",
      fixture.root().toString(),
      "--out",
      dir.resolve("out").toString(),
      "--templates",
      templates.toString()
    };

    StringWriter plain = new StringWriter();
    int status =
        Main.execute(args, new PrintWriter(new StringWriter()), new PrintWriter(plain, true));
    StringWriter debug = new StringWriter();
    String[] withDebug = java.util.Arrays.copyOf(args, args.length + 1);
    withDebug[args.length] = "--debug";
    Main.execute(withDebug, new PrintWriter(new StringWriter()), new PrintWriter(debug, true));

    assertThat(status).isEqualTo(Main.CONTENT_ERRORS);
    assertThat(plain.toString())
        .isEqualTo(
            "foikb: error in template request.mustache: no value named"
                + " 'noSuchValue' for this template @[request.mustache:1] while processing "
                + ContentFixture.REQUEST_PATH
                + "; nothing was written\n");
    assertThat(debug.toString()).contains("\tat ");
  }
}
