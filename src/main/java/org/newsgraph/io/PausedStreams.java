package org.newsgraph.io;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Open {@link RecordStream}s that stopped at a record boundary, per JVM, so that the next piece of
 * the same input ({@link ReadFileFn} reads a file in pieces) goes on from there instead of reading
 * the input again up to that record. Only a shortcut: a piece that finds no paused stream opens
 * the input and skips to its first record, with the same records as a result.
 *
 * <p>Keyed by input, size limit and next record index. At most {@link #MAX} are kept (one per large
 * file being read: the DirectRunner takes the files' pieces in turn), each with its reader thread
 * and up to 64 records read ahead; the oldest is closed beyond that, so a runner that never
 * resumes a piece leaves no reader thread behind for long.
 */
final class PausedStreams {
  static final int MAX = 128;

  private static final Map<String, RecordStream> PAUSED = new LinkedHashMap<>();

  private PausedStreams() {}

  private static String key(String input, int maxArticleChars, long next) {
    return next + " " + maxArticleChars + " " + input;
  }

  /** The paused stream of {@code input} whose next record is {@code next}, or null. */
  static synchronized @Nullable RecordStream take(String input, int maxArticleChars, long next) {
    return PAUSED.remove(key(input, maxArticleChars, next));
  }

  /** Keeps {@code stream} (stopped before record {@code next}) for whoever reads on from there. */
  static void pause(RecordStream stream, int maxArticleChars, long next) {
    RecordStream evicted = null;
    RecordStream replaced;
    synchronized (PausedStreams.class) {
      replaced = PAUSED.put(key(stream.input(), maxArticleChars, next), stream);
      if (PAUSED.size() > MAX) {
        Iterator<RecordStream> oldest = PAUSED.values().iterator();
        evicted = oldest.next();
        oldest.remove();
      }
    }
    if (replaced != null) {
      replaced.close();
    }
    if (evicted != null) {
      evicted.close();
    }
  }
}
