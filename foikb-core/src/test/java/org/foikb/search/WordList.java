package org.foikb.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foikb.site.BundledContent;

/**
 * Words for the stemming parity test: every word in content/ and the test fixtures, plus English
 * roots with common endings, plus FOI shorthand phrases.
 */
final class WordList {
  private static final String[] ROOTS =
      ("recogn organ author polic offic arrest search record "
              + "retain deploy complain investig discipl dismiss suspend vehicl electr fleet drone camera "
              + "video footag retent pay salar overtim consult contract spend budget gift hospit declar "
              + "inform intellig protest demonstr crime victim wit suspect custod photograph imag biometr "
              + "facial surveil monitor intercept commun data breach cyber attack hack ransom secur vet "
              + "misconduct hear tribun appeal review decid determin assess evalu measur report publish "
              + "disclos withhold exempt refus answer request respond provid suppli equip train "
              + "taser firearm weapon forc use dischar strip child juvenil young ethnic gender nation "
              + "happy easy cry try apply deny rely study copy carry marry hurry worry bury fly sky die lie "
              + "agree free see flee proceed exceed succeed need feed speed bleed breed generous general "
              + "communic arsenal univers sens sensit posit condit definit competit addit transit "
              + "hope hop run sit stop plan ship rate relate create operate generate hesitate")
          .split(" ");
  private static final String[] ENDINGS =
      ("  e s es ed ing ion ions ation ations ations ational "
              + "ise ised ises ising isation isations ize ized izes izing ization izations iser izer ers "
              + "er ly ally ful fully fulness ness less lessly ment ments ement able ably ible ibly ity "
              + "ities ive ively iveness ism ist ists al als ally ance ances ence ences ant ent ently "
              + "ous ously ousness ic ical ically y ies ied ier iest li ogi ologi ology logy ator ators "
              + "tional tionally enci anci abli entli alism aliti alli ousli iviti fulli lessli biliti "
              + "bli eed eedly edly ingly ative icate iciti alize")
          .split(" ");
  private static final Pattern WORD = Pattern.compile("\\S+");

  private WordList() {}

  static List<String> words() {
    TreeSet<String> words = new TreeSet<>();
    for (Path folder : List.of(BundledContent.FOLDER, Path.of("src/test/resources"))) {
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
          Matcher matcher = WORD.matcher(Files.readString(file));
          while (matcher.find()) {
            words.add(matcher.group());
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    for (String root : ROOTS) {
      for (String ending : ENDINGS) {
        words.add(root + ending);
        words.add(root + root.charAt(root.length() - 1) + ending);
      }
    }
    words.addAll(
        List.of(
            "s21",
            "S.21",
            "section 21",
            "sections 21 and 40",
            "31(1)(a)",
            "s.31(1)(a)",
            "ss 40, 41",
            "Section 40(2)",
            "Café",
            "naïve",
            "Straße",
            "Œuvre",
            "Ørsted",
            "ﬁle",
            "İstanbul",
            "ΣΊΣΥΦΟΣ",
            "1st",
            "2nd",
            "don't",
            "FOI-2023/0042"));
    return new ArrayList<>(words);
  }
}
