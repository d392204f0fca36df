import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a run's C2 time went: compile time by package and by method, how often each method was
 * compiled again, and the deoptimizations that threw each compiled method away (a branch never
 * taken while profiling, then taken; a second type where one was seen). On a 2-core machine the C2
 * thread takes a core from the build, and a method that inlines much costs its whole compile again
 * each time one of its rare paths is first taken.
 *
 *   java -XX:StartFlightRecording=filename=b.jfr,settings=bench/jit/compilation.jfc \
 *       -jar target/foikb.jar build --content DIR --out OUT
 *   java bench/jit/CompileProfile.java b.jfr [PREFIX [ROWS]]
 *
 * PREFIX (default org.foikb) picks the methods listed one by one; ROWS (default 20) how many.
 * Durations are wall time of the compiler thread, so they grow when the cores are busy.
 */
public class CompileProfile {
  /** Compile time and count for one key. */
  private static final class Tally {
    double millis;
    int compiles;
    int osr;

    void add(double ms, boolean isOsr) {
      millis += ms;
      compiles++;
      osr += isOsr ? 1 : 0;
    }
  }

  public static void main(String[] args) throws IOException {
    Path recording = Path.of(args[0]);
    String prefix = args.length > 1 ? args[1] : "org.foikb";
    int rows = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    Map<Integer, Tally> byLevel = new HashMap<>();
    Map<String, Tally> byPackage = new HashMap<>();
    Map<String, Tally> byMethod = new HashMap<>();
    Map<String, Map<String, Integer>> deoptimized = new HashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      String type = event.getEventType().getName();
      if (type.equals("jdk.Compilation")) {
        int level = event.getInt("compileLevel");
        double ms = event.getDuration().toNanos() / 1e6;
        boolean osr = event.getBoolean("isOsr");
        byLevel.computeIfAbsent(level, l -> new Tally()).add(ms, osr);
        if (level == 4) {
          RecordedMethod method = event.getValue("method");
          String name = method.getType().getName();
          int dot = name.lastIndexOf('.');
          byPackage.computeIfAbsent(dot < 0 ? "" : name.substring(0, dot), p -> new Tally())
              .add(ms, osr);
          if (name.startsWith(prefix)) {
            byMethod.computeIfAbsent(shortName(method), m -> new Tally()).add(ms, osr);
          }
        }
      } else if (type.equals("jdk.Deoptimization") && event.getStackTrace() != null) {
        String compiled = compiledMethod(event.getStackTrace().getFrames());
        if (compiled != null && compiled.startsWith(prefix)) {
          RecordedMethod at = event.getValue("method");
          String cause =
              event.getString("reason") + " in " + shortName(at) + ":" + event.getInt("lineNumber");
          deoptimized.computeIfAbsent(compiled, m -> new HashMap<>()).merge(cause, 1, Integer::sum);
        }
      }
    }
    System.out.println("compile time by tier (ms, compiles):");
    byLevel.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> System.out.printf("  tier %d  %8.0f  %6d%n", e.getKey(), e.getValue().millis,
            e.getValue().compiles));
    System.out.println("C2 time by package (ms, compiles):");
    print(byPackage, rows);
    System.out.println("C2 time by method under " + prefix + " (ms, compiles, of them OSR):");
    print(byMethod, rows);
    System.out.println("deoptimizations by the compiled method they invalidated:");
    deoptimized.entrySet().stream()
        .sorted(Comparator.comparingInt(e -> -total(e.getValue())))
        .limit(rows)
        .forEach(
            e -> {
              System.out.printf("  %4d  %s%n", total(e.getValue()), e.getKey());
              e.getValue().entrySet().stream()
                  .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
                  .limit(8)
                  .forEach(c -> System.out.printf("          %3d  %s%n", c.getValue(), c.getKey()));
            });
  }

  private static void print(Map<String, Tally> tallies, int rows) {
    tallies.entrySet().stream()
        .sorted(Comparator.comparingDouble(e -> -e.getValue().millis))
        .limit(rows)
        .forEach(
            e -> System.out.printf("  %8.0f  %4d  %3d  %s%n", e.getValue().millis,
                e.getValue().compiles, e.getValue().osr, e.getKey()));
  }

  /** The method whose compiled code held the trap: the first frame that is not inlined code. */
  private static String compiledMethod(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (!frame.getType().equals("Inlined")) {
        return frame.getType().equals("JIT compiled") ? shortName(frame.getMethod()) : null;
      }
    }
    return null;
  }

  private static String shortName(RecordedMethod method) {
    return method.getType().getName() + "." + method.getName();
  }

  private static int total(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
