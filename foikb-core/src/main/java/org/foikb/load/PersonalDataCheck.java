package org.foikb.load;

import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.privacy.PersonalDataFinding;
import org.foikb.privacy.PersonalDataScanner;

/** Refuses a request that holds personal data, naming what was found (masked) and where. */
final class PersonalDataCheck {
  private final PersonalDataScanner scanner;

  PersonalDataCheck(PersonalDataScanner scanner) {
    this.scanner = scanner;
  }

  /** Scans the whole file, front matter and body, so nothing slips through a field. */
  void check(SourceFile source, Diagnostics diagnostics) {
    String text = source.text();
    int line = 1;
    int lineStart = 0;
    int scanned = 0;
    for (PersonalDataFinding finding : scanner.scan(text)) {
      for (int i = scanned; i < finding.offset(); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      scanned = finding.offset();
      String kind = finding.kind().label();
      diagnostics.add(
          Diagnostic.error(
                  source.path(),
                  line,
                  finding.offset() - lineStart + 1,
                  "personal data: " + kind + " (" + finding.masked() + ")")
              .withHint(
                  finding.kind() == org.foikb.privacy.PersonalDataKind.EMAIL
                      ? "disclosure logs are anonymised: remove it, or if it is an official contact address,"
                          + " add it to contact-allowlist in site.yaml"
                      : "disclosure logs are anonymised: remove it or replace it with a description"));
    }
  }
}
