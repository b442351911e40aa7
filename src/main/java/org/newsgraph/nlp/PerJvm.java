package org.newsgraph.nlp;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Heavy, immutable, thread-safe resources (models, dictionaries) built once per worker JVM and
 * shared by every {@code DoFn} instance in it, whatever the number of bundles or threads: the
 * same idea as Scio's {@code DoFnWithResource} in its per-class mode.
 */
public final class PerJvm {
  private static final ConcurrentHashMap<String, Object> RESOURCES = new ConcurrentHashMap<>();

  private PerJvm() {}

  /** The resource under {@code key}, built by {@code build} on first use in this JVM. */
  @SuppressWarnings("unchecked")
  public static <T> T get(String key, Supplier<T> build) {
    return (T) RESOURCES.computeIfAbsent(key, k -> build.get());
  }
}
