import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.foikb.build.Build;

/**
 * What the search index adds to a build once the JIT has settled: builds a log with and without the
 * index in one JVM, alternating which goes first, and prints wall and process CPU seconds of each.
 * A fresh JVM a build (bench/compare-jars.sh) spreads by more than the index costs on a small VM.
 *
 *   java -cp target/foikb.jar bench/warm/WarmBuilds.java CONTENT OUT ROUNDS [RECORDING.jfr]
 *
 * Given a fourth argument, it records a JFR profile of the counted rounds there.
 */
public class WarmBuilds {
  public static void main(String[] args) throws Exception {
    Path content = Path.of(args[0]);
    Path out = Path.of(args[1]);
    int rounds = Integer.parseInt(args[2]);
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    List<double[]> with = new ArrayList<>();
    List<double[]> without = new ArrayList<>();
    Recording recording = null;
    for (int round = 0; round <= rounds; round++) {
      if (round == 1 && args.length > 3) {
        recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
      }
      for (int i = 0; i < 2; i++) {
        boolean index = (round + i) % 2 == 0;
        System.gc();
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        new Build(content, Optional.empty(), false, index).run(Optional.of(out));
        double[] took = {(System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9};
        String kind = index ? "with" : "without";
        // round 0 warms the JIT up and is not counted
        System.out.printf("round %d %-7s wall %.2f s, cpu %.2f s%s%n", round, kind, took[0], took[1],
            round == 0 ? " (warm-up)" : "");
        if (round > 0) {
          (index ? with : without).add(took);
        }
      }
    }
    if (recording != null) {
      recording.dump(Path.of(args[3]));
      recording.close();
    }
    double[] w = median(with);
    double[] wo = median(without);
    System.out.printf(
        "median with %.2f s (cpu %.2f s), without %.2f s (cpu %.2f s): index adds %.0f%% wall, %.0f%% cpu%n",
        w[0], w[1], wo[0], wo[1], 100 * (w[0] / wo[0] - 1), 100 * (w[1] / wo[1] - 1));
  }

  private static double[] median(List<double[]> runs) {
    double[] result = new double[2];
    for (int k = 0; k < 2; k++) {
      final int field = k;
      double[] values = runs.stream().mapToDouble(r -> r[field]).sorted().toArray();
      result[k] = values[values.length / 2];
    }
    return result;
  }
}
