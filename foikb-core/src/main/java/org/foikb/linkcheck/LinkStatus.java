package org.foikb.linkcheck;

import java.util.Optional;

/**
 * What asking for one published source's address found.
 *
 * <pre>{@code
 * if (status instanceof LinkStatus.Moved moved) {
 *   System.out.println("now at " + moved.url());
 * }
 * }</pre>
 */
public sealed interface LinkStatus {
  /**
   * The address answered, perhaps after temporary redirects, which are the server's business.
   *
   * @param status the last answer's HTTP status
   */
  record Fine(int status) implements LinkStatus {}

  /**
   * The address redirected permanently: {@code url} is where the permanent redirects led.
   *
   * @param status the first permanent redirect's status, 301 or 308
   */
  record Moved(String url, int status) implements LinkStatus {}

  /**
   * Nothing usable came back.
   *
   * @param status the HTTP status that said so, or 0 when no answer came
   * @param reason a phrase to follow the address, such as {@code answered 404 Not Found}
   * @param at the address that failed, when redirects led away from the source's own
   */
  record Broken(int status, String reason, Optional<String> at) implements LinkStatus {
    static Broken of(String reason) {
      return new Broken(0, reason, Optional.empty());
    }
  }

  /** The address is not one the checker asks for, such as a {@code mailto:} address. */
  record NotCheckable(String reason) implements LinkStatus {}
}
