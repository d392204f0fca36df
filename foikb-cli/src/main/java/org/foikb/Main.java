package org.foikb;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.foikb.build.Build;
import org.foikb.build.Progress;
import org.foikb.diag.Diagnostic;
import org.foikb.diag.FileProcessingException;
import org.foikb.link.CrossIndex;
import org.foikb.linkcheck.LinkChecker;
import org.foikb.linkcheck.LinkReport;
import org.foikb.linkcheck.LinkResult;
import org.foikb.linkcheck.LinkStatus;
import org.foikb.model.DisclosureLog;
import org.foikb.report.ReportText;
import org.foikb.report.StaffReport;
import org.foikb.template.Plural;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The command line: parse arguments, run, print diagnostics, exit. Only this class prints. */
@Command(
    name = "foikb",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Builds a Freedom of Information disclosure log into a static website.",
    subcommands = {
      Main.BuildCommand.class,
      Main.CheckCommand.class,
      ServeCommand.class,
      NewCommand.class
    })
public final class Main implements Runnable {
  /** Exit statuses; fixed values because scripts test them. */
  public static final int OK = 0;

  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int BUG = 3;

  /** From {@code check --links}: a published source is broken, or with --strict has moved. */
  public static final int BROKEN_LINKS = 4;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: build, check, serve or new");
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int status = execute(args, out, err);
    // autoflush covers println only: what was printed in one piece must not be lost at exit
    out.flush();
    err.flush();
    System.exit(status);
  }

  /** Runs a command line and returns its exit status; tests call this instead of main. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(e -> BUG);
    commandLine.setParameterExceptionHandler(
        (e, a) -> {
          err.println("foikb: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'.");
          return USAGE;
        });
    commandLine.setExecutionExceptionHandler(
        (e, cl, parsed) -> {
          boolean debug =
              parsed.hasMatchedOption("--debug")
                  || parsed.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
          return reportBug(e, debug, err);
        });
    return commandLine.execute(args);
  }

  static int reportBug(Exception e, boolean debug, PrintWriter err) {
    if (e instanceof org.foikb.output.UnsafeOutputException unsafe) {
      err.println("foikb: " + unsafe.getMessage());
      return USAGE;
    }
    String where =
        e instanceof FileProcessingException failure ? " while processing " + failure.path() : "";
    if (e.getCause() instanceof org.foikb.template.TemplateException template) {
      // a template, often the user's own, is wrong: say which and where, not "bug"
      err.println("foikb: error in " + template.getMessage() + where + "; nothing was written");
      if (debug) {
        e.printStackTrace(err);
      }
      return CONTENT_ERRORS;
    }
    if (e instanceof UncheckedIOException io) {
      err.println(
          "foikb: "
              + io.getMessage()
              + (io.getCause() == null ? "" : ": " + io.getCause().getMessage()));
    } else {
      Throwable cause =
          e instanceof FileProcessingException && e.getCause() != null ? e.getCause() : e;
      err.println("foikb: internal error" + where + ": " + cause);
      err.println(
          "This is a bug in foikb; please report it with the file named above."
              + (debug ? "" : " Run again with --debug to see the details."));
    }
    if (debug) {
      e.printStackTrace(err);
    }
    return BUG;
  }

  /** Options every content command shares. */
  static class ContentOptions {
    @Option(
        names = "--content",
        defaultValue = "content",
        paramLabel = "DIR",
        description = "The content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(
        names = "--templates",
        paramLabel = "DIR",
        description = "A folder of templates and assets/ that replace the built-in ones by name.")
    Path templates;

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--debug", description = "Show the stack trace of an internal error.")
    boolean debug;

    Build build() {
      return build(true);
    }

    Build build(boolean searchIndex) {
      return new Build(content, Optional.ofNullable(templates), strict, searchIndex);
    }
  }

  /**
   * Prints diagnostics and times; returns the exit status for a build result. {@code writes} says
   * whether the command would have written a site, so that a refusal says nothing was, and a check,
   * which never writes, does not.
   */
  static int report(
      Build.Result result,
      boolean strict,
      boolean writes,
      PrintWriter out,
      PrintWriter err,
      String success) {
    for (Diagnostic diagnostic : result.diagnostics().sorted()) {
      err.println(diagnostic.format());
    }
    if (result.failed(strict)) {
      err.println(result.diagnostics().summary() + (writes ? "; nothing was written" : ""));
      return CONTENT_ERRORS;
    }
    if (result.diagnostics().warningCount() > 0) {
      err.println(result.diagnostics().summary());
    }
    out.println(success);
    return OK;
  }

  static boolean contentFolderMissing(Path content, PrintWriter err) {
    if (!Files.isDirectory(content)) {
      err.println("foikb: content folder not found: " + content);
      err.println("Give it with --content DIR.");
      return true;
    }
    return false;
  }

  @Command(
      name = "build",
      mixinStandardHelpOptions = true,
      description = "Check the content and build the site into the output folder.")
  static final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin ContentOptionsMixin options;

    @Option(
        names = "--out",
        defaultValue = "target/public",
        paramLabel = "DIR",
        description =
            "The output folder, replaced only when the build succeeds (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
        names = "--no-search-index",
        description =
            "Leave out the search index and the \"asked before\" lists: a quicker preview build"
                + " whose search and ask pages find nothing.")
    boolean noSearchIndex;

    @Option(
        names = "--report-file",
        paramLabel = "FILE",
        description =
            "Where to write the staff report, which is not published (default: foikb-report.html"
                + " beside the output folder).")
    Path reportFile;

    @Option(
        names = "--clean",
        description =
            "Build even if nothing changed, and write every file afresh; otherwise a file whose"
                + " bytes are unchanged is kept as it was.")
    boolean clean;

    @Option(names = "--quiet", description = "Print only problems: no progress and no summary.")
    boolean quiet;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (contentFolderMissing(options.content, err)) {
        return USAGE;
      }
      Path report = reportFile != null ? reportFile : besideOutput(out, "foikb-report.html");
      Build build =
          options
              .build(!noSearchIndex)
              .withStaffReport(report)
              .withLoadCache(Build.loadCacheBeside(out));
      if (clean) {
        build = build.withClean();
      }
      Build.Result result;
      try (ProgressDisplay progress = ProgressDisplay.on(err)) {
        result = build.runUnlessUpToDate(out, quiet ? Progress.SILENT : progress);
      }
      if (result.upToDate()) {
        if (!quiet) {
          spec.commandLine()
              .getOut()
              .println("Nothing changed since the last build; " + out + " is up to date");
        }
        return OK;
      }
      int requests = result.log().map(l -> l.requests().size()).orElse(0);
      return report(
          result,
          options.strict,
          true,
          quiet ? new PrintWriter(java.io.Writer.nullWriter()) : spec.commandLine().getOut(),
          err,
          "Built "
              + Plural.requests(requests)
              + " into "
              + out
              + " ("
              + result.stageSummary()
              + ")"
              + result
                  .staffReport()
                  .map(r -> "\nStaff report: " + report + " (" + items(r.itemCount()) + ")")
                  .orElse(""));
    }

    private static Path besideOutput(Path out, String name) {
      Path parent = out.getParent();
      return parent == null ? Path.of(name) : parent.resolve(name);
    }

    private static String items(int count) {
      return count == 0 ? "nothing to act on" : Plural.count(count, "item", "items") + " to act on";
    }
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description = "Check the content without writing anything.")
  static final class CheckCommand implements Callable<Integer> {
    @CommandLine.Mixin ContentOptionsMixin options;

    @Option(
        names = "--report",
        description =
            "Also print the staff report: published sources no answer points to or not checked"
                + " for over 12 months, requests without topics, and similar questions answered"
                + " differently.")
    boolean staffReport;

    @Option(
        names = "--links",
        description =
            "After a clean check, ask for each published source's address and list those that are"
                + " broken or have moved, with the answers that cite them. Needs the network; exits"
                + " 4 if an address is broken or, with --strict, has moved.")
    boolean links;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter err = spec.commandLine().getErr();
      if (contentFolderMissing(options.content, err)) {
        return USAGE;
      }
      Build.Result result = options.build().run(Optional.empty());
      int requests = result.log().map(l -> l.requests().size()).orElse(0);
      PrintWriter out = spec.commandLine().getOut();
      int status =
          report(
              result,
              options.strict,
              false,
              out,
              err,
              "Checked " + Plural.requests(requests) + ": no errors");
      if (status != OK) {
        return status;
      }
      if (staffReport) {
        StaffReport.of(result, Clock.systemDefaultZone())
            .ifPresent(r -> out.print(ReportText.render(r)));
      }
      return links ? checkLinks(result.log().orElseThrow(), options.strict, out) : status;
    }

    /** A moved address still works, so it only warns; a broken one fails the check. */
    private static int checkLinks(DisclosureLog log, boolean strict, PrintWriter out) {
      List<LinkResult> results = LinkChecker.builder().build().check(log.sources());
      LinkReport.lines(results, CrossIndex.of(log)::citationsOf).forEach(out::println);
      out.println(LinkReport.summary(results));
      boolean broken = results.stream().anyMatch(r -> r.status() instanceof LinkStatus.Broken);
      boolean warned = results.stream().anyMatch(r -> !(r.status() instanceof LinkStatus.Fine));
      return broken || (strict && warned) ? BROKEN_LINKS : OK;
    }
  }

  /** The shared options as a picocli mixin. */
  static final class ContentOptionsMixin extends ContentOptions {}

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"foikb " + org.foikb.build.FoikbVersion.VERSION};
    }
  }
}
