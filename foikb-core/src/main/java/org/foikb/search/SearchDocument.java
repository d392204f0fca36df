package org.foikb.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One thing a search can find: a question with its answer, a request, a section page or a
 * published-source page, with the text of each field and what the results list shows.
 *
 * @param fields field texts and their weights, e.g. the ask ×3 and the answer ×1; a text given
 *     twice counts with the sum of its weights
 * @param extraTerms terms added as they are, with their weight (the section ids applied)
 * @param question the question number for a question, else 0
 * @param outcomes bit mask over {@link org.foikb.model.Outcome#ordinal()}
 * @param year index into the years facet, or -1
 * @param sources published sources the answer points to, as {title, url}
 */
public record SearchDocument(
    Kind kind,
    String url,
    String title,
    String ask,
    String reference,
    String date,
    String outcomeSlug,
    String snippet,
    List<String[]> sources,
    List<Field> fields,
    Map<String, Float> extraTerms,
    int question,
    int outcomes,
    int year,
    int[] sections,
    int[] topics) {

  /**
   * Copies the extra terms into one class of map for every document: the index's compiled code,
   * having seen one class, is thrown away and compiled again when another first comes, and the
   * sections' and sources' documents come last.
   */
  public SearchDocument {
    extraTerms = Collections.unmodifiableMap(new LinkedHashMap<>(extraTerms));
  }

  /** A field's text and the weight of each of its terms. */
  public record Field(String text, float weight) {}

  /** What a result is; the browser reads the code. */
  public enum Kind {
    QUESTION(0),
    REQUEST(1),
    SECTION(2),
    SOURCE(3);

    final int code;

    Kind(int code) {
      this.code = code;
    }
  }
}
