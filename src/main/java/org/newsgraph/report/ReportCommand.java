package org.newsgraph.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.newsgraph.output.Tables;

/**
 * {@code report --output=DIR}: writes {@code DIR/report.html} from the tables of a run, a page
 * that opens without network access.
 */
public final class ReportCommand {
  private ReportCommand() {}

  public static final String FILE = "report.html";
  static final int DEFAULT_TOP = 15;
  public static final String USAGE =
      "usage: java -jar newsgraph.jar report --output=DIR [--top=N]\n"
          + "  writes DIR/report.html from the tables a run wrote to DIR; --top: actors and pairs shown (default "
          + DEFAULT_TOP + ")";

  public static int run(String[] args) {
    return run(args, System.out, System.err);
  }

  public static int run(String[] args, PrintStream out, PrintStream err) {
    String output = null;
    int top = DEFAULT_TOP;
    for (String a : args) {
      if (a.equals("--help") || a.equals("-h")) {
        out.println(USAGE);
        return 0;
      } else if (a.startsWith("--output=")) {
        output = a.substring("--output=".length());
      } else if (a.startsWith("--top=")) {
        try {
          top = Integer.parseInt(a.substring("--top=".length()));
        } catch (NumberFormatException e) {
          top = 0;
        }
        if (top < 1) {
          return usage(err, "--top takes a whole number of at least 1, not '" + a.substring(6) + "'");
        }
      } else {
        return usage(err, "unknown option '" + a + "'");
      }
    }
    if (output == null || output.isBlank()) {
      return usage(err, "no --output given: say which run's folder to report on");
    }
    Path dir = Path.of(output);
    if (!Files.isDirectory(dir.resolve(Tables.ACTOR_DAILY)) && !Files.isRegularFile(dir.resolve(Tables.SUMMARY))) {
      return usage(err, "no newsgraph tables in " + output + ": run the job with --output=" + output + " first");
    }
    quietLibraryLogs();
    try {
      Path file = write(dir, top);
      out.println("newsgraph: report written to " + file);
      return 0;
    } catch (IOException | RuntimeException e) {
      err.println("newsgraph report: cannot write the report for " + output + ": " + e);
      return 1;
    }
  }

  /** Writes DIR/report.html with the default number of actors and pairs; returns its path. */
  public static Path write(String output) throws IOException {
    return write(Path.of(output), DEFAULT_TOP);
  }

  public static Path write(Path output, int top) throws IOException {
    ReportData data = ReportData.load(output, Math.min(top, HtmlReport.SERIES));
    Path file = output.resolve(FILE);
    Files.writeString(file, HtmlReport.render(data, top), StandardCharsets.UTF_8);
    return file;
  }

  private static int usage(PrintStream err, String message) {
    err.println("newsgraph report: " + message + " (--help for usage)");
    return 2;
  }

  /** Parquet and Hadoop log at INFO for every file they open; keep the console to our lines. */
  private static void quietLibraryLogs() {
    Logger root = Logger.getLogger("");
    if (root.getLevel() == null || root.getLevel().intValue() < Level.WARNING.intValue()) {
      root.setLevel(Level.WARNING);
      for (Handler h : root.getHandlers()) {
        h.setLevel(Level.WARNING);
      }
    }
  }
}
