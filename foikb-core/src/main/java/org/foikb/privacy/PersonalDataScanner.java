package org.foikb.privacy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds personal data that must not appear in a published disclosure log: e-mail addresses, UK
 * phone numbers, National Insurance numbers and full UK postcodes.
 *
 * <p>The scanner is immutable and thread-safe; build one and share it across threads:
 *
 * <pre>{@code
 * PersonalDataScanner scanner = new PersonalDataScanner(List.of("foi@council.gov.uk"));
 * List<PersonalDataFinding> findings = scanner.scan("Call Jane on 07700 900123.");
 * // [PersonalDataFinding[kind=PHONE, offset=13, length=12, masked=07*** ****23]]
 * }</pre>
 *
 * <p>Findings never overlap. Where two detectors claim the same chars, the e-mail address wins,
 * then the National Insurance number, then the postcode, then the phone number. An allow-listed
 * e-mail address produces no finding but still claims its chars, so digits inside it are not
 * reported as a phone number.
 */
public final class PersonalDataScanner {

  // Every pattern starts with a negative lookbehind for the chars its token is made of, so a match
  // can
  // only start at the beginning of a run; with possessive quantifiers and bounded repeats no char
  // is
  // examined more than a few times, whatever the input.

  private static final Pattern EMAIL =
      Pattern.compile("(?<![\\w.%+-])[\\w.%+-]++@[A-Za-z0-9-]++(?:\\.[A-Za-z0-9-]++)++");

  // Spaces around spoken words are bounded so that mayStartSpokenAddress can recognise a chain's
  // middle.
  private static final String SPOKEN_DOT =
      "\\h{0,3}+[\\[({<]\\h{0,3}+dot\\h{0,3}+[\\])}>]\\h{0,3}+|\\h{1,3}+dot\\h{1,3}+";
  private static final String SPOKEN_AT =
      "\\h{0,3}+[\\[({<]\\h{0,3}+at\\h{0,3}+[\\])}>]\\h{0,3}+|\\h{0,3}+@\\h{0,3}+|\\h{1,3}+at\\h{1,3}+";
  private static final String LOCAL_TOKEN = "[\\w%+-][\\w.%+-]*+";
  private static final Pattern SPOKEN_DOT_PATTERN =
      Pattern.compile(SPOKEN_DOT, Pattern.CASE_INSENSITIVE);
  private static final Pattern OBFUSCATED_EMAIL =
      Pattern.compile(
          "(?<![\\w.%+-])(?<local>"
              + LOCAL_TOKEN
              + "(?:(?:"
              + SPOKEN_DOT
              + ")"
              + LOCAL_TOKEN
              + ")*+)"
              + "(?<at>"
              + SPOKEN_AT
              + ")"
              + "(?<domain>[a-z0-9-]++(?:(?:"
              + SPOKEN_DOT
              + "|\\.)[a-z0-9-]++)++)",
          Pattern.CASE_INSENSITIVE);

  // HMRC prefix rules: first letter not D F I Q U V, second not D F I O Q U V, some pairs never
  // issued.
  // QQ, HMRC's specimen prefix, is found all the same: it names nobody, but authors paste it in
  // place of
  // a real number, and a log that refuses the specimen teaches them the rule before it matters.
  private static final Pattern NATIONAL_INSURANCE =
      Pattern.compile(
          "(?<!\\w)(?!BG|GB|KN|NK|NT|TN|ZZ)(?<prefix>QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"
              + "[ \\u00A0]?\\d{2}[ \\u00A0]?\\d{2}[ \\u00A0]?\\d{2}[ \\u00A0]?(?<suffix>[A-D])(?!\\w)",
          Pattern.CASE_INSENSITIVE);

