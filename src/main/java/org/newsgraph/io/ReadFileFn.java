package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import org.apache.beam.sdk.io.FileIO;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;

/**
 * Streams one matched file through {@link ArticleReader}: articles to the main output, rejects to
 * {@link ReadArticles#REJECTS}. A file that cannot even be opened is a reject too.
 */
final class ReadFileFn extends DoFn<FileIO.ReadableFile, Article> {
  private final int maxArticleChars;
  private final Counter filesRead = Metrics.counter(ReadArticles.NAMESPACE, "files_read");
  private final Counter recordsRead = Metrics.counter(ReadArticles.NAMESPACE, "records_read");
  private final Counter readRejects = Metrics.counter(ReadArticles.NAMESPACE, "read_rejects");
  private final Counter readNanos = org.newsgraph.output.StageTimes.counter(org.newsgraph.output.StageTimes.READ);

  ReadFileFn(int maxArticleChars) {
    this.maxArticleChars = maxArticleChars;
  }

  @ProcessElement
  public void process(@Element FileIO.ReadableFile file, MultiOutputReceiver out) {
    long started = org.newsgraph.output.StageTimes.now();
    try {
      readFile(file, out);
    } finally {
      readNanos.inc(org.newsgraph.output.StageTimes.now() - started);
    }
  }

  private void readFile(FileIO.ReadableFile file, MultiOutputReceiver out) {
    String input = file.getMetadata().resourceId().toString();
    filesRead.inc();
    ArticleSink sink =
        new ArticleSink() {
          @Override
          public void article(Article article) {
            recordsRead.inc();
            out.get(ReadArticles.ARTICLES).output(article);
          }

          @Override
          public void reject(Reject reject) {
            recordsRead.inc();
            readRejects.inc();
            out.get(ReadArticles.REJECTS).output(reject);
          }
        };
    InputStream in;
    try {
      in = Channels.newInputStream(file.open());
    } catch (IOException | RuntimeException e) {
      sink.reject(new Reject(input, "byte 0", ArticleReader.STAGE_READ, "cannot open: " + e.getMessage()));
      return;
    }
    try (InputStream closing = in) {
      ArticleReader.read(input, closing, sink, maxArticleChars);
    } catch (IOException e) {
      // Only close() can throw here; everything read is already out.
    }
  }
}
