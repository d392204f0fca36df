package org.foikb.report;

/** The report's headings, one per kind of problem, shared by the text and the HTML. */
final class Headings {
  static final String UNUSED = "Published sources no answer links to";
  static final String STALE =
      "Published sources checked more than " + StaffReport.STALE_AFTER_MONTHS + " months ago";
  static final String UNDATED = "Published sources with no checked date";
  static final String WITHOUT_TOPICS = "Requests without topics";
  static final String ANSWERED_DIFFERENTLY = "Similar questions answered differently";

  private Headings() {}

  /** Said under a list cut to {@link StaffReport#LISTED} items. */
  static String leftOut(int count) {
    return String.format(
        java.util.Locale.ROOT,
        "The first %,d of %,d are listed; deal with them and build again for the rest.",
        StaffReport.LISTED,
        count);
  }
}
