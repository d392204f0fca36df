package org.foikb.render;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.foikb.model.ActSection;

/** Orders sections as the Act does: 8 before 12, 31 before 31(1)(a). */
final class SectionOrder {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(\\d+)");

  static final Comparator<ActSection> NATURAL =
      Comparator.comparingInt((ActSection s) -> leadingNumber(s.number()))
          .thenComparing(ActSection::number);

  private SectionOrder() {}

  private static int leadingNumber(String number) {
    Matcher matcher = LEADING_NUMBER.matcher(number.strip());
    return matcher.find() ? Integer.parseInt(matcher.group(1)) : Integer.MAX_VALUE;
  }
}
