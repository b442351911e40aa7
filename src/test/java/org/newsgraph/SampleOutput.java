package org.newsgraph;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * The job's output on {@code samples/news}, made once per test JVM and shared by the tests of
 * the notebook queries and the report. Runs with the shipped name finder and
 * {@code --report}.
 */
public final class SampleOutput {
  private SampleOutput() {}

  private static Path dir;
  private static String console;
  private static int exitCode;
  private static boolean reportWrittenByRun;

  public static synchronized Path get() {
    if (dir == null) {
      try {
        Path root = Files.createTempDirectory("newsgraph-sample");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(root)));
        Path out = root.resolve("out");
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        exitCode = Main.run(
            new String[] {
              "--input=samples/news", "--output=" + out, "--progress=false", "--report"
            },
            stream,
            stream);
        console = buffer.toString(StandardCharsets.UTF_8);
        if (exitCode != 0) {
          throw new IllegalStateException("the job failed on samples/news:\n" + console);
        }
        reportWrittenByRun = Files.isRegularFile(out.resolve("report.html"));
        dir = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dir;
  }

  /** What the run printed. */
  public static String console() {
    get();
    return console;
  }

  /** Whether {@code run --report} left a report.html right after the run. */
  public static boolean reportWrittenByRun() {
    get();
    return reportWrittenByRun;
  }

  private static void deleteTree(Path root) {
    try (var paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a temp folder left behind
    }
  }
}
