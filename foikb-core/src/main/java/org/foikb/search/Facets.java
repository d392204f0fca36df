package org.foikb.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.foikb.model.ActSection;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.model.Slugs;

/** The filter values of a log and the small integer each is coded as in the postings. */
final class Facets {
  final List<Integer> years;
  final List<String> sectionIds;
  final List<String> sectionLabels;
  final List<String> topicSlugs;
  final List<String> topicNames;
  private final Map<Integer, Integer> yearCodes = new HashMap<>();
  private final Map<String, Integer> sectionCodes = new HashMap<>();

  /** Topic codes by the names requests give them: names that make the same slug share a code. */
  private final Map<String, Integer> topicCodes = new HashMap<>();

  Facets(DisclosureLog log) {
    TreeSet<Integer> yearSet = new TreeSet<>();
    TreeMap<String, String> topics = new TreeMap<>();
    // each name is made a slug once, not once a request
    Map<String, String> slugsByName = new HashMap<>();
    for (Request request : log.requests()) {
      yearSet.add(request.year());
      for (String topic : request.topics()) {
        topics.putIfAbsent(slugsByName.computeIfAbsent(topic, Slugs::of), topic);
      }
    }
    years = new ArrayList<>(yearSet.descendingSet());
    for (int i = 0; i < years.size(); i++) {
      yearCodes.put(years.get(i), i);
    }
    sectionIds = new ArrayList<>();
    sectionLabels = new ArrayList<>();
    for (ActSection section : log.sections()) {
      sectionCodes.put(section.id(), sectionIds.size());
      sectionIds.add(section.id());
      sectionLabels.add(section.displayName() + " – " + section.title());
    }
    topicSlugs = new ArrayList<>(topics.keySet());
    topicNames = new ArrayList<>(topics.values());
    Map<String, Integer> codesBySlug = new HashMap<>();
    for (int i = 0; i < topicSlugs.size(); i++) {
      codesBySlug.put(topicSlugs.get(i), i);
    }
    slugsByName.forEach((name, slug) -> topicCodes.put(name, codesBySlug.get(slug)));
  }

  int year(int year) {
    return yearCodes.getOrDefault(year, -1);
  }

  int[] sections(Iterable<String> ids) {
    int[] codes = new int[8];
    int count = 0;
    for (String id : ids) {
      Integer code = sectionCodes.get(id);
      if (code != null) {
        codes = count == codes.length ? Arrays.copyOf(codes, count * 2) : codes;
        codes[count++] = code;
      }
    }
    return sortedDistinct(codes, count);
  }

  int[] topics(List<String> names) {
    int[] codes = new int[names.size()];
    int count = 0;
    for (String name : names) {
      Integer code = topicCodes.get(name);
      if (code != null) {
        codes[count++] = code;
      }
    }
    return sortedDistinct(codes, count);
  }

  /** The first {@code count} codes, ascending, each once. */
  private static int[] sortedDistinct(int[] codes, int count) {
    Arrays.sort(codes, 0, count);
    int kept = 0;
    for (int i = 0; i < count; i++) {
      if (kept == 0 || codes[i] != codes[kept - 1]) {
        codes[kept++] = codes[i];
      }
    }
    return Arrays.copyOf(codes, kept);
  }
}
