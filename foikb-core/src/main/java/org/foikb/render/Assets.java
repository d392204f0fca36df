package org.foikb.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Copies the site's own assets and GOV.UK Frontend's CSS and JavaScript from its WebJar.
 *
 * <p>This is not a GOV.UK service: the GDS Transport font is licensed for GOV.UK only, and the
 * crown may not be used, so the stylesheet is rewritten to a system font stack with no
 * {@code @font-face} and no crest, and none of the WebJar's crown images or fonts are copied.
 */
final class Assets {
  static final String GOVUK_DIST =
      "META-INF/resources/webjars/govuk-frontend/" + GovukVersion.VERSION + "/dist/govuk/";
  static final List<String> OWN =
      List.of("site.css", "noscript.css", "site.js", "search.js", "favicon.svg");
  static final String SYSTEM_FONTS =
      "system-ui,-apple-system,\"Segoe UI\",Roboto,\"Helvetica Neue\",Arial,sans-serif";

  private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{[^}]*\\}");
  private static final Pattern SOURCE_MAP =
      Pattern.compile("/\\*# sourceMappingURL=[^*]*\\*/\\s*$|//# sourceMappingURL=\\S+\\s*$");
  private static final Pattern CREST = Pattern.compile("url\\(/assets/images/govuk-crest\\.svg\\)");

  private final RenderContext context;

  Assets(RenderContext context) {
    this.context = context;
  }

  void copyAll() {
    for (String name : OWN) {
      byte[] bytes =
          context
              .templates
              .asset(name)
              .orElseThrow(() -> new IllegalStateException("missing template asset " + name));
      context.writer.write("assets/" + name, bytes);
    }
    context.writer.write(
        "assets/govuk-frontend.min.css", govukCss().getBytes(StandardCharsets.UTF_8));
    String js = SOURCE_MAP.matcher(webjar("govuk-frontend.min.js")).replaceAll("");
    context.writer.write("assets/govuk-frontend.min.js", js.getBytes(StandardCharsets.UTF_8));
  }

  static String govukCss() {
    String css = webjar("govuk-frontend.min.css");
    css = FONT_FACE.matcher(css).replaceAll("");
    css = css.replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + SYSTEM_FONTS);
    css = css.replace("font-family:GDS Transport", "font-family:" + SYSTEM_FONTS);
    css = CREST.matcher(css).replaceAll("none");
    return SOURCE_MAP.matcher(css).replaceAll("");
  }

  private static String webjar(String name) {
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(GOVUK_DIST + name)) {
      if (in == null) {
        throw new IllegalStateException("GOV.UK Frontend " + name + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
