package org.foikb.render;

import java.security.MessageDigest;
import org.foikb.digest.Digests;
import org.foikb.digest.FileDigests;
import org.foikb.model.Request;

/**
 * A digest of everything one page shows: each renderer adds exactly what it reads for the page, a
 * request as the digest of its file. Two pages with equal keys have equal bytes, so a rebuild keeps
 * the old file of a page whose key has not changed instead of rendering it.
 */
final class PageKey {
  private final MessageDigest sha = Digests.sha256();
  private final FileDigests files;

  /** A key starting from {@code base}, what every page depends on, and the page's template. */
  PageKey(byte[] base, FileDigests files, String template) {
    this.files = files;
    sha.update(base);
    Digests.update(sha, template);
  }

  PageKey text(Object value) {
    Digests.update(sha, String.valueOf(value));
    return this;
  }

  /** Adds a file the page shows something of, by its digest. */
  PageKey file(String path) {
    sha.update(files.of(path));
    return this;
  }

  /** Adds a request the page shows something of: its reference and its file. */
  PageKey request(Request request) {
    return text(request.reference()).file(request.path());
  }

  byte[] digest() {
    return sha.digest();
  }
}
