package org.foikb.template;

import java.util.List;

/** All sections of the Act, exemptions first, with how often each was applied. */
public record SectionListView(LayoutView layout, List<Group> groups) {
  /** Exemptions or procedural sections. */
  public record Group(String heading, String anchor, List<Row> sections) {}

  /** One section in the table. */
  public record Row(String name, String title, String url, String test, int count) {}
}
