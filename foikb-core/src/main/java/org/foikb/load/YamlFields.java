package org.foikb.load;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.Diagnostics;
import org.foikb.diag.Suggestions;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * A YAML mapping read as text with positions, never trusted to the YAML library's typing.
 *
 * <p>SnakeYAML would keep the last of two duplicate keys, roll 2024-02-30 on to March and read
 * {@code 2024.10} as a number; here every value is the literal text written, duplicates and
 * impossible dates are errors, and each getter reports its own problem with the file line.
 */
final class YamlFields {
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final String DATE_HINT = "write the date as YYYY-MM-DD, e.g. 2023-06-05";
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  private final String path;
  private final int firstLine;
  private final Diagnostics diagnostics;
  private final Node mappingNode;
  private final Map<String, Node> values = new LinkedHashMap<>();
  private final Map<String, Node> keys = new LinkedHashMap<>();
  private final Set<String> refused = new HashSet<>();

  private YamlFields(String path, int firstLine, Diagnostics diagnostics, MappingNode mapping) {
    this.path = path;
    this.firstLine = firstLine;
    this.diagnostics = diagnostics;
    this.mappingNode = mapping;
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        error(keyNode, "a field name must be plain text", null);
        continue;
      }
      String key = scalarKey.getValue();
      if (values.containsKey(key)) {
        error(
            keyNode,
            "duplicate field '" + key + "' (first given on line " + lineOf(keys.get(key)) + ")",
            "keep one '" + key + ":' line and delete the other");
        continue;
      }
      keys.put(key, keyNode);
      values.put(key, tuple.getValueNode());
    }
  }

  /** Parses front matter or a settings file; reports malformed YAML and returns empty. */
  static Optional<YamlFields> parse(
      String path, String yaml, int firstLine, Diagnostics diagnostics) {
    LoadSettings settings = LoadSettings.builder().setLabel(path).setUseMarks(true).build();
    Optional<Node> root;
    try {
      Parser parser = new NestingLimit(new ParserImpl(settings, new StreamReader(settings, yaml)));
      root = new Composer(settings, parser).getSingleNode();
    } catch (NestingLimit.TooDeep e) {
      Optional<Mark> mark = e.mark();
      diagnostics.add(
          Diagnostic.error(
                  path,
                  mark.map(m -> m.getLine() + firstLine).orElse(firstLine),
                  mark.map(m -> m.getColumn() + 1).orElse(0),
                  "lists and groups of fields are nested more than "
                      + NestingLimit.MAX_DEPTH
                      + " deep")
              .withHint(
                  "the format nests four deep at most (a request's questions, and their"
                      + " sections); write the value as text or as a list of texts"));
      return Optional.empty();
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark = e.getProblemMark();
      int line = mark.map(m -> m.getLine() + firstLine).orElse(firstLine);
      int column = mark.map(m -> m.getColumn() + 1).orElse(0);
      diagnostics.add(
          Diagnostic.error(path, line, column, "malformed YAML: " + e.getProblem())
              .withHint(
                  "check the indentation, and put text containing ': ', '#' or a leading"
                      + " '[', '{', '*', '&' or '!' in quotes"));
      return Optional.empty();
    } catch (YamlEngineException e) {
      diagnostics.add(Diagnostic.error(path, firstLine, 0, "malformed YAML: " + e.getMessage()));
      return Optional.empty();
    }
    if (root.isEmpty()) {
      diagnostics.add(
          Diagnostic.error(path, firstLine, 1, "the front matter has no fields")
              .withHint("write one 'name: value' line per field between the '---' lines"));
      return Optional.empty();
    }
    if (!(root.get() instanceof MappingNode mapping)) {
      diagnostics.add(
          Diagnostic.error(
                  path, lineFrom(root.get(), firstLine), 1, "the front matter must be fields")
              .withHint("write one 'name: value' line per field"));
      return Optional.empty();
    }
    return Optional.of(new YamlFields(path, firstLine, diagnostics, mapping));
  }

  String path() {
    return path;
  }

  /** The file line of a field's value, or of the mapping when the field is absent. */
  int line(String key) {
    Node node = values.get(key);
    return node == null ? lineOf(mappingNode) : lineOf(node);
  }

  int column(String key) {
    Node node = values.get(key);
    return node == null ? 1 : columnOf(node);
  }

  boolean has(String key) {
    return values.containsKey(key) && !isNull(values.get(key));
  }

  Optional<String> optionalText(String key) {
    return scalar(
        key,
        "text",
        "write the text on the same line as '"
            + key
            + ":', in quotes if it starts with '[' or '{'");
  }

  /** The stripped text of a field that must be one value, refusing a list or group of fields. */
  private Optional<String> scalar(String key, String expected, String hint) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return Optional.empty();
    }
    if (!(node instanceof ScalarNode scalar)) {
      refuse(key, node, "'" + key + "' must be " + expected + ", not " + shapeOf(node), hint);
      return Optional.empty();
    }
    String text = scalar.getValue().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  /** Whether a field was given in a shape the format does not allow, and so already reported. */
  boolean refused(String key) {
    return refused.contains(key);
  }

  private void refuse(String key, Node node, String message, String hint) {
    refused.add(key);
    error(node, message, hint);
  }

  private static String shapeOf(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    return node instanceof MappingNode ? "a group of fields" : "text";
  }

  Optional<String> requiredText(String key, String hint) {
    Optional<String> text = optionalText(key);
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      missing(key, hint);
    } else if (text.isEmpty() && !refused(key)) {
      error(node, "required field '" + key + "' is empty", hint);
    }
    return text;
  }

  void missing(String key, String hint) {
    diagnostics.add(
        Diagnostic.error(path, lineOf(mappingNode), 1, "missing required field '" + key + "'")
            .withHint(hint));
  }

  Optional<LocalDate> optionalDate(String key) {
    return scalar(key, "a date", DATE_HINT).flatMap(text -> date(key, text));
  }

  Optional<LocalDate> requiredDate(String key) {
    Optional<String> text = scalar(key, "a date", DATE_HINT);
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      missing(key, "add '" + key + ": YYYY-MM-DD'");
    } else if (text.isEmpty() && !refused(key)) {
      error(node, "required field '" + key + "' is empty", "add '" + key + ": YYYY-MM-DD'");
    }
    return text.flatMap(t -> date(key, t));
  }

  private Optional<LocalDate> date(String key, String text) {
    Node node = values.get(key);
    if (!ISO_DATE.matcher(text).matches()) {
      error(node, "'" + key + "' is not an ISO date: '" + text + "'", DATE_HINT);
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text, STRICT_DATE));
    } catch (DateTimeParseException e) {
      error(
          node, "'" + key + "' is not a real date: '" + text + "'", "check the day and the month");
      return Optional.empty();
    }
  }

  /** A list of texts; one text is refused too, since the format asks for brackets even then. */
  List<String> textList(String key) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      String example =
          node instanceof ScalarNode scalar && !scalar.getValue().isBlank()
              ? scalar.getValue().strip()
              : "a, b";
      refuse(
          key,
          node,
          "'" + key + "' must be a list, not " + shapeOf(node),
          "write it in brackets, even for one item: '" + key + ": [" + example + "]'");
      return List.of();
    }
    List<String> texts = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
        texts.add(scalar.getValue().strip());
      } else {
        refuse(
            key,
            item,
            "each item of '"
                + key
                + "' must be text, not "
                + (item instanceof ScalarNode ? "empty" : shapeOf(item)),
            "write the items between brackets, separated by commas: [a, b]");
      }
    }
    return texts;
  }

  /**
   * A group of fields whose every field is a list of texts, such as site.yaml's {@code synonyms:};
   * each list follows {@link #textList}'s rules, and an empty one is refused.
   */
  Map<String, List<String>> textListGroup(String key, String hint) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return Map.of();
    }
    if (!(node instanceof MappingNode mapping)) {
      refuse(key, node, "'" + key + "' must be a group of fields, not " + shapeOf(node), hint);
      return Map.of();
    }
    YamlFields group = new YamlFields(path, firstLine, diagnostics, mapping);
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (Map.Entry<String, Node> field : group.values.entrySet()) {
      List<String> texts = group.textList(field.getKey());
      if (group.refused(field.getKey())) {
        continue;
      }
      if (texts.isEmpty()) {
        group.error(
            field.getValue(),
            "'" + field.getKey() + "' in '" + key + "' gives no words",
            "list at least one, e.g. '" + field.getKey() + ": [police officers]', or delete it");
        continue;
      }
      lists.put(field.getKey(), texts);
    }
    return lists;
  }

  /** The items of a list of field groups, such as a request's questions. */
  List<YamlFields> groupList(String key, String hint) {
    Node node = values.get(key);
    if (node == null || isNull(node)) {
      return List.of();
    }
    if (!(node instanceof SequenceNode sequence)) {
      refuse(
          key,
          node,
          "'" + key + "' must be a list of groups of fields, not " + shapeOf(node),
          hint);
      return List.of();
    }
    List<YamlFields> groups = new ArrayList<>();
    for (Node item : sequence.getValue()) {
      if (item instanceof MappingNode mapping) {
        groups.add(new YamlFields(path, firstLine, diagnostics, mapping));
      } else {
        refuse(
            key,
            item,
            "each item of '" + key + "' must be a group of fields, not " + shapeOf(item),
            hint);
      }
    }
    return groups;
  }

  /** The line where this group starts, for messages about the group as a whole. */
  int startLine() {
    return lineOf(mappingNode);
  }

  /** Warns about fields the format does not know, which are usually typing mistakes. */
  void warnUnknown(Collection<String> known) {
    for (Map.Entry<String, Node> entry : keys.entrySet()) {
      if (!known.contains(entry.getKey())) {
        String suggestion = Suggestions.closest(entry.getKey(), known);
        diagnostics.add(
            Diagnostic.warning(
                    path,
                    lineOf(entry.getValue()),
                    columnOf(entry.getValue()),
                    "unknown field '" + entry.getKey() + "' is ignored")
                .withHint(
                    suggestion == null
                        ? "known fields: " + String.join(", ", known)
                        : "did you mean '" + suggestion + "'?"));
      }
    }
  }

  void error(String key, String message, String hint) {
    Node node = values.get(key);
    diagnostics.add(
        Diagnostic.error(
                path,
                node == null ? lineOf(mappingNode) : lineOf(node),
                node == null ? 1 : columnOf(node),
                message)
            .withHint(hint));
  }

  private void error(Node node, String message, String hint) {
    diagnostics.add(Diagnostic.error(path, lineOf(node), columnOf(node), message).withHint(hint));
  }

  private static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar
        && scalar.getScalarStyle() == org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN
        && (scalar.getValue().isEmpty()
            || scalar.getValue().equals("~")
            || scalar.getValue().equals("null"));
  }

  private int lineOf(Node node) {
    return lineFrom(node, firstLine);
  }

  private static int lineFrom(Node node, int firstLine) {
    return node.getStartMark().map(m -> m.getLine() + firstLine).orElse(firstLine);
  }

  private static int columnOf(Node node) {
    return node.getStartMark().map(m -> m.getColumn() + 1).orElse(1);
  }
}
