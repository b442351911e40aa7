package org.newsgraph;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar newsgraph.jar [COMMAND] [--option=value ...]}: the first word picks the
 * command; without one the job runs.
 */
public final class Main {
  private Main() {}

  static final String COMMANDS =
      "commands: run (default), report, tag, train, eval, clusters; java -jar newsgraph.jar COMMAND --help for its options";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Beam, Hadoop and Parquet log every file they open at INFO; the console is for our progress
   * line and summary, so only their warnings and errors get through.
   */
  static void quietLibraryLogs() {
    Logger root = Logger.getLogger("");
    if (root.getLevel() == null || root.getLevel().intValue() < Level.WARNING.intValue()) {
      root.setLevel(Level.WARNING);
      for (Handler h : root.getHandlers()) {
        h.setLevel(Level.WARNING);
      }
    }
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String command = args.length > 0 && !args[0].startsWith("-") ? args[0] : "run";
    String[] rest = args.length > 0 && !args[0].startsWith("-") ? Arrays.copyOfRange(args, 1, args.length) : args;
    try {
      switch (command) {
        case "run":
          if (args.length == 0) {
            out.println("newsgraph turns news archives into actor time series and co-mention networks.");
            out.println(RunCommand.USAGE);
            out.println(COMMANDS);
            return 2;
          }
          quietLibraryLogs();
          return RunCommand.run(rest, out);
        case "report":
          return org.newsgraph.report.ReportCommand.run(rest, out, err);
        case "tag":
          return org.newsgraph.ner.TagCommand.run(rest);
        case "train":
          return org.newsgraph.ner.TrainCommand.run(rest);
        case "eval":
          return org.newsgraph.ner.EvalCommand.run(rest);
        case "clusters":
          return org.newsgraph.ner.ClusterCommand.run(rest);
        case "help":
          out.println(RunCommand.USAGE);
          out.println(COMMANDS);
          return 0;
        default:
          err.println("newsgraph: unknown command '" + command + "'. " + COMMANDS);
          return 2;
      }
    } catch (UsageException e) {
      err.println("newsgraph: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      err.println("newsgraph: " + command + " failed: " + e);
      e.printStackTrace(err);
      return 1;
    }
  }
}
