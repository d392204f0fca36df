package org.foikb.template;

/** A labelled link, with an optional count shown beside it (0 hides it). */
public record LinkView(String label, String url, int count) {
  public LinkView(String label, String url) {
    this(label, url, 0);
  }

  /** The count as requests, for links whose count is of requests: "1 request". */
  public String requestCountText() {
    return Plural.requests(count);
  }

  public boolean hasCount() {
    return count > 0;
  }
}