  // Royal Mail's letter rules per position; the inward code never uses C I K M O V.
  private static final Pattern POSTCODE =
      Pattern.compile(
          "(?<!\\w)(?<outward>[A-PR-UWYZ]"
              + "(?:[A-HK-Y]\\d[ABEHMNPRV-Y]|[A-HK-Y]\\d\\d?|\\d[A-HJKPSTUW]|\\d\\d?))"
              + "[ \\u00A0]?(?<inward>\\d[ABD-HJLNP-UW-Z]{2})(?!\\w)",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LOWER_CASE_ORDINAL = Pattern.compile("1st|2nd|3rd|[04-9]th");

  // Second-level labels kept in the mask so "gov.uk" and "co.uk" stay recognisable.
  private static final Set<String> SECOND_LEVEL_LABELS =
      Set.of("co", "gov", "ac", "org", "nhs", "ltd", "plc", "net", "sch", "police", "mod", "me");

  // "name at domain dot com" is only trusted when it ends like a real address, to spare ordinary
  // prose.
  private static final Set<String> SPOKEN_TOP_LEVEL_LABELS =
      Set.of(
          "com", "org", "net", "uk", "gov", "edu", "info", "io", "co", "ac", "nhs", "scot", "wales",
          "cymru", "eu", "ie", "me", "biz");
  private static final Set<String> SPOKEN_DOMAIN_STOPWORDS =
      Set.of(
          "the", "a", "an", "this", "that", "these", "those", "our", "your", "their", "its", "his",
          "her", "my", "any", "each", "every", "no");

  private final Set<String> emailAllowlist;

  /**
   * Creates a scanner.
   *
   * @param emailAllowlist exact e-mail addresses (compared case-insensitively) that are official
   *     contacts and may be published
   */
  public PersonalDataScanner(Collection<String> emailAllowlist) {
    Objects.requireNonNull(emailAllowlist, "emailAllowlist");
    this.emailAllowlist =
        emailAllowlist.stream()
            .map(address -> address.trim().toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * Returns every finding in {@code text}, ordered by offset; offsets are char offsets into {@code
   * text}.
   *
   * @param text front matter and body of one request
   * @return an immutable list, empty when the text is clean
   */
  public List<PersonalDataFinding> scan(String text) {
    Objects.requireNonNull(text, "text");
    Claims claims = new Claims();
    scanEmails(text, claims);
    if (hasObfuscationCue(text)) {
      scanObfuscatedEmails(text, claims);
    }
    scanCodes(text, claims);
    scanPhones(text, claims);
    return claims.findings();
  }

  // Patterns are only tried where a cheap char test says a match could start: find() pays the regex
  // engine's overhead at every position, which is several times slower on ordinary prose.
  private static Matcher anchoredMatcher(Pattern pattern, String text) {
    return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
  }

  private static boolean matchesAt(Matcher m, int start, String text) {
    return m.region(start, text.length()).lookingAt();
  }

  private void scanEmails(String text, Claims claims) {
    Matcher m = anchoredMatcher(EMAIL, text);
    int from = 0;
    int at = text.indexOf('@');
    while (at >= 0) {
      int start = startOfLocalPart(text, at, from);
      if (start < at && matchesAt(m, start, text)) {
        claimEmailMatch(text, m, claims);
        from = m.end();
      } else {
        from = at + 1;
      }
      at = text.indexOf('@', from);
    }
  }

  /**
   * Walks back from the '@' over local-part chars, but not past {@code from}, so no char is walked
   * twice.
   */
  private static int startOfLocalPart(String text, int at, int from) {
    int start = at;
    while (start > from && isLocalPartChar(text.charAt(start - 1))) {
      start--;
    }
    return start;
  }

  private static boolean isLocalPartChar(char c) {
    return isAsciiWordChar(c) || c == '.' || c == '%' || c == '+' || c == '-';
  }

  private void claimEmailMatch(String text, Matcher m, Claims claims) {
    int start = skipLeadingDots(text, m.start());
    int at = text.indexOf('@', start);
    int end = endOfDomain(text, at + 1, m.end());
    if (at > start && end > 0) {
      claimEmail(claims, start, end, text.substring(start, at), text.substring(at + 1, end));
    }
  }

  private static int skipLeadingDots(String text, int start) {
    int i = start;
    while (text.charAt(i) == '.') {
      i++;
    }
    return i;
  }

  /**
   * End of the domain once trailing labels that cannot be a top-level domain are dropped, or -1.
   */
  private static int endOfDomain(String text, int domainStart, int matchEnd) {
    int end = matchEnd;
    int lastDot = text.lastIndexOf('.', end - 1);
    while (lastDot > domainStart && !isTopLevelLabel(text, lastDot + 1, end)) {
      end = lastDot;
      lastDot = text.lastIndexOf('.', end - 1);
    }
    return lastDot > domainStart ? end : -1;
  }

  private static boolean isTopLevelLabel(String text, int start, int end) {
    if (end - start < 2) {
      return false;
    }
    for (int i = start; i < end; i++) {
      if (!Character.isLetter(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private void scanObfuscatedEmails(String text, Claims claims) {
    Matcher m = anchoredMatcher(OBFUSCATED_EMAIL, text);
    int i = 0;
    while (i < text.length()) {
      if (mayStartSpokenAddress(text, i) && matchesAt(m, i, text)) {
        claimSpokenAddress(m, claims);
        i = m.end();
      } else {
        i++;
      }
    }
  }

  /** A word start that does not follow a spoken dot, so "a dot b dot c" is tried once, from "a". */
  private static boolean mayStartSpokenAddress(String text, int i) {
    char c = text.charAt(i);
    boolean tokenStart = isAsciiWordChar(c) || c == '%' || c == '+' || c == '-';
    return tokenStart
        && (i == 0 || !isLocalPartChar(text.charAt(i - 1)))
        && !followsSpokenDot(text, i);
  }

  private static boolean followsSpokenDot(String text, int i) {
    int j = skipBackSpaces(text, i);
    if (j > 0 && "])}>".indexOf(text.charAt(j - 1)) >= 0) {
      j = skipBackSpaces(text, j - 1);
    }
    return j >= 3 && text.regionMatches(true, j - 3, "dot", 0, 3);
  }

  /** Steps back over at most three spaces or tabs, the most a spoken separator may hold. */
  private static int skipBackSpaces(String text, int i) {
    int j = i;
    while (j > 0 && i - j < 3 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == '\t')) {
      j--;
    }
    return j;
  }

  private void claimSpokenAddress(Matcher m, Claims claims) {
    String local = SPOKEN_DOT_PATTERN.matcher(m.group("local")).replaceAll(".");
    String domain = SPOKEN_DOT_PATTERN.matcher(m.group("domain")).replaceAll(".");
    boolean plainAt = m.group("at").strip().equalsIgnoreCase("at");
    boolean spokenDot = !domain.equals(m.group("domain"));
    if (isPlausibleObfuscation(domain, plainAt, spokenDot)) {
      claimEmail(claims, m.start(), m.end(), local, domain);
    }
  }

  private static boolean isPlausibleObfuscation(String domain, boolean plainAt, boolean spokenDot) {
    String[] labels = domain.toLowerCase(Locale.ROOT).split("\\.");
    String last = labels[labels.length - 1];
    if (!last.chars().allMatch(Character::isLetter) || last.length() < 2) {
      return false;
    }
    if (!plainAt) {
      return true;
    }
    // a bare "at" is everywhere in English, so ask for a spoken "dot" and an address-like ending
    // too
    return spokenDot
        && SPOKEN_TOP_LEVEL_LABELS.contains(last)
        && !SPOKEN_DOMAIN_STOPWORDS.contains(labels[0]);
  }

  private void claimEmail(Claims claims, int start, int end, String local, String domain) {
    String address = (local + "@" + domain).toLowerCase(Locale.ROOT);
    if (emailAllowlist.contains(address)) {
      claims.reserve(start, end);
    } else {
      claims.add(
          new PersonalDataFinding(
              PersonalDataKind.EMAIL, start, end - start, maskEmail(local, domain)));
    }
  }

  /**
   * National Insurance numbers and postcodes, which both start a word with a letter and soon a
   * digit.
   */
  private static void scanCodes(String text, Claims claims) {
    Matcher ni = anchoredMatcher(NATIONAL_INSURANCE, text);
    Matcher postcode = anchoredMatcher(POSTCODE, text);
    int i = 0;
    while (i < text.length()) {
      i = isWordStartLetter(text, i) ? scanCodeAt(text, i, ni, postcode, claims) : i + 1;
    }
  }

  /** Tries both patterns at {@code i} and returns where scanning resumes. */
  private static int scanCodeAt(String text, int i, Matcher ni, Matcher postcode, Claims claims) {
    if (mayStartNationalInsurance(text, i) && matchesAt(ni, i, text)) {
      claims.add(nationalInsuranceFinding(ni));
      return ni.end();
    }
    if (mayStartPostcode(text, i) && matchesAt(postcode, i, text)) {
      addPostcode(postcode, claims);
      return postcode.end();
    }
    return i + 1;
  }

  private static boolean isWordStartLetter(String text, int i) {
    return isAsciiLetterAt(text, i) && (i == 0 || !isAsciiWordChar(text.charAt(i - 1)));
  }

  /** "AB1..." or "AB 1...". */
  private static boolean mayStartNationalInsurance(String text, int i) {
    return isAsciiLetterAt(text, i + 1)
        && (isDigitAt(text, i + 2) || (isSpaceAt(text, i + 2) && isDigitAt(text, i + 3)));
  }

  /** "M1..." or "SW1...". */
  private static boolean mayStartPostcode(String text, int i) {
    return isDigitAt(text, i + 1) || (isAsciiLetterAt(text, i + 1) && isDigitAt(text, i + 2));
  }

  private static boolean isAsciiLetterAt(String text, int i) {
    if (i >= text.length()) {
      return false;
    }
    char c = text.charAt(i);
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isSpaceAt(String text, int i) {
    return i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\u00A0');
  }

  private static boolean isDigitAt(String text, int i) {
    return i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9';
  }

  private static PersonalDataFinding nationalInsuranceFinding(Matcher m) {
    String masked = m.group("prefix") + " ** ** ** " + m.group("suffix");
    return new PersonalDataFinding(
        PersonalDataKind.NATIONAL_INSURANCE, m.start(), m.end() - m.start(), masked);
  }

  private static void addPostcode(Matcher m, Claims claims) {
    // "the A1 1st floor" has a postcode's shape; a real inward code is rarely written in lower case
    if (!LOWER_CASE_ORDINAL.matcher(m.group("inward")).matches()) {
      claims.add(
          new PersonalDataFinding(
              PersonalDataKind.POSTCODE,
              m.start(),
              m.end() - m.start(),
              m.group("outward") + " ***"));
    }
  }

  private static void scanPhones(String text, Claims claims) {
    for (PersonalDataFinding phone : PhoneNumbers.find(text)) {
      claims.add(phone);
    }
  }

  private static String maskEmail(String local, String domain) {
    String[] labels = domain.split("\\.");
    int n = labels.length;
    String suffix = labels[n - 1];
    if (n >= 3 && SECOND_LEVEL_LABELS.contains(labels[n - 2].toLowerCase(Locale.ROOT))) {
      suffix = labels[n - 2] + "." + suffix;
    }
    return local.charAt(0) + "***@" + domain.charAt(0) + "***." + suffix;
  }

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * Cheap check for a spoken "dot" or a bracketed "at" before running the obfuscation pattern; it
   * uses String.indexOf, which the JVM vectorises, so the common case costs far less than a char
   * loop.
   */
  private static boolean hasObfuscationCue(String text) {
    return hasWordDot(text, "dot")
        || hasWordDot(text, "Dot")
        || hasWordDot(text, "DOT")
        || hasBracketedAt(text);
  }

  private static boolean hasWordDot(String text, String spelling) {
    for (int i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
      if (isWordDotAt(text, i)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBracketedAt(String text) {
    for (char closer : new char[] {']', ')', '}', '>'}) {
      for (int i = text.indexOf(closer); i >= 0; i = text.indexOf(closer, i + 1)) {
        if (endsWithAt(text, i)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isWordDotAt(String text, int i) {
    return text.regionMatches(true, i, "dot", 0, 3)
        && (i == 0 || !Character.isLetter(text.charAt(i - 1)))
        && (i + 3 >= text.length() || !Character.isLetter(text.charAt(i + 3)));
  }

  private static boolean endsWithAt(String text, int closer) {
    int i = closer - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 1 && text.regionMatches(true, i - 1, "at", 0, 2);
  }

  /**
   * The chars already taken by a finding, so that later, lower-priority detectors cannot overlap
   * them.
   */
  private static final class Claims {
    private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();
    private final List<PersonalDataFinding> findings = new ArrayList<>();

    void add(PersonalDataFinding finding) {
      if (reserve(finding.offset(), finding.end())) {
        findings.add(finding);
      }
    }

    boolean reserve(int start, int end) {
      Map.Entry<Integer, Integer> before = endByStart.floorEntry(start);
      Map.Entry<Integer, Integer> after = endByStart.ceilingEntry(start);
      boolean free =
          (before == null || before.getValue() <= start)
              && (after == null || after.getKey() >= end);
      if (free) {
        endByStart.put(start, end);
      }
      return free;
    }

    List<PersonalDataFinding> findings() {
      findings.sort(Comparator.comparingInt(PersonalDataFinding::offset));
      return List.copyOf(findings);
    }
  }
}
