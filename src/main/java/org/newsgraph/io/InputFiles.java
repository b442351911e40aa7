package org.newsgraph.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.io.FileSystems;
import org.apache.beam.sdk.io.fs.MatchResult;

/**
 * Turns the {@code --input} value into file patterns Beam can match, and checks them up front so
 * a typo fails fast with one clear message instead of an empty run.
 */
public final class InputFiles {
  private InputFiles() {}

  /**
   * Splits a comma-separated spec into patterns; a directory becomes {@code dir/**} (walked
   * recursively). Throws {@code IllegalArgumentException("no input matches 'X'")} for a part that
   * matches no file.
   */
  public static List<String> expand(String commaSeparatedSpec) {
    List<String> patterns = new ArrayList<>();
    for (String part : commaSeparatedSpec.split(",")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      String pattern = normalize(p);
      if (matchFiles(pattern).isEmpty()) {
        throw new IllegalArgumentException("no input matches '" + p + "'");
      }
      patterns.add(pattern);
    }
    if (patterns.isEmpty()) {
      throw new IllegalArgumentException("no input given");
    }
    return patterns;
  }

  /** Distinct files matched by the patterns (for the run summary). */
  public static long countFiles(List<String> patterns) {
    Set<String> files = new HashSet<>();
    for (String p : patterns) {
      files.addAll(matchFiles(normalize(p)));
    }
    return files.size();
  }

  /** A directory (local, or any path ending in {@code /}) becomes {@code dir/**}. */
  public static String normalize(String pattern) {
    if (pattern.endsWith("/")) {
      return pattern + "**";
    }
    if (!pattern.contains("://") || pattern.startsWith("file://")) {
      try {
        String local = pattern.startsWith("file://") ? pattern.substring("file://".length()) : pattern;
        if (!local.contains("*") && !local.contains("?") && Files.isDirectory(Paths.get(local))) {
          return pattern + "/**";
        }
      } catch (InvalidPathException e) {
        // a glob that is not a valid path: leave it to Beam
      }
    }
    return pattern;
  }

  private static List<String> matchFiles(String pattern) {
    MatchResult result;
    try {
      result = FileSystems.match(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match input '" + pattern + "'", e);
    }
    List<String> files = new ArrayList<>();
    if (result.status() != MatchResult.Status.OK) {
      return files;
    }
    try {
      for (MatchResult.Metadata m : result.metadata()) {
        if (!m.resourceId().isDirectory()) {
          files.add(m.resourceId().toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot match input '" + pattern + "'", e);
    }
    return files;
  }
}
