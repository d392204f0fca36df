package org.foikb.search;

import java.util.ArrayList;
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
  private final Map<String, Integer> topicCodes = new HashMap<>();

  Facets(DisclosureLog log) {
    TreeSet<Integer> yearSet = new TreeSet<>();
    TreeMap<String, String> topics = new TreeMap<>();
    for (Request request : log.requests()) {
      yearSet.add(request.year());
      for (String topic : request.topics()) {
        topics.putIfAbsent(Slugs.of(topic), topic);
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
    for (int i = 0; i < topicSlugs.size(); i++) {
      topicCodes.put(topicSlugs.get(i), i);
    }
  }

  int year(int year) {
    return yearCodes.getOrDefault(year, -1);
  }

  int[] sections(Iterable<String> ids) {
    TreeSet<Integer> codes = new TreeSet<>();
    for (String id : ids) {
      Integer code = sectionCodes.get(id);
      if (code != null) {
        codes.add(code);
      }
    }
    return codes.stream().mapToInt(Integer::intValue).toArray();
  }

  int[] topics(List<String> names) {
    return names.stream()
        .map(Slugs::of)
        .map(topicCodes::get)
        .filter(c -> c != null)
        .distinct()
        .sorted()
        .mapToInt(Integer::intValue)
        .toArray();
  }
}
