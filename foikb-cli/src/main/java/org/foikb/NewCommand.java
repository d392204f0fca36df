package org.foikb;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.foikb.load.Ids;
import org.foikb.model.Slugs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code new request REFERENCE} and {@code new published ID}: skeleton files an author fills in;
 * {@code new site DIR}: a new log's repository.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Write a correctly shaped skeleton file for an author to fill in, or a new log.",
    subcommands = {
      NewCommand.NewRequest.class,
      NewCommand.NewPublished.class,
      NewSiteCommand.class
    })
final class NewCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "say what to create: 'new request REFERENCE', 'new published ID' or 'new site DIR'");
  }

  /** Writes a new file, never over an existing one. */
  static int create(Path file, String text, PrintWriter out, PrintWriter err) throws IOException {
    if (Files.exists(file)) {
      err.println("foikb: " + file + " already exists; not overwritten");
      return Main.USAGE;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    out.println("Created " + file);
    return Main.OK;
  }

  @Command(
      name = "request",
      mixinStandardHelpOptions = true,
      description = "Create requests/<year>/<reference>.md with one question to fill in.")
  static final class NewRequest implements Callable<Integer> {
    @Parameters(
        paramLabel = "REFERENCE",
        description = "The request's reference, e.g. 01.FOI.24.012345.")
    String reference;

    @Option(
        names = "--content",
        defaultValue = "content",
        paramLabel = "DIR",
        description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      String slug = Slugs.of(reference);
      if (slug.isEmpty() || reference.contains("\"") || reference.contains("\n")) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), "a reference needs letters or digits, e.g. 01.FOI.24.012345");
      }
      LocalDate today = LocalDate.now();
      String text =
          """
          ---
          reference: "%s"
          title: TODO a short, plain title
          received: %s
          responded: %s
          topics: []
          summary: TODO one sentence on what was asked and what was found.
          questions:
            - ask: TODO the first question, as asked (anonymised)
              outcome: disclosed     # disclosed | published | partial | withheld | not-held | ncnd | invalid
              sections: []           # e.g. [s21] or [s31-1-a]; required unless disclosed, not-held or invalid
          ---
          TODO the decision, its reasons, and any advice and assistance.

          ## Answer 1

          TODO the answer to question 1. Link to information already published elsewhere with
          `[its title](published:its-id)` and to sections of the Act with `[section 21](section:s21)`
          (without the backticks); what they name must exist in the log.
          """
              .formatted(reference, today, today);
      Path file =
          content
              .resolve("requests")
              .resolve(String.valueOf(today.getYear()))
              .resolve(slug + ".md");
      return create(file, text, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
  }

  @Command(
      name = "published",
      mixinStandardHelpOptions = true,
      description = "Create published/<id>.md for a source that section 21 answers point to.")
  static final class NewPublished implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "The id: a-z, 0-9 and '-', e.g. stop-search-data.")
    String id;

    @Option(
        names = "--content",
        defaultValue = "content",
        paramLabel = "DIR",
        description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (!Ids.valid(id)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "invalid id '" + id + "': use only a-z, 0-9 and '-', e.g. " + Slugs.of(id));
      }
      String text =
          """
          ---
          id: %s
          title: TODO the source's own title
          url: https://www.example.org/TODO-the-full-address-of-the-source
          publisher: TODO who publishes it
          checked: %s
          ---
          TODO what the source contains, in a sentence or two.
          """
              .formatted(id, LocalDate.now());
      return create(
          content.resolve("published").resolve(id + ".md"),
          text,
          spec.commandLine().getOut(),
          spec.commandLine().getErr());
    }
  }
}
