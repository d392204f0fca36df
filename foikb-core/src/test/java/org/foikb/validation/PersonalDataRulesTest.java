package org.foikb.validation;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A request holding personal data is refused, naming what was found, masked, and where. */
@ExtendWith(ContentFixture.class)
class PersonalDataRulesTest {
  @TempDir Path dir;

  private ContentFixture request(String ask, String body) {
    return ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Live facial recognition deployments
        responded: 2024-02-05
        questions:
          - ask: %s
            outcome: disclosed
        ---
        %s
        """
                .formatted(ask, body));
  }

  @Test
  void rejectsPhoneNumberAndEmailAddressInTheFrontMatter() {
    request("Please call 07700 900123 or write to jane.doe@example.com", "Answered.")
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:6:22: error: personal data: UK phone number (07*** ****23)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:6:47: error: personal data: e-mail address (j***@e***.com)
          hint: disclosure logs are anonymised: remove it, or if it is an official contact address, add it to contact-allowlist in site.yaml""");
  }

  @Test
  void rejectsNationalInsuranceNumberPostcodeAndLandlineInTheBody() {
    request(
            "Where was it deployed?",
            """
        The requester (NI number QQ 12 34 56 C) lives at SW1A 1AA.

        Our office is on (020) 7946 0000 and +44 161 496 0000.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:9:26: error: personal data: National Insurance number (QQ ** ** ** C)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:9:50: error: personal data: UK postcode (SW1A ***)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:11:18: error: personal data: UK phone number ((02*) **** **00)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:11:38: error: personal data: UK phone number (+44 *** *** **00)
          hint: disclosure logs are anonymised: remove it or replace it with a description""");
  }

  @Test
  void rejectsMobileNumbersSpelledWithDashesBracketsAndThinSpacesInTheTitleAndBody() {
    ContentFixture.in(dir)
        .request(
            """
        ---
        reference: 01.FOI.24.000001
        title: Calls from (+44) 7700\u2009900\u2009123 to the control room
        responded: 2024-02-05
        questions:
          - ask: Who rang?
            outcome: disclosed
        ---
        The caller gave 07 700 90 01 23, then +44 (0)7700 \u2013 900123.
        """)
        .assertDiagnostics(
            """
        requests/2024/01-foi-24-000001.md:3:19: error: personal data: UK phone number ((+44) ****\u2009***\u2009*23)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:9:17: error: personal data: UK phone number (07 *** ** ** 23)
          hint: disclosure logs are anonymised: remove it or replace it with a description
        requests/2024/01-foi-24-000001.md:9:39: error: personal data: UK phone number (+44 (*)**** \u2013 ****23)
          hint: disclosure logs are anonymised: remove it or replace it with a description""");
  }

  @Test
  void letsAnAllowListedContactAddressThrough() {
    request("Where was it deployed?", "Write to FOI@example.org for an internal review.")
        .assertDiagnostics("");
  }

  @Test
  void leavesReferencesDatesMoneyAndSectionNumbersAlone() {
    request(
            "How much was spent in 2022/23 and 2023-2024?",
            """
        We spent £1,234,567 on 12 March 2023 under section 31(1)(a); see 01.FOI.23.030269, at 07:00.
        """)
        .assertDiagnostics("");
  }
}
