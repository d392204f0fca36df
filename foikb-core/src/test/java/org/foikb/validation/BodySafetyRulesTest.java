package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.foikb.build.Build;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Raw HTML that could run script, script and data URLs, and images are refused in bodies. */
@ExtendWith(ContentFixture.class)
class BodySafetyRulesTest {
  @TempDir Path dir;

  /** A one-question request whose body (from line 9) is {@code body}. */
  private ContentFixture requestWithBody(String body) {
    return ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        """
                + body);
  }

  @Test
  void rejectsScriptElement() {
    requestWithBody(
            """
        We answered on time.

        <script>alert(document.cookie)</script>
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:11:1: error: raw HTML that could run script: '<script>alert(document.cookie)</script>'
          hint: remove it; write the text in Markdown (raw HTML is never published)""");
  }

  @Test
  void rejectsEventHandlerAttribute() {
    requestWithBody(
            """
        ## Answer 1

        At three events <img src=x onerror=alert(1)> in London.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:11:17: error: raw HTML that could run script: '<img src=x onerror=alert(1)>'
          hint: remove it; write the text in Markdown (raw HTML is never published)""");
  }

  @Test
  void rejectsIframe() {
    requestWithBody(
            """
        <iframe src="https://example.org/"></iframe>
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:1: error: raw HTML that could run script: '<iframe src="https://example.org/"></iframe>'
          hint: remove it; write the text in Markdown (raw HTML is never published)""");
  }

  @Test
  void rejectsLongScriptShortenedToSixtyCharacters() {
    requestWithBody(
            """
        Text <a href="javascript:alert('a very long payload that goes on and on')">x</a>
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:6: error: raw HTML that could run script: '<a href="javascript:alert('a very long payload that goes ...'
          hint: remove it; write the text in Markdown (raw HTML is never published)""");
  }

  @Test
  void rejectsScriptInSectionBody() {
    ContentFixture.in(dir)
        .file("sections/s21.md", ContentFixture.S21 + "\n<script>alert(1)</script>\n")
        .assertDiagnostics(
            """
        sections/s21.md:10:1: error: raw HTML that could run script: '<script>alert(1)</script>'
          hint: remove it; write the text in Markdown (raw HTML is never published)""");
  }

  @Test
  void rejectsJavascriptLink() {
    requestWithBody(
            """
        See [our website](javascript:alert(1)).
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:5: error: link with a script URL: 'javascript:alert(1)'
          hint: links may point to http(s) addresses and to published:, section: and request: ids""");
  }

  @Test
  void rejectsJavascriptAutolinkInCapitals() {
    requestWithBody(
            """
        See <JavaScript:alert(1)>.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:5: error: link with a script URL: 'JavaScript:alert(1)'
          hint: links may point to http(s) addresses and to published:, section: and request: ids""");
  }

  @Test
  void rejectsDataLink() {
    requestWithBody(
            """
        ## Answer 1

        The [figures](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) are attached.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:11:5: error: link with a script URL: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='
          hint: links may point to http(s) addresses and to published:, section: and request: ids""");
  }

  @Test
  void rejectsImage() {
    requestWithBody(
            """
        ## Answer 1

        ![Deployment map](https://example.org/map.png)
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:11:1: error: images are not published: 'https://example.org/map.png'
          hint: the site loads nothing from other hosts; link to the document instead: [description](https://...)""");
  }

  @Test
  void escapesHarmlessRawHtmlInsteadOfRefusingIt(@TempDir Path out) throws Exception {
    ContentFixture fixture =
        requestWithBody(
            """
        ## Answer 1

        It was <b>bold</b> of us.
        """);

    Build.Result result = fixture.build(out);

    assertThat(ContentFixture.format(result)).as(fixture::listing).isEmpty();
    Document page = Jsoup.parse(out.resolve("requests/01-foi-24-000001/index.html").toFile());
    Element answer = page.selectFirst("li#q1");
    assertThat(answer).as(fixture::listing).isNotNull();
    assertThat(answer.select("b")).isEmpty();
    assertThat(page.select("main b")).isEmpty();
    assertThat(answer.select("p:containsOwn(of us)").text()).isEqualTo("It was <b>bold</b> of us.");
  }
}
