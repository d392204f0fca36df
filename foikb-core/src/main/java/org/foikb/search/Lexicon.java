package org.foikb.search;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A number for every term the process has met, so that term tables and postings work on ints and
 * look nothing up by string: a term's number is found once, when a word cache first meets a word.
 * Numbers are given in the order terms first come from any thread, so they differ between runs;
 * nothing written depends on them.
 *
 * <pre>{@code
 * int id = Lexicon.id("recogn");
 * Lexicon.term(id); // "recogn"
 * }</pre>
 */
final class Lexicon {
  private static final ConcurrentHashMap<String, Integer> IDS = new ConcurrentHashMap<>();

  /**
   * Terms by number, written under the lock before the number is published, so that whoever holds a
   * number can read its term; copied to a larger array as it fills.
   */
  private static volatile String[] terms = new String[1 << 12];

  private static int size;

  private Lexicon() {}

  /** The term's number, given it now if it has none. */
  static int id(String term) {
    Integer id = IDS.get(term);
    return id != null ? id : assign(term);
  }

  private static synchronized int assign(String term) {
    Integer id = IDS.get(term);
    if (id != null) {
      return id;
    }
    if (size == terms.length) {
      terms = Arrays.copyOf(terms, size * 2);
    }
    terms[size] = term;
    IDS.put(term, size);
    return size++;
  }

  /** The term numbered {@code id}. */
  static String term(int id) {
    return terms[id];
  }
}
