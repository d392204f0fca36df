package org.foikb.render;

/** A failure while rendering one file's page, carrying the file so the user can be told which. */
public final class RenderException extends RuntimeException {
  private final String path;

  public RenderException(String path, Throwable cause) {
    super("while rendering " + path + ": " + cause, cause);
    this.path = path;
  }

  public String path() {
    return path;
  }
}
