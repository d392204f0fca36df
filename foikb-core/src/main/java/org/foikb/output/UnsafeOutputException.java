package org.foikb.output;

/** The output folder named is one that replacing would destroy something that is not a site. */
public final class UnsafeOutputException extends RuntimeException {
  public UnsafeOutputException(String message) {
    super(message);
  }
}
