package org.foikb.load;

import java.util.Optional;

/**
 * The {@code id} field of sections and published sources: well formed and equal to the file name.
 */
final class IdField {
  private IdField() {}

  static Optional<String> read(YamlFields fields) {
    String stem = Ids.fileStem(fields.path());
    Optional<String> id =
        fields.requiredText("id", "add 'id: " + stem + "' (the file name without .md)");
    if (id.isEmpty()) {
      return Optional.empty();
    }
    if (!Ids.valid(id.get())) {
      fields.error("id", "invalid id '" + id.get() + "'", Ids.HINT);
      return Optional.empty();
    }
    if (!id.get().equals(stem)) {
      fields.error(
          "id",
          "id '" + id.get() + "' differs from the file name '" + stem + ".md'",
          "rename the file to " + id.get() + ".md, or change the id to '" + stem + "'");
      return Optional.empty();
    }
    return id;
  }
}
