package org.newsgraph.io;

import java.nio.channels.Channels;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.io.range.OffsetRange;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.splittabledofn.RestrictionTracker;
import org.apache.beam.sdk.values.PCollectionView;
import org.newsgraph.output.StageTimes;

/**
 * Streams one matched file through {@link ArticleReader}: articles to {@link ReadArticles#ARTICLES},
 * rejects to {@link ReadArticles#REJECTS}. A file that cannot even be opened is a reject too. A
 * record that {@link DropDuplicates} named as another copy (side input) becomes a {@code dedup}
 * reject in {@link ReadArticles#DUPLICATES} instead of an article.
 *
 * <p>Splittable over record indices, so a runner can stop after any record and go on later: the
 * DirectRunner checkpoints every 100 outputs, so a large file leaves this step in many small
 * bundles that the workers analyze in parallel, and the next piece is read only when the runner
 * gets to it (so only a few pieces' texts are in memory, whatever the size of the file). The
 * piece after a checkpoint goes on from the paused reader ({@link PausedStreams}), not from the
 * start of the file. Flink runs each file as one piece.
 */
@DoFn.BoundedPerElement
final class ReadFileFn extends DoFn<FileIO.ReadableFile, Article> {
  private final int maxArticleChars;
  private final PCollectionView<Map<String, String>> duplicatesView;
  private final Counter filesRead = Metrics.counter(ReadArticles.NAMESPACE, "files_read");
  private final Counter recordsRead = Metrics.counter(ReadArticles.NAMESPACE, "records_read");
  private final Counter readRejects = Metrics.counter(ReadArticles.NAMESPACE, "read_rejects");
  private final Counter duplicates = Metrics.counter(ReadArticles.NAMESPACE, "duplicates");
  private final Counter readNanos = StageTimes.counter(StageTimes.READ);

  ReadFileFn(int maxArticleChars, PCollectionView<Map<String, String>> duplicatesView) {
    this.maxArticleChars = maxArticleChars;
    this.duplicatesView = duplicatesView;
  }

  /** Every record of the file; its count is not known before reading, the end is where records end. */
  @GetInitialRestriction
  public OffsetRange allRecords() {
    return new OffsetRange(0, Long.MAX_VALUE);
  }

  @GetRestrictionCoder
  public Coder<OffsetRange> restrictionCoder() {
    return OffsetRange.Coder.of();
  }

  @ProcessElement
  public void process(ProcessContext c, RestrictionTracker<OffsetRange, Long> records) {
    long started = StageTimes.now();
    FileIO.ReadableFile file = c.element();
    String input = file.getMetadata().resourceId().toString();
    long from = records.currentRestriction().getFrom();
    RecordStream stream = PausedStreams.take(input, maxArticleChars, from);
    if (stream == null) {
      stream = RecordStream.open(input, () -> Channels.newInputStream(file.open()), maxArticleChars);
      stream.skipTo(from);
    }
    if (from == 0) {
      filesRead.inc();
    }
    Map<String, String> losers = c.sideInput(duplicatesView);
    try {
      RecordStream.Record r;
      while ((r = stream.peek()) != null) {
        if (!records.tryClaim(r.index)) {
          readNanos.inc(stream.readerCpuSinceLastCall());
          PausedStreams.pause(stream, maxArticleChars, r.index);
          stream = null;
          return;
        }
        stream.advance();
        emit(r, losers, c);
      }
      records.tryClaim(Long.MAX_VALUE); // the end of the input: the rest of the range is done
    } finally {
      if (stream != null) {
        readNanos.inc(stream.readerCpuSinceLastCall());
        stream.close();
      }
      readNanos.inc(StageTimes.now() - started);
    }
  }

  private void emit(RecordStream.Record r, Map<String, String> losers, ProcessContext c) {
    recordsRead.inc();
    if (r.reject != null) {
      readRejects.inc();
      c.output(ReadArticles.REJECTS, r.reject);
      return;
    }
    Article article = r.article;
    String duplicateOf = losers.isEmpty() ? null : losers.get(ArticleRef.key(article.input, r.index));
    if (duplicateOf == null) {
      c.output(ReadArticles.ARTICLES, article);
    } else {
      duplicates.inc();
      c.output(ReadArticles.DUPLICATES, new Reject(article.input, article.position, DropDuplicates.STAGE, duplicateOf));
    }
  }
}
