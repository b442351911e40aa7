package org.newsgraph.ner;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * The English PER / ORG / LOC name-finder model: the one shipped in the jar (loaded once per JVM,
 * lazily, thread-safe) or one read from a file. Models are immutable and shared; make one
 * {@link EntityTagger} per thread from them.
 */
public final class NerModels {
  /** Classpath location of the shipped model. */
  public static final String SHIPPED = "/org/newsgraph/ner/en-ner.bin";

  private NerModels() {}

  private static final class Shipped {
    static final TokenNameFinderModel MODEL = loadShipped();
  }

  /** The model shipped in the jar, read on first use and then shared. */
  public static TokenNameFinderModel shipped() {
    return Shipped.MODEL;
  }

  /** A model file (e.g. {@code --nerModel=FILE}); each call reads it again. */
  public static TokenNameFinderModel load(Path file) {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      return new TokenNameFinderModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name-finder model " + file, e);
    }
  }

  /** {@link #shipped()} when {@code file} is null, else {@link #load(Path)}. */
  public static TokenNameFinderModel shippedOr(Path file) {
    return file == null ? shipped() : load(file);
  }

  private static TokenNameFinderModel loadShipped() {
    try (InputStream raw = NerModels.class.getResourceAsStream(SHIPPED)) {
      if (raw == null) {
        throw new IllegalStateException("name-finder model " + SHIPPED + " is not on the classpath");
      }
      return new TokenNameFinderModel(new BufferedInputStream(raw, 1 << 16));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read name-finder model " + SHIPPED, e);
    }
  }
}
