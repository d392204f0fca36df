package org.foikb.template;

/** A template that cannot render its view: a name it uses is missing, or its syntax is wrong. */
public final class TemplateException extends RuntimeException {
  public TemplateException(String message, Throwable cause) {
    super(message, cause);
  }
}
