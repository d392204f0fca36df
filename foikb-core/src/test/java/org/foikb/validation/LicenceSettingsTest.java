package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** site.yaml's licence for the open data: optional, and its address must be a web address. */
@ExtendWith(ContentFixture.class)
class LicenceSettingsTest {
  @TempDir Path dir;

  @Test
  void refusesALicenceAddressThatIsNotAWebAddress() {
    ContentFixture.in(dir)
        .validRequest()
        .file(
            "site.yaml", ContentFixture.SITE + "licence: OGL\nlicence-url: ftp://example.org/ogl\n")
        .assertDiagnostics(
            """
            site.yaml:7:14: error: 'licence-url' must be an absolute http(s) address: 'ftp://example.org/ogl'
              hint: write it in full, e.g. https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/""");
  }

  @Test
  void acceptsALogWithoutALicenceAndOneWithIt() {
    ContentFixture without = ContentFixture.in(dir.resolve("a")).validRequest();
    ContentFixture with =
        ContentFixture.in(dir.resolve("b"))
            .validRequest()
            .file(
                "site.yaml",
                ContentFixture.SITE
                    + "licence: Open Government Licence v3.0\n"
                    + "licence-url: https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/\n");

    assertThat(without.diagnostics()).isEmpty();
    assertThat(with.diagnostics()).isEmpty();
    assertThat(with.check().log().orElseThrow().site().licence())
        .contains("Open Government Licence v3.0");
  }
}
