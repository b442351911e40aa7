package org.newsgraph;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.beam.runners.direct.DirectOptions;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.runners.flink.FlinkPipelineOptions;
import org.apache.beam.runners.flink.FlinkRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.joda.time.Duration;
import org.newsgraph.io.InputFiles;
import org.newsgraph.output.RunSummary;
import org.newsgraph.output.Tables;
import org.newsgraph.output.WriteParquet;

/** {@code run}: the job itself, with progress on the console and a summary at the end. */
final class RunCommand {
  private RunCommand() {}

  static final String USAGE =
      "usage: java -jar newsgraph.jar [run] --input=FILES --output=DIR [options]\n"
          + "  e.g. java -jar target/newsgraph.jar --input=samples/news --output=out/sample\n"
          + "  --input takes files, directories or globs (comma-separated); --help lists every option.";

  static int run(String[] args, PrintStream console) throws Exception {
    for (String a : args) {
      if (a.equals("--help") || a.startsWith("--help=")) {
        PipelineOptionsFactory.register(NewsgraphOptions.class);
        PipelineOptionsFactory.printHelp(console, NewsgraphOptions.class);
        return 0;
      }
    }
    NewsgraphOptions options;
    try {
      options = PipelineOptionsFactory.fromArgs(args).as(NewsgraphOptions.class);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (options.getInput() == null || options.getInput().isBlank()) {
      throw new UsageException("no --input given: say which articles to read.\n" + USAGE);
    }
    tuneDirectRunner(options, List.of(args));
    tuneFlinkRunner(options, List.of(args));

    long started = System.nanoTime();
    List<String> inputs;
    long matched;
    try {
      inputs = InputFiles.expand(options.getInput());
      matched = InputFiles.countFiles(inputs);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    OutputDir.prepare(options.getOutput());

    Pipeline p = Pipeline.create(options);
    NewsgraphPipeline.build(p, options, inputs);
    PipelineResult result = p.run();
    Progress progress = new Progress(console, matched, started, options.getProgress());
    while (!result.getState().isTerminal()) {
      progress.show(result);
      result.waitUntilFinish(Duration.standardSeconds(2));
    }
    progress.done();
    if (result.getState() != PipelineResult.State.DONE) {
      console.println("newsgraph: the job ended " + result.getState());
      return 1;
    }
    WriteParquet.ensureFlatTableExists(options.getOutput() + "/" + Tables.REJECTS, Tables.REJECT_SCHEMA);
    for (String table : Tables.DAILY) {
      WriteParquet.removeSpillDir(options.getOutput() + "/" + table);
    }
    RunSummary summary =
        RunSummary.of(result, matched, (System.nanoTime() - started) / 1e9, options.getOutput());
    summary.writeTo(options.getOutput());
    console.print(summary.describe());
    if (options.getReport()) {
      console.println("  report: " + org.newsgraph.report.ReportCommand.write(options.getOutput()));
    }
    return summary.balanced() ? 0 : 1;
  }

  /**
   * The DirectRunner's defaults are for testing pipelines: it copies and re-encodes every element
   * to catch mutation, and runs on one thread per core only if asked. For {@code run} we turn the
   * checks off and use every core, unless the user set these options.
   */
  private static void tuneDirectRunner(NewsgraphOptions options, List<String> args) {
    if (!DirectRunner.class.equals(options.getRunner())) {
      return;
    }
    DirectOptions direct = options.as(DirectOptions.class);
    if (args.stream().noneMatch(a -> a.startsWith("--enforceImmutability"))) {
      direct.setEnforceImmutability(false);
    }
    if (args.stream().noneMatch(a -> a.startsWith("--enforceEncodability"))) {
      direct.setEnforceEncodability(false);
    }
    if (args.stream().noneMatch(a -> a.startsWith("--targetParallelism"))) {
      direct.setTargetParallelism(Math.max(2, Runtime.getRuntime().availableProcessors()));
    }
    // run() returns at once, so the console can show progress while the job works
    direct.setBlockOnRun(false);
  }

  /** Flink logs a warning for each operator whose name is long (all of Beam's): keep the console for ours. */
  private static final Logger FLINK_LOGS = Logger.getLogger("org.apache.flink");

  /**
   * FlinkRunner: skip the defensive copy of every element between chained operators (our DoFns
   * don't mutate their inputs; the DirectRunner's immutability checks in the tests prove it), and
   * only Flink's errors on the console; on a remote cluster the cluster's default parallelism
   * unless {@code --parallelism} is given. Its {@code run} blocks until the job ends (attached
   * mode), so the progress loop below is skipped and the summary follows at once.
   */
  private static void tuneFlinkRunner(NewsgraphOptions options, List<String> args) {
    if (!FlinkRunner.class.equals(options.getRunner())) {
      return;
    }
    if (args.stream().noneMatch(a -> a.startsWith("--fasterCopy"))) {
      options.as(FlinkPipelineOptions.class).setFasterCopy(true);
    }
    FlinkClusterDefaults.apply(options.as(FlinkPipelineOptions.class), args);
    if (FLINK_LOGS.getLevel() == null) {
      FLINK_LOGS.setLevel(Level.SEVERE);
    }
  }

  /** The output directory: created if missing, checked writable, old tables of ours removed. */
  static final class OutputDir {
    static void prepare(String output) throws UsageException {
      if (output.contains("://")) {
        return; // a remote filesystem: Beam reports its own errors there
      }
      Path dir = Path.of(output);
      try {
        Files.createDirectories(dir);
        Path probe = Files.createTempFile(dir, ".newsgraph-write-check", "");
        Files.delete(probe);
        // re-running into the same folder replaces the tables instead of mixing two runs
        for (String table :
            List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.ACTOR_DAILY, Tables.COMENTION_DAILY, Tables.REJECTS)) {
          deleteTree(dir.resolve(table));
        }
        Files.deleteIfExists(dir.resolve(Tables.SUMMARY));
      } catch (IOException | SecurityException e) {
        throw new UsageException("cannot write to --output=" + output + ": " + describe(e));
      }
    }

    private static void deleteTree(Path root) throws IOException {
      if (!Files.exists(root)) {
        return;
      }
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }

    private static String describe(Exception e) {
      String name = e.getClass().getSimpleName().replace("Exception", "");
      return e.getMessage() == null ? name : name + " " + e.getMessage();
    }
  }
}
