package org.foikb.load;

import java.util.regex.Pattern;

/** The content format's rule for ids: lower-case ASCII letters, digits and '-'. */
public final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9-]+");

  private Ids() {}

  public static boolean valid(String id) {
    return ID.matcher(id).matches();
  }

  /** The file name without {@code .md}. */
  static String fileStem(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  static final String HINT =
      "ids use only a-z, 0-9 and '-' (no capitals, spaces, dots or slashes) and equal the file name";
}
