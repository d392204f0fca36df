import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.foikb.body.ParsedBodies;
import org.foikb.diag.Diagnostics;
import org.foikb.link.LogChecker;
import org.foikb.load.ContentLoader;
import org.foikb.load.LoadCache;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.output.SiteWriter;
import org.foikb.search.SearchIndex;
import org.foikb.search.SimilarQuestions;

/**
 * The search index's own work, without the pages around it: loads a log, its bodies parsed once as
 * the build does, then, pass after pass, finds the "asked before" lists and builds and writes the
 * index. Prints the wall and process CPU seconds of each part; the best of the later passes is the
 * steady cost, which moves far less from run to run than a whole build does.
 *
 *   java -cp target/foikb.jar bench/warm/IndexBench.java CONTENT OUT PASSES [--asked-before-only]
 *
 * The last option skips the index and the bodies it needs.
 */
public class IndexBench {
  public static void main(String[] args) {
    Path content = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]);
    int passes = Integer.parseInt(args[2]);
    boolean askedBeforeOnly = args.length > 3 && args[3].equals("--asked-before-only");
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Diagnostics diagnostics = new Diagnostics();
    try (ParsedBodies bodies = askedBeforeOnly ? ParsedBodies.none() : ParsedBodies.kept()) {
      DisclosureLog log =
          LogChecker.check(
                  new ContentLoader(new Markdown(), bodies, LoadCache.none(), java.util.Map.of()).load(content, diagnostics), diagnostics)
              .orElseThrow();
      double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
      for (int pass = 0; pass < passes; pass++) {
        long wall0 = System.nanoTime();
        long cpu0 = os.getProcessCpuTime();
        SimilarQuestions.of(log);
        long wall1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        if (!askedBeforeOnly) {
          try (SiteWriter writer = SiteWriter.open(out)) {
            SearchIndex.build(log, bodies, writer);
            writer.commit();
          }
        }
        long wall2 = System.nanoTime();
        long cpu2 = os.getProcessCpuTime();
        double[] took = {
          (wall1 - wall0) / 1e9, (cpu1 - cpu0) / 1e9, (wall2 - wall1) / 1e9, (cpu2 - cpu1) / 1e9
        };
        System.out.printf(
            "pass %d: asked before %.2f s (cpu %.2f s), index %.2f s (cpu %.2f s)%n",
            pass, took[0], took[1], took[2], took[3]);
        if (pass > 0) {
          for (int k = 0; k < 4; k++) {
            best[k] = Math.min(best[k], took[k]);
          }
        }
      }
      System.out.printf(
          "best of passes 1-%d: asked before %.2f s (cpu %.2f s), index %.2f s (cpu %.2f s)%n",
          passes - 1, best[0], best[1], best[2], best[3]);
    }
  }
}
