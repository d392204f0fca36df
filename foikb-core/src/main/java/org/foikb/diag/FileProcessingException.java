package org.foikb.diag;

/**
 * An unexpected failure while one content file was processed: a bug, reported with the file so the
 * user can say which input caused it.
 */
public class FileProcessingException extends RuntimeException {
  private final String path;

  public FileProcessingException(String path, Throwable cause) {
    super("while processing " + path + ": " + cause, cause);
    this.path = path;
  }

  /** The file, relative to the content folder. */
  public String path() {
    return path;
  }
}
