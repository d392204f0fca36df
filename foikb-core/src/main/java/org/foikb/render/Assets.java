package org.foikb.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Copies the site's own assets and GOV.UK Frontend's CSS from its WebJar. GOV.UK Frontend's
 * JavaScript is not copied: the site uses none of the components that need it, and it would be a
 * third of a request page's weight.
 *
 * <p>This is not a GOV.UK service: the GDS Transport font is licensed for GOV.UK only, and the
 * crown may not be used, so the stylesheet is rewritten to a system font stack with no
 * {@code @font-face} and no crest, and none of the WebJar's crown images or fonts are copied.
 */
final class Assets {
  static final String GOVUK_DIST =
      "META-INF/resources/webjars/govuk-frontend/" + GovukVersion.VERSION + "/dist/govuk/";
  static final List<String> OWN =
      List.of(
          "site.css",
          "noscript.css",
          "site.js",
          "search.js",
          "search-near.js",
          "ask.js",
          "favicon.svg");
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
    byte[] print =
        context
            .templates
            .asset("print.css")
            .orElseThrow(() -> new IllegalStateException("missing template asset print.css"));
    context.writer.write(
        "assets/print.css",
        (originRule(context.origin()) + new String(print, StandardCharsets.UTF_8))
            .getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The custom property print.css puts before each site-relative address, so that paper shows the
   * published address whatever the address the page was printed from.
   */
  static String originRule(String origin) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : origin.toCharArray()) {
      // base-url is checked to be a web address; escaping anyway keeps the string a string
      if (c == '"' || c == '\\' || c < 0x20 || c == 0x7f) {
        quoted.append('\\').append(Integer.toHexString(c)).append(' ');
      } else {
        quoted.append(c);
      }
    }
    return ":root { --foikb-origin: " + quoted.append('"') + "; }\n";
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
