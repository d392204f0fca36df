package org.foikb.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.foikb.model.SiteConfig;

/**
 * Everyday words for the terms a disclosure log uses, and abbreviations spelled out: the bundled
 * {@code thesaurus.txt}, with a site's own {@code synonyms:} from {@code site.yaml} added, each
 * replacing the bundled entry of the same words. The one definition both the build ("asked before")
 * and the browser ({@code search/s/<xx>.json}, written from it already stemmed) use.
 *
 * <pre>{@code
 * Thesaurus thesaurus = Thesaurus.of(log.site());
 * thesaurus.expansions("How many stun guns?"); // "tasers conducted energy devices"
 * }</pre>
 */
public final class Thesaurus {
  /** The most words of a phrase looked up, which no entry may pass. */
  static final int LONGEST = 5;

  /** Entry words as terms, joined by spaces, to the phrases as written. */
  private final Map<String, List<String>> entries;

  private final int longest;

  private Thesaurus(Map<String, List<String>> entries) {
    this.entries = entries;
    int most = 0;
    for (String key : entries.keySet()) {
      most = Math.max(most, key.split(" ").length);
    }
    this.longest = most;
  }

  private static final Thesaurus BUNDLED = parse(readBundled());

  /** The bundled thesaurus with the site's synonyms added. */
  public static Thesaurus of(SiteConfig site) {
    return BUNDLED.with(site.synonyms());
  }

  private static String readBundled() {
    try (InputStream in = Thesaurus.class.getResourceAsStream("thesaurus.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the bundled thesaurus", e);
    }
  }

  /** Reads lines of "words: phrase; phrase", skipping blank lines and '#' comments. */
  static Thesaurus parse(String text) {
    Map<String, List<String>> read = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      String trimmed = line.strip();
      int colon = trimmed.indexOf(": ");
      if (trimmed.isEmpty() || trimmed.startsWith("#") || colon < 0) {
        continue;
      }
      List<String> phrases = new ArrayList<>();
      for (String phrase : trimmed.substring(colon + 2).split(";")) {
        if (!phrase.isBlank()) {
          phrases.add(phrase.strip());
        }
      }
      put(read, trimmed.substring(0, colon), phrases);
    }
    return new Thesaurus(read);
  }

  /** This thesaurus with more entries, each replacing one of the same words. */
  public Thesaurus with(Map<String, List<String>> more) {
    if (more.isEmpty()) {
      return this;
    }
    Map<String, List<String>> merged = new LinkedHashMap<>(entries);
    more.forEach((words, phrases) -> put(merged, words, phrases));
    return new Thesaurus(merged);
  }

  private static void put(Map<String, List<String>> map, String words, List<String> phrases) {
    String key = key(words);
    if (!key.isEmpty() && key.split(" ").length <= LONGEST && !phrases.isEmpty()) {
      map.put(key, List.copyOf(phrases));
    }
  }

  /** An entry's words as the terms a query is matched on. */
  static String key(String words) {
    return String.join(" ", Tokeniser.terms(words));
  }

  int size() {
    return entries.size();
  }

  /** The phrases an entry gives, as written, or an empty list. */
  List<String> of(String words) {
    return entries.getOrDefault(key(words), List.of());
  }

  /**
   * The words of the phrases of every entry found in a text, joined by spaces, leaving out those
   * the text has: at each word the longest entry starting there, so that "lollipop lady" is read as
   * one, not as "lollipop" and "lady".
   */
  public String expansions(String text) {
    List<String> terms = Tokeniser.terms(text);
    // only words the text lacks, each once: a word it has would count twice
    java.util.Set<String> seen = new java.util.HashSet<>(terms);
    StringBuilder out = new StringBuilder();
    for (int at = 0; at < terms.size(); at++) {
      for (int n = Math.min(longest, terms.size() - at); n >= 1; n--) {
        List<String> found = entries.get(String.join(" ", terms.subList(at, at + n)));
        if (found != null) {
          for (String phrase : found) {
            for (String word : Tokeniser.words(phrase)) {
              String term = Tokeniser.term(word);
              if (term != null && seen.add(term)) {
                out.append(out.isEmpty() ? "" : " ").append(word);
              }
            }
          }
          at += n - 1;
          break;
        }
      }
    }
    return out.toString();
  }

  /** The entries for the browser: each entry's terms to its phrases' terms, already stemmed. */
  String json() {
    StringBuilder out = new StringBuilder("{");
    for (Map.Entry<String, List<String>> entry : stemmed(term -> true).entrySet()) {
      Json.quote(out.append(out.length() > 1 ? "," : ""), entry.getKey()).append(":[");
      for (int i = 0; i < entry.getValue().size(); i++) {
        Json.quote(out.append(i > 0 ? "," : ""), entry.getValue().get(i));
      }
      out.append(']');
    }
    return out.append('}').toString();
  }

  /**
   * Each entry's terms to its phrases' terms, keeping only the phrases whose every term a log has:
   * a term it lacks would cost the browser a dictionary shard to find nothing, and the rest of the
   * phrase would say less than the phrase ("police" for "police community support officer"). An
   * entry left with no phrase goes.
   */
  Map<String, List<String>> stemmed(Predicate<String> known) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> entry : entries.entrySet()) {
      List<String> phrases = new ArrayList<>();
      for (String phrase : entry.getValue()) {
        List<String> terms = Tokeniser.terms(phrase);
        String kept = String.join(" ", terms);
        if (!terms.isEmpty() && terms.stream().allMatch(known) && !phrases.contains(kept)) {
          phrases.add(kept);
        }
      }
      if (!phrases.isEmpty()) {
        out.put(entry.getKey(), List.copyOf(phrases));
      }
    }
    return out;
  }
}
