package org.newsgraph.ner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * Which of HotSpot's compilers {@code tag} runs with. On one processor the optimising compiler (C2) shares the core
 * with the tagging: it compiles the tagger's hot methods for seconds, and a short run ends before that pays off. With
 * C2 left out (compiler directive {@code c2: {Exclude: true}}, added through the JVM's own diagnostic command, as
 * {@code jcmd PID Compiler.directives_add} does) the methods stay in C1's code, which runs about three quarters as
 * fast but costs a fraction of the compile time. Measured on one core (session 15, {@code tag --stats}, model load
 * excluded, tokens/s wall with both compilers → C2 left out): 9,343 tokens 11,100–15,300 → 16,600–23,600, 67,335
 * tokens 32,900–36,900 → 62,300–64,500, 538,680 tokens 82,900–94,600 → 119,300–140,900, but 4.3M tokens 197,000 →
 * 170,000; so {@code auto} leaves C2 out on one processor for inputs under 8 MB (about a million tokens). With two
 * processors C2 compiles beside the tagging, but until its code arrives the tagger runs C1's slower profiling code:
 * there C1 alone still wins on 134,670 tokens (1.1 MB: 60,000–98,000 against 50,000–74,000 tokens/s) and C2 on
 * 538,680 (4.4 MB), so {@code auto} leaves C2 out under 2 MB. The output is the same either way (Java's floating point
 * is strict).
 */
final class ShortRunJit {
  private ShortRunJit() {}

  /** Inputs at least this large run long enough on one core for C2's compile time to pay off. */
  static final long SHORT_INPUT_BYTES = 8L << 20;
  /** The same with other processors to compile on: C2's code arrives sooner, and pays off sooner. */
  static final long SHORT_INPUT_BYTES_SEVERAL = 2L << 20;

  /** Whether {@code mode} ({@code auto}, {@code c1} or {@code c2}) leaves C2 out for this machine and input. */
  static boolean leaveOutC2(String mode, int processors, long inputBytes) {
    switch (mode.toLowerCase(Locale.ROOT)) {
      case "c1":
        return true;
      case "c2":
        return false;
      case "auto":
        return inputBytes < (processors == 1 ? SHORT_INPUT_BYTES : SHORT_INPUT_BYTES_SEVERAL);
      default:
        throw new IllegalArgumentException("--jit must be auto, c1 or c2, not " + mode);
    }
  }

  /**
   * Applies the choice to this JVM (before the model loads); returns what was chosen, for {@code --stats}. A JVM
   * without HotSpot's diagnostic command keeps its own compilers.
   */
  static String apply(String mode, Path input) {
    int processors = Runtime.getRuntime().availableProcessors();
    if (!leaveOutC2(mode, processors, bytes(input))) {
      return "C1 and C2";
    }
    try {
      Path directive = Files.createTempFile("newsgraph-jit", ".json");
      try {
        Files.writeString(directive, "[{ match: \"*.*\", c2: { Exclude: true } }]", StandardCharsets.UTF_8);
        ManagementFactory.getPlatformMBeanServer().invoke(new ObjectName("com.sun.management:type=DiagnosticCommand"),
            "compilerDirectivesAdd", new Object[] {new String[] {directive.toString()}},
            new String[] {String[].class.getName()});
      } finally {
        Files.deleteIfExists(directive);
      }
      return "C1 only";
    } catch (JMException | IOException | RuntimeException e) {
      return "C1 and C2 (C2 could not be left out: " + e.getMessage() + ")";
    }
  }

  /** The input's size: a file's, or the files' under a folder; a folder that cannot be read through counts as long. */
  static long bytes(Path input) {
    try (Stream<Path> files = Files.walk(input)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    } catch (IOException | UncheckedIOException e) {
      return Long.MAX_VALUE; // tagging reports the unreadable file itself
    }
  }
}
