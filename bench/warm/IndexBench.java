import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.foikb.diag.Diagnostics;
import org.foikb.link.LogChecker;
import org.foikb.load.BodySource;
import org.foikb.load.ContentLoader;
import org.foikb.markdown.AnswerSections;
import org.foikb.markdown.Markdown;
import org.foikb.model.DisclosureLog;
import org.foikb.model.Request;
import org.foikb.output.SiteWriter;
import org.foikb.search.SearchIndex;
import org.foikb.search.SimilarQuestions;

/**
 * The search index's own work, without the pages around it: loads a log and parses its bodies once,
 * then, pass after pass, finds the "asked before" lists and builds and writes the index, as the
 * build does (read in parallel a batch at a time, added in order). Prints the wall and process CPU
 * seconds of each part; the best of the later passes is the steady cost, which moves far less from
 * run to run than a whole build does.
 *
 *   java -cp target/foikb.jar bench/warm/IndexBench.java CONTENT OUT PASSES [--asked-before-only]
 *
 * The last option skips the index and the parsing it needs: for logs whose bodies would not fit in
 * memory together.
 */
public class IndexBench {
  private static final int BATCH = 64;

  public static void main(String[] args) {
    Path content = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]);
    int passes = Integer.parseInt(args[2]);
    boolean askedBeforeOnly = args.length > 3 && args[3].equals("--asked-before-only");
    OperatingSystemMXBean os =
        (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Markdown markdown = new Markdown();
    Diagnostics diagnostics = new Diagnostics();
    DisclosureLog log =
        LogChecker.check(new ContentLoader(markdown).load(content, diagnostics), diagnostics)
            .orElseThrow();
    List<Request> requests = log.requests();
    List<AnswerSections> bodies =
        requests.parallelStream()
            .filter(r -> !askedBeforeOnly)
            .map(r -> BodySource.read(content, r.path(), r.bodyLine()))
            .map(body -> AnswerSections.of(markdown.parse(body)))
            .toList();
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
    for (int pass = 0; pass < passes; pass++) {
      long wall0 = System.nanoTime();
      long cpu0 = os.getProcessCpuTime();
      SimilarQuestions.of(log);
      long wall1 = System.nanoTime();
      long cpu1 = os.getProcessCpuTime();
      if (!askedBeforeOnly) {
        buildIndex(log, content, markdown, out, bodies);
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

  /** Builds and writes the index as the build does: read in parallel, added in order. */
  private static void buildIndex(
      DisclosureLog log, Path content, Markdown markdown, Path out, List<AnswerSections> bodies) {
    List<Request> requests = log.requests();
    try (SiteWriter writer = SiteWriter.open(out)) {
      SearchIndex search = new SearchIndex(log, content, markdown, writer);
      for (int from = 0; from < requests.size(); from += BATCH) {
        search.add(
            IntStream.range(from, Math.min(requests.size(), from + BATCH))
                .parallel()
                .mapToObj(i -> search.read(requests.get(i), bodies.get(i)))
                .toList());
      }
      search.finish();
      writer.commit();
    }
  }
}
