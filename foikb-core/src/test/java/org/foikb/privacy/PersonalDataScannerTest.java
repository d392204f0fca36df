package org.foikb.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataScannerTest {

  private static final String OFFICIAL = "foi@council.gov.uk";

  private final PersonalDataScanner scanner = new PersonalDataScanner(List.of(OFFICIAL));

  /**
   * Expects {@code value}, inside a sentence, back as the one finding, at its offset and masked.
   */
  private void assertFoundAlone(String value, PersonalDataKind kind) {
    String prefix = "Please contact ";
    String text = prefix + value + " about request 1.";
    List<PersonalDataFinding> findings = scanner.scan(text);
    assertThat(findings).hasSize(1);
    PersonalDataFinding finding = findings.get(0);
    assertThat(finding.kind()).isEqualTo(kind);
    assertThat(finding.offset()).isEqualTo(prefix.length());
    assertThat(text.substring(finding.offset(), finding.end())).isEqualTo(value);
    assertThat(finding.masked()).contains("*").doesNotContain(value);
  }

  private void assertNothingFoundIn(String text) {
    assertThat(scanner.scan("We received " + text + " in total.")).isEmpty();
  }

  // --- e-mail addresses ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane@example.org",
        "jane.smith@example.co.uk",
        "jane+foi@mail.example.org",
        "j.a.smith@sub.domain.example.com",
        "JANE.SMITH@EXAMPLE.ORG",
        "first_last-99@example.io",
        "o.brien%dept@example.gov.uk",
      })
  void findsEmailAddressesInOrdinaryForms(String address) {
    assertFoundAlone(address, PersonalDataKind.EMAIL);
  }

  @Test
  void leavesSentenceFullStopOutOfEmailAddress() {
    List<PersonalDataFinding> findings = scanner.scan("Write to jane@example.org.");

    assertThat(findings).singleElement().satisfies(f -> assertThat(f.length()).isEqualTo(16));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane [at] example [dot] org",
        "jane(at)example(dot)org",
        "jane [at] example.org",
        "jane at example dot com",
        "jane dot smith at example dot co dot uk",
        "JANE AT EXAMPLE DOT COM",
        "jane@example dot com",
        "jane @ example [dot] com",
      })
  void findsSpelledOutEmailAddresses(String address) {
    assertFoundAlone(address, PersonalDataKind.EMAIL);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the tweets from @council",
        "a@b",
        "the site example.org",
        "staff based at gov.uk",
        "people who looked at the dot com boom",
        "the meeting at noon",
        "a note on the dot at example dot nonsense",
      })
  void ignoresTextThatIsNotAnEmailAddress(String text) {
    assertNothingFoundIn(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"foi@council.gov.uk", "FOI@Council.GOV.uk", "foi [at] council [dot] gov [dot] uk"})
  void letsAllowListedEmailAddressPassWhateverItsCase(String address) {
    assertThat(scanner.scan("Ask " + address + " for help.")).isEmpty();
  }

  @Test
  void matchesAllowListEntriesCaseInsensitively() {
    PersonalDataScanner upperCaseList = new PersonalDataScanner(List.of(" FOI@Council.gov.UK "));

    assertThat(upperCaseList.scan("Ask foi@council.gov.uk for help.")).isEmpty();
  }

  @Test
  void stillFlagsOtherAddressesAtAnAllowListedDomain() {
    assertThat(scanner.scan("cc jane@council.gov.uk"))
        .extracting(PersonalDataFinding::kind)
        .containsExactly(PersonalDataKind.EMAIL);
  }

  // --- phone numbers ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07700 900123",
        "07700900123",
        "+44 7700 900123",
        "+447700900123",
        "+44 (0)7700 900123",
        "+44 (0) 20 7946 0000",
        "+44 07700 900123",
        "0044 7700 900123",
        "(020) 7946 0000",
        "(01632) 960123",
        "020 7946 0000",
        "0161-496-0000",
        "0161 496 0000",
        "01632 960123",
        "0800 123 4567",
        "0800 123456",
        "+44 20 7946 0000",
        "+44-20-7946-0000",
        "0161.496.0000",
        "07700.900.123",
        "07700 900 123",
      })
  void findsUkPhoneNumbersInTheirCommonSpellings(String number) {
    assertFoundAlone(number, PersonalDataKind.PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2019-2023",
        "2023/24",
        "£1,234,567",
        "1,639",
        "01.FOI.23.030269",
        "FOI-2023-000123",
        "07:00",
        "31(1)(a)",
        "2023-06-05",
        "2023-06-05 2023-07-01",
        "0123456789012345",
        "123456789012",
        "FOI/01614960000",
        "£07700900123",
        "0161-496-0000-12",
        "07700900123x",
        "0.07700900123",
        "04123 456789",
        "0201234567",
      })
  void ignoresNumbersThatAreNotPhoneShaped(String text) {
    assertNothingFoundIn(text);
  }

  @Test
  void ignoresFinancialYearRangesMoneyAndCounts() {
    assertNothingFoundIn(
        "in 2019-2023 and 2023/24 we spent £1,234,567 on 1,639 cases, ref FOI-2023-000123");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call 07700 900123 2 times",
        "call 07700 900123 4567 times",
        "call 07700 900123 0161 now"
      })
  void findsPhoneNumberFollowedByAnotherNumberAfterASpace(String text) {
    List<PersonalDataFinding> findings = scanner.scan(text);

    assertThat(findings)
        .extracting(f -> text.substring(f.offset(), f.end()))
        .containsExactly("07700 900123");
  }

  @Test
  void findsPhoneNumbersInACommaSeparatedList() {
    String text = "07700900123,07700900124";

    assertThat(scanner.scan(text)).extracting(PersonalDataFinding::offset).containsExactly(0, 12);
  }

  @Test
  void findsEachOfTwoPhoneNumbersSeparatedOnlyBySpaces() {
    String text = "mobiles 07700 900123 07700 900124 and 020 7946 0000 0161 496 0000";

    List<PersonalDataFinding> findings = scanner.scan(text);

    assertThat(findings)
        .extracting(f -> text.substring(f.offset(), f.end()))
        .containsExactly("07700 900123", "07700 900124", "020 7946 0000", "0161 496 0000");
  }

  /** Ofcom's drama mobile, a drama London and a drama area-code number: each names nobody. */
  @ParameterizedTest
  @ValueSource(strings = {"07700900123", "07700900999", "02079460000", "01632960123"})
  void findsEveryGeneratedSpellingOfANumberExactlyOnceInASentence(String national) {
    List<String> spellings = PhoneSpellings.of(national);
    List<String> missed = new java.util.ArrayList<>();
    for (String spelling : spellings) {
      for (String sentence : List.of("Ring Jane on %s after six.", "(mobile: %s)", "Tel.: %s.")) {
        String text = sentence.formatted(spelling);
        List<PersonalDataFinding> findings = scanner.scan(text);
        boolean foundWhole =
            findings.size() == 1
                && findings.get(0).kind() == PersonalDataKind.PHONE
                && text.substring(findings.get(0).offset(), findings.get(0).end()).equals(spelling);
        if (!foundWhole) {
          missed.add(visible(text) + " -> " + findings);
        }
      }
    }

    assertThat(spellings).hasSizeGreaterThan(1_500);
    assertThat(missed).as("%d of %d spellings", missed.size(), spellings.size()).isEmpty();
  }

  /** Shows tabs and the invisible spaces, so a failure says which spelling it was. */
  static String visible(String text) {
    return text.replace("\t", "<TAB>")
        .replace("\u00A0", "<NBSP>")
        .replace("\u2009", "<THIN>")
        .replace("\u202F", "<NNBSP>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0300 123 1000",
        "03001231000",
        "+44 (0)161 496 0000",
        "(0161) 496 0000",
        "+44\u2009161\u2009496\u20090000",
        "0161\u00A0496\u00A00000",
        "(0)7700 900123",
      })
  void findsOtherRangesAndBracketedTrunkZeroesAlone(String number) {
    assertFoundAlone(number, PersonalDataKind.PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2023-05-06",
        "2023\u201305\u201306",
        "06.05.2023",
        "on 01.05.2023 10 people",
        "01-05-2023 10:00",
        "01.05.2023 10:00",
        "01/FOI/23/030000",
        "01/FOI/23/030000 and 01/FOI/23/030001",
        "0161/496/0000",
        "07700/900123",
        "section 40(2)",
        "s.31(1)(a) and s.40(5B)(a)(i)",
        "£07700.90",
        "£07700 900123",
        "\u20AC07700900123",
        "077009001234567",
        "0770090012345678901234",
        "07700 900123456",
        "ISBN 0123456789",
        "ISBN-10: 0123456789",
        "ISBN 0-12-345678-9",
        "ISBN 978-0-7700-9001-2",
        "9780770090012",
        "+44",
        "0044 and +44 (0)",
        "1.07700900123",
        "v07700900123",
        "07700.90",
        "0800 11 11",
      })
  void ignoresDatesReferencesSectionsMoneyLongRunsAndIsbns(String text) {
    assertNothingFoundIn(text);
  }

  // --- National Insurance numbers ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "AB123456C",
        "AB 12 34 56 C",
        "ab123456c",
        "JT 98 76 54 D",
        "Ce123456a",
        "AB 123456 A"
      })
  void findsNationalInsuranceNumbersWithOrWithoutSpaces(String number) {
    assertFoundAlone(number, PersonalDataKind.NATIONAL_INSURANCE);
  }

  // QQ 12 34 56 C is HMRC's specimen number: refused like a real one, since authors paste it as a
  // stand-in.
  @ParameterizedTest
  @ValueSource(strings = {"QQ123456C", "QQ 12 34 56 C", "qq 12 34 56 c"})
  void findsHmrcSpecimenNumber(String text) {
    assertThat(new PersonalDataScanner(List.of()).scan(text))
        .extracting(PersonalDataFinding::kind)
        .containsExactly(PersonalDataKind.NATIONAL_INSURANCE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "DA123456A",
        "FA123456A",
        "AO123456A",
        "AV123456A",
        "BG123456A",
        "GB123456A",
        "KN123456A",
        "NK123456A",
        "NT123456A",
        "TN123456A",
        "ZZ123456A",
        "AB123456E",
        "AB1234567C",
        "XAB123456C",
        "AB123456CD",
      })
  void ignoresUnissuedPrefixesAndNationalInsuranceLookalikes(String text) {
    assertNothingFoundIn(text);
  }

  // --- postcodes ---

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SW1A 1AA",
        "M1 1AE",
        "B33 8TH",
        "CR2 6XH",
        "DN55 1PT",
        "EC1A 1BB",
        "W1A 0AX",
        "SW1A1AA",
        "EC1A1BB",
        "sw1a 1aa",
        "m1 1ae",
        "Dn55 1pT",
      })
  void findsFullUkPostcodesInAnyCaseWithOrWithoutTheSpace(String postcode) {
    assertFoundAlone(postcode, PersonalDataKind.POSTCODE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "the SW1A district",
        "the M1 motorway",
        "SW1A 1CA",
        "SW1A 1AI",
        "QA1 1AA",
        "the A1 1st floor",
        "room B2 2nd door",
        "XSW1A 1AA",
        "SW1A 1AAB",
        "COVID19 vaccine",
        "MP3 player",
      })
  void ignoresPartialPostcodesAndLookalikes(String text) {
    assertNothingFoundIn(text);
  }

  // --- masking ---

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jane.smith@example.org         | j***@e***.org",
        "jane@mail.council.gov.uk       | j***@m***.gov.uk",
        "jane at example dot co dot uk  | j***@e***.co.uk",
        "07700 900123                   | 07*** ****23",
        "+44 7700 900123                | +44 **** ****23",
        "(020) 7946 0000                | (02*) **** **00",
        "0161-496-0000                  | 01**-***-**00",
        "AB123456C                      | AB ** ** ** C",
        "AB 12 34 56 C                  | AB ** ** ** C",
        "SW1A 1AA                       | SW1A ***",
        "SW1A1AA                        | SW1A ***",
        "M1 1AE                         | M1 ***",
      })
  void masksFindingsSoTheyCanBeLocatedButNotRead(String value, String masked) {
    assertThat(scanner.scan("see " + value + " here"))
        .singleElement()
        .extracting(PersonalDataFinding::masked)
        .isEqualTo(masked);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "j@x.org", "jane@example.org", "07700 900123", "+44 20 7946 0000", "0800 123456",
        "AB123456C", "ab 12 34 56 c", "M1 1AE", "SW1A1AA", "jane at example dot com",
      })
  void neverRevealsTheFullOriginalInTheMask(String value) {
    assertThat(scanner.scan("see " + value + " here"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.masked())
                    .doesNotContain(value)
                    .doesNotContain(value.replace(" ", "")));
  }

  // --- offsets, order and overlaps ---

  @Test
  void reportsEveryFindingInOrderWithOffsetsIntoTheText() {
    String text =
        """
                ---
                requester: Jane Smith <jane@example.org>
                ---
                Phone 020 7946 0000, NI AB 12 34 56 C.
                Address: 1 High St, London SW1A 1AA. Mobile +44 7700 900123.
                """;

    List<PersonalDataFinding> findings = scanner.scan(text);

    assertThat(findings)
        .extracting(f -> text.substring(f.offset(), f.end()))
        .containsExactly(
            "jane@example.org", "020 7946 0000", "AB 12 34 56 C", "SW1A 1AA", "+44 7700 900123");
    assertThat(findings)
        .extracting(PersonalDataFinding::kind)
        .containsExactly(
            PersonalDataKind.EMAIL,
            PersonalDataKind.PHONE,
            PersonalDataKind.NATIONAL_INSURANCE,
            PersonalDataKind.POSTCODE,
            PersonalDataKind.PHONE);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"07700900123@example.com", "sw1a1aa@example.com", "ab123456c@example.com"})
  void reportsDigitsAndCodesInsideAnEmailAddressOnlyAsTheEmailAddress(String address) {
    assertFoundAlone(address, PersonalDataKind.EMAIL);
  }

  @Test
  void doesNotReportPhoneDigitsInsideAnAllowListedAddress() {
    PersonalDataScanner withNumericContact =
        new PersonalDataScanner(List.of("01614960000@council.gov.uk"));

    assertThat(withNumericContact.scan("write to 01614960000@council.gov.uk")).isEmpty();
  }

  @Test
  void returnsAnEmptyListForCleanText() {
    assertThat(scanner.scan("")).isEmpty();
    assertThat(scanner.scan("Section 40(2) applies to the names of junior staff.")).isEmpty();
  }

  @Test
  void returnsAnImmutableList() {
    List<PersonalDataFinding> findings = scanner.scan("jane@example.org");

    assertThatThrownBy(findings::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void givesTheSameAnswersWhenSharedAcrossThreads() {
    String text = "jane@example.org 07700 900123 AB123456C SW1A 1AA ".repeat(50);
    List<PersonalDataFinding> expected = scanner.scan(text);

    List<List<PersonalDataFinding>> results =
        IntStream.range(0, 64).parallel().mapToObj(i -> scanner.scan(text)).toList();

    assertThat(expected).hasSize(200);
    assertThat(results).allSatisfy(result -> assertThat(result).isEqualTo(expected));
  }

  @Test
  void labelsEachKindForMessages() {
    assertThat(PersonalDataKind.EMAIL.label()).isEqualTo("e-mail address");
    assertThat(PersonalDataKind.PHONE.label()).isEqualTo("UK phone number");
    assertThat(PersonalDataKind.NATIONAL_INSURANCE.label()).isEqualTo("National Insurance number");
    assertThat(PersonalDataKind.POSTCODE.label()).isEqualTo("UK postcode");
  }

  @Test
  void refusesFindingWithEmptySpan() {
    assertThatThrownBy(() -> new PersonalDataFinding(PersonalDataKind.EMAIL, 3, 0, "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // --- performance on hostile input ---

  /**
   * Compiles the hot paths first, so the timings below measure the algorithm rather than the JIT.
   */
  @BeforeAll
  static void warmUp() {
    PersonalDataScanner scanner = new PersonalDataScanner(List.of(OFFICIAL));
    String sample =
        "jane@example.org 07700 900123 AB123456C SW1A 1AA a dot b [at] c 0161-496-0000 +44 (0) ";
    String text = sample.repeat(2_000);
    for (int i = 0; i < 10; i++) {
      scanner.scan(text);
    }
  }

  /**
   * Fails on a runaway scan, and on one that needs a second of CPU time. Catastrophic backtracking
   * takes minutes on these inputs; CPU time rather than wall time keeps a busy build machine from
   * failing a linear scan.
   */
  private void assertScansWellUnderASecond(String text) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuNanos =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> {
              long before = threads.getCurrentThreadCpuTime();
              scanner.scan(text);
              return threads.getCurrentThreadCpuTime() - before;
            });
    assertThat(Duration.ofNanos(cpuNanos)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void scansFiveMegabytesOfDigitsAndSpacesQuickly() {
    Random random = new Random(42);
    StringBuilder text = new StringBuilder(5_000_000);
    while (text.length() < 5_000_000) {
      text.append(random.nextInt(10) < 8 ? (char) ('0' + random.nextInt(10)) : ' ');
    }

    assertScansWellUnderASecond(text.toString());
  }

  /** Digits, every separator the phone scanner knows, brackets and plus signs, at random. */
  @Test
  void scansTwoHundredThousandCharsOfDigitsAndSeparatorsWithinAFewHundredMilliseconds() {
    String alphabet = "0123456789000444+()[] \t\u00A0\u2009\u202F.-\u2013/";
    Random random = new Random(7);
    StringBuilder text = new StringBuilder(200_000);
    while (text.length() < 200_000) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }

    assertTimeoutPreemptively(Duration.ofMillis(300), () -> scanner.scan(text.toString()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "07 ",
        "0\u2009",
        "+44 (0) ",
        "(07700) ",
        "00 44 ",
        "(+44) ",
        "0 - ",
        "07700 - 90",
        "(0(0"
      })
  void scansTwoHundredThousandCharsOfRepeatedNumberStartsWithinAFewHundredMilliseconds(
      String fragment) {
    String text = fragment.repeat(200_000 / fragment.length());

    assertTimeoutPreemptively(Duration.ofMillis(300), () -> scanner.scan(text));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a@",
        "a.",
        "0 ",
        "000 ",
        "0-",
        "07700 900123 ",
        "+44 ",
        "(0",
        "AB1 ",
        "a1 ",
        "a dot ",
        "a at ",
        "a @ b dot ",
        "[at]",
        "x [at] y (dot) ",
      })
  void scansOneMegabyteOfRepeatedFragmentsQuickly(String fragment) {
    assertScansWellUnderASecond(fragment.repeat(1_000_000 / fragment.length()) + "@@-x");
  }
}
