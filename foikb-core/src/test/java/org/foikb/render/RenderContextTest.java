package org.foikb.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RenderContextTest {
  private static final DateTimeFormatter PATTERN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Test
  void writesEveryDayAsThePatternDoes() {
    for (LocalDate day = LocalDate.of(1995, 1, 1);
        day.isBefore(LocalDate.of(2035, 1, 1));
        day = day.plusDays(1)) {
      assertThat(RenderContext.date(day)).isEqualTo(day.format(PATTERN));
    }
    assertThat(RenderContext.date(LocalDate.of(2024, 2, 29))).isEqualTo("29 February 2024");
  }

  @Test
  void writesYearsOutsideFourDigitsAsThePatternDoes() {
    for (int year : new int[] {1, 999, 1000, 9999, 10000, 123456}) {
      LocalDate day = LocalDate.of(year, 12, 31);
      assertThat(RenderContext.date(day)).as("%d", year).isEqualTo(day.format(PATTERN));
    }
  }
}
