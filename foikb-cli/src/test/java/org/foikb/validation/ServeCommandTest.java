package org.foikb.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.foikb.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} on a port already taken says so, as a usage error, after building. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void reportsAPortInUseAsAUsageError() throws Exception {
    Path content = ContentFixture.in(dir.resolve("c")).validRequest().root();
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      int port = taken.getLocalPort();
      StringWriter err = new StringWriter();
      int status =
          Main.execute(
              new String[] {
                "serve",
                "--content",
                content.toString(),
                "--out",
                dir.resolve("out").toString(),
                "--port",
                String.valueOf(port)
              },
              new PrintWriter(new StringWriter()),
              new PrintWriter(err, true));

      assertThat(status).isEqualTo(Main.USAGE);
      assertThat(err.toString())
          .isEqualTo("foikb: port " + port + " is in use; choose another with --port N\n");
    }
  }
}
