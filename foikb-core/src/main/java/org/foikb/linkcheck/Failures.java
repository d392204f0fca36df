package org.foikb.linkcheck;

import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLException;

/** Names what went wrong when a request got no answer, in words a content editor can act on. */
final class Failures {
  private Failures() {}

  /**
   * Whether the failure says something about the address rather than about HEAD: only the other
   * failures, such as a server that drops a HEAD without answering, are worth a GET.
   */
  static boolean telling(IOException failure) {
    return find(failure, HttpTimeoutException.class) != null
        || unresolved(failure)
        || find(failure, SSLException.class) != null
        || find(failure, ConnectException.class) != null;
  }

  /** A phrase to follow the address: {@code timed out after 10 s}. */
  static String reason(IOException failure, Duration timeout) {
    if (find(failure, HttpTimeoutException.class) != null) {
      return "timed out after " + seconds(timeout);
    }
    if (unresolved(failure)) {
      return "has a host name that does not resolve (DNS)";
    }
    SSLException tls = find(failure, SSLException.class);
    if (tls != null) {
      return "failed the TLS handshake: " + tls.getMessage();
    }
    if (find(failure, ConnectException.class) != null) {
      return "refused the connection";
    }
    return "failed: " + (failure.getMessage() == null ? failure : failure.getMessage());
  }

  private static boolean unresolved(Throwable failure) {
    return find(failure, UnknownHostException.class) != null
        || find(failure, UnresolvedAddressException.class) != null;
  }

  /** The first of the failure and its causes that is a {@code kind}; HttpClient wraps freely. */
  private static <T extends Throwable> T find(Throwable failure, Class<T> kind) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (kind.isInstance(t)) {
        return kind.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }

  static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0 ? millis / 1000 + " s" : millis + " ms";
  }
}
