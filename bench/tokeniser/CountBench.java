import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The index's tokenising path alone: each Markdown file of a log counted into a term table, as
 * the index counts a field (WeightedCounts.of, reached by reflection since it is package-private),
 * pass after pass in one JVM; prints nanoseconds a character. The first passes include JIT warm-up.
 *
 * <pre>
 * java -cp target/foikb.jar bench/tokeniser/CountBench.java /tmp/c10k/requests 6
 * </pre>
 */
public class CountBench {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    Class<?> table = Class.forName("org.foikb.search.WeightedCounts");
    Method of = table.getDeclaredMethod("of", String.class);
    Method size = table.getDeclaredMethod("size");
    of.setAccessible(true);
    size.setAccessible(true);
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 6;
    for (int pass = 0; pass < passes; pass++) {
      long start = System.nanoTime();
      long terms = 0;
      for (String text : texts) {
        terms += (int) size.invoke(of.invoke(null, text));
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %.2f s, %.1f ns/char (%d terms counted in %d files, %d chars)%n",
          pass, seconds, seconds * 1e9 / chars, terms, texts.size(), chars);
    }
  }
}
