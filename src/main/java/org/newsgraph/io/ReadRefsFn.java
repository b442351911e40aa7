package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.DoFn;
import org.newsgraph.output.StageTimes;

/**
 * The cheap first pass: streams one matched file through {@link ArticleReader} and emits only an
 * {@link ArticleRef} per article (id, input, position, record index), no text and no rejects (the
 * real read in {@link ReadFileFn} reports those). No counters either, so nothing is counted twice.
 */
final class ReadRefsFn extends DoFn<FileIO.ReadableFile, ArticleRef> {
  private final int maxArticleChars;
  private final Counter readNanos = StageTimes.counter(StageTimes.READ);

  ReadRefsFn(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, OutputReceiver<ArticleRef> out) {
    long started = StageTimes.now();
    try {
      String input = file.getMetadata().resourceId().toString();
      InputStream in;
      try {
        in = Channels.newInputStream(file.open());
      } catch (IOException | RuntimeException e) {
        return; // the real read rejects it
      }
      try (InputStream closing = in) {
        ArticleReader.read(input, closing, new RecordCounter() {
          @Override
          void article(Article a, long record) {
            out.output(new ArticleRef(a.articleId, a.input, a.position, record));
          }

          @Override
          void reject(Reject r, long record) {}
        }, maxArticleChars);
      } catch (IOException e) {
        // Only close() can throw here.
      }
    } finally {
      readNanos.inc(StageTimes.now() - started);
    }
  }

  /** A sink that numbers records (articles and rejects alike) in the order the reader reports them. */
  abstract static class RecordCounter implements ArticleSink {
    private long records;

    abstract void article(Article article, long record);

    abstract void reject(Reject reject, long record);

    @Override
    public final void article(Article article) {
      article(article, records++);
    }

    @Override
    public final void reject(Reject reject) {
      reject(reject, records++);
    }
  }
}
