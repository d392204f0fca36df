import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.foikb.search.Tokeniser;

/**
 * Tokeniser throughput over every Markdown file of a log, pass after pass in one JVM (the first ones
 * include JIT warm-up): five passes, or as many as the second argument says. By default each file
 * goes through {@code Tokeniser.terms}, the public path that makes a string a term; with {@code
 * --count} it is counted into a term table as the index counts a field ({@code
 * WeightedCounts.of}, reached by reflection since it is package-private).
 *
 * <pre>
 * java -cp target/foikb.jar bench/tokeniser/TokeniserBench.java /tmp/c10k/requests 6 --count
 * </pre>
 */
public class TokeniserBench {
  public static void main(String[] args) throws Exception {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of(args[0]))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        texts.add(Files.readString(file));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    int passes = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    boolean count = args.length > 2 && args[2].equals("--count");
    Class<?> table = Class.forName("org.foikb.search.WeightedCounts");
    Method of = table.getDeclaredMethod("of", String.class);
    Method size = table.getDeclaredMethod("size");
    of.setAccessible(true);
    size.setAccessible(true);
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long terms = 0;
      for (String text : texts) {
        terms += count ? (int) size.invoke(of.invoke(null, text)) : Tokeniser.terms(text).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %.2f s, %.1f MB/s, %.1f ns/char, %d %s from %d files%n",
          pass,
          seconds,
          chars / 1e6 / seconds,
          seconds * 1e9 / chars,
          terms,
          count ? "distinct terms counted" : "terms",
          texts.size());
    }
  }
}
