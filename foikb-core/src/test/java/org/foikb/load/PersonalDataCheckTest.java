package org.foikb.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.privacy.PersonalDataScanner;
import org.foikb.privacy.PhoneSpellings;
import org.junit.jupiter.api.Test;

/** The check reports each phone number once, on the line it was written, title or body alike. */
class PersonalDataCheckTest {
  private static final String PATH = "requests/2024/01-foi-24-000001.md";
  private static final List<String> SPELLINGS = PhoneSpellings.of("07700900123");

  private final PersonalDataCheck check = new PersonalDataCheck(new PersonalDataScanner(List.of()));

  private List<Diagnostic> check(String text) {
    Diagnostics diagnostics = new Diagnostics();
    check.check(new SourceFile(PATH, null, text), diagnostics);
    return diagnostics.sorted();
  }

  private static String request(String title, String body) {
    return """
        ---
        reference: 01.FOI.24.000001
        title: %s
        responded: 2024-02-05
        questions:
          - ask: Where was it deployed?
            outcome: disclosed
        ---
        %s
        """
        .formatted(title, body);
  }

  @Test
  void reportsEveryGeneratedSpellingInATitleOnceOnTheTitleLine() {
    List<String> missed = new ArrayList<>();
    for (String spelling : SPELLINGS) {
      String title = "Calls from " + spelling + " to the control room";
      List<Diagnostic> found = check(request(title, "Answered."));
      boolean once =
          found.size() == 1
              && found.get(0).line() == 3
              && found.get(0).column() == "title: Calls from ".length() + 1;
      if (!once) {
        missed.add(title + " -> " + found);
      }
    }

    assertThat(missed).as("%d of %d spellings", missed.size(), SPELLINGS.size()).isEmpty();
  }

  @Test
  void reportsEveryGeneratedSpellingInTheBodyOnItsOwnLine() {
    StringBuilder body = new StringBuilder();
    for (String spelling : SPELLINGS) {
      body.append("- the caller on ").append(spelling).append(" rang twice\n");
    }

    List<Diagnostic> found = check(request("Calls to the control room", body.toString()));

    int firstBodyLine = 9;
    assertThat(found).extracting(Diagnostic::line).doesNotHaveDuplicates();
    assertThat(found)
        .extracting(Diagnostic::line)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, SPELLINGS.size())
                .mapToObj(i -> firstBodyLine + i)
                .toList());
    assertThat(found)
        .allSatisfy(
            d -> {
              assertThat(d.column()).isEqualTo("- the caller on ".length() + 1);
              assertThat(d.message()).startsWith("personal data: UK phone number (");
            });
  }
}
