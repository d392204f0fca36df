import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.foikb.search.Tokeniser;

/**
 * Tokeniser throughput over every Markdown file of a log, five passes (or as many as the second argument says) in one JVM (the first ones
 * include JIT warm-up). Run from the repository after {@code mvn -q compile}:
 *
 * <pre>
 * java -cp target/classes bench/tokeniser/TokeniserBench.java /tmp/c10k
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
    for (int pass = 1; pass <= passes; pass++) {
      long start = System.nanoTime();
      long terms = 0;
      for (String text : texts) {
        terms += Tokeniser.terms(text).size();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "pass %d: %.2f s, %.1f MB/s, %d terms from %d files%n",
          pass, seconds, chars / 1e6 / seconds, terms, texts.size());
    }
  }
}
