package org.foikb.load;

import java.nio.file.Path;

/**
 * A content file read as text: byte-order mark removed, line endings normalised to '\n'.
 *
 * @param path relative to the content folder, with '/' separators: what diagnostics print
 * @param file where it lives on disk
 */
public record SourceFile(String path, Path file, String text) {}
