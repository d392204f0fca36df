package org.foikb.render;

import org.foikb.diag.FileProcessingException;

/** A failure while rendering one file's page. */
public final class RenderException extends FileProcessingException {
  public RenderException(String path, Throwable cause) {
    super(path, cause);
  }
}
