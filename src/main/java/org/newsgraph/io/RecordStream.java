package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.output.StageTimes;

/**
 * The records of one input, pulled one at a time: {@link ArticleReader} pushes them (it walks
 * nested archives recursively), so it runs on its own daemon thread and hands records over through
 * a small queue. That lets a reader stop after any record and go on later from the same place
 * ({@link PausedStreams}) instead of decompressing and parsing the input again from the start.
 *
 * <p>Records are numbered from 0 in the order the reader reports them, articles and rejects alike
 * (the same numbering as {@link ReadRefsFn}'s). Not thread-safe: one consumer at a time.
 */
final class RecordStream implements AutoCloseable {
  /** An article or a reject, with its index in the input. */
  static final class Record {
    final long index;
    final @Nullable Article article;
    final @Nullable Reject reject;

    Record(long index, @Nullable Article article, @Nullable Reject reject) {
      this.index = index;
      this.article = article;
      this.reject = reject;
    }
  }

  /** How the input is opened: once, on the reader thread. */
  interface Opener {
    InputStream open() throws IOException;
  }

  /** Records read ahead of the consumer: enough to keep the reader busy, few enough to be small. */
  private static final int AHEAD = 64;
  private static final Record END = new Record(-1, null, null);

  /** Thrown on the reader thread when the stream is closed early; an Error, so the reader's own handling of bad input does not turn it into a reject. */
  private static final class Closed extends Error {
    Closed() {
      super(null, null, false, false);
    }
  }

  private final String input;
  private final BlockingQueue<Record> queue = new ArrayBlockingQueue<>(AHEAD);
  private final Thread thread;
  private @Nullable Record peeked;
  private volatile boolean closed;
  /** CPU nanoseconds the reader thread has used (its thread has no Beam metrics of its own). */
  private volatile long readerCpu;
  /** What broke the reader thread itself (not bad input, which is a reject): rethrown to the consumer. */
  private volatile @Nullable Throwable failure;
  private long readerCpuReported;

  private RecordStream(String input, Opener opener, int maxArticleChars) {
    this.input = input;
    this.thread = new Thread(() -> produce(opener, maxArticleChars), "newsgraph-read " + input);
    thread.setDaemon(true);
  }

  /** Starts reading {@code input} in the background. */
  static RecordStream open(String input, Opener opener, int maxArticleChars) {
    RecordStream s = new RecordStream(input, opener, maxArticleChars);
    s.thread.start();
    return s;
  }

  String input() {
    return input;
  }

  private void produce(Opener opener, int maxArticleChars) {
    ArticleSink sink =
        new ArticleSink() {
          private long records;

          @Override
          public void article(Article article) {
            put(new Record(records++, article, null));
          }

          @Override
          public void reject(Reject reject) {
            put(new Record(records++, null, reject));
          }
        };
    try {
      InputStream in;
      try {
        in = opener.open();
      } catch (IOException | RuntimeException e) {
        sink.reject(new Reject(input, "byte 0", ArticleReader.STAGE_READ, "cannot open: " + e.getMessage()));
        put(END);
        return;
      }
      try (InputStream closing = in) {
        ArticleReader.read(input, closing, sink, maxArticleChars);
      } catch (IOException e) {
        // only close() can throw here; every record is already handed over
      }
      put(END);
    } catch (Closed e) {
      // the consumer is gone
    } catch (Throwable t) {
      failure = t; // e.g. out of memory: the consumer must fail, not wait for records forever
      queue.clear();
      queue.offer(END);
    }
  }

  private void put(Record r) {
    readerCpu = StageTimes.now();
    try {
      while (!closed) {
        if (queue.offer(r, 1, TimeUnit.SECONDS)) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new Closed();
  }

  /** The next record without taking it, or null at the end of the input. */
  @Nullable Record peek() {
    if (peeked == null) {
      try {
        peeked = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while reading " + input, e);
      }
    }
    if (peeked == END && failure != null) {
      throw new IllegalStateException("reading " + input + " failed", failure);
    }
    return peeked == END ? null : peeked;
  }

  /** Takes the record {@link #peek} returned. */
  void advance() {
    if (peeked != null && peeked != END) {
      peeked = null;
    }
  }

  /** Index of the next record (the number of records taken so far), or -1 at the end. */
  long nextIndex() {
    Record r = peek();
    return r == null ? -1 : r.index;
  }

  /** Skips records before {@code index}; false if the input ends first. */
  boolean skipTo(long index) {
    Record r;
    while ((r = peek()) != null && r.index < index) {
      advance();
    }
    return r != null;
  }

  /** CPU nanoseconds the reader thread used since the last call, for the consumer's stage timer. */
  long readerCpuSinceLastCall() {
    long cpu = readerCpu;
    long delta = cpu - readerCpuReported;
    readerCpuReported = cpu;
    return delta;
  }

  /** Stops the reader thread (it may be blocked handing over a record). */
  @Override
  public void close() {
    closed = true;
    thread.interrupt();
  }
}
