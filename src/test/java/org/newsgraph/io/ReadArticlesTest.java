package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The Beam transform over a directory tree of mixed formats, and the input checks. */
public class ReadArticlesTest {
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();
  @Rule public final transient TestPipeline pipeline = TestPipeline.create();

  private File write(String path, byte[] data) throws IOException {
    File f = new File(tmp.getRoot(), path);
    f.getParentFile().mkdirs();
    Files.write(f.toPath(), data);
    return f;
  }

  private File fixtures() throws IOException {
    write("in/2025/10/17/seed.txt", Collected.utf8("date 2025-10-17\nBaku, October 17, AZERTAC\n\nSeed text.\n"));
    write("in/feeds/feed.jsonl.gz", Collected.gzip(Collected.utf8(
        "{\"date\":\"2025-10-16\",\"text\":\"Json text.\"}\nnot json\n")));
    Map<String, byte[]> zip = new LinkedHashMap<>();
    zip.put("z/deep/note.txt", Collected.utf8("Kyiv, October 18, 2025, Ukrinform\n\nZip text."));
    write("in/bundle.zip", Collected.zip(zip));
    write("in/empty.csv", new byte[0]);
    return new File(tmp.getRoot(), "in");
  }

  @Test
  public void readsADirectoryTreeIntoArticlesAndRejects() throws IOException {
    File dir = fixtures();
    PCollectionTuple out =
        pipeline.apply(ReadArticles.from(List.of(dir.getPath())).withMaxArticleChars(10_000));
    PCollection<String> articles =
        out.get(ReadArticles.ARTICLES)
            .apply("ArticleSummary", MapElements.into(TypeDescriptors.strings())
                .via((Article a) -> a.date + " " + a.text + " @" + new File(a.input).getName() + " " + a.position));
    PCollection<String> rejects =
        out.get(ReadArticles.REJECTS)
            .apply("RejectSummary", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> new File(r.input).getName() + " " + r.position + " " + r.stage + ": " + r.reason));
    PAssert.that(articles)
        .containsInAnyOrder(
            "2025-10-17 Seed text. @seed.txt line 1",
            "2025-10-16 Json text. @feed.jsonl.gz line 1",
            "2025-10-18 Zip text. @bundle.zip entry z/deep/note.txt line 1");
    PAssert.that(rejects)
        .containsInAnyOrder(
            "feed.jsonl.gz line 2 parse: not JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
            "empty.csv byte 0 read: empty file");
    PAssert.that(out.get(ReadArticles.DUPLICATES)).empty();
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(4, counter(result, "files_read"));
    assertEquals(5, counter(result, "records_read"));
    assertEquals(2, counter(result, "read_rejects"));
    assertEquals(0, counter(result, "duplicates"));
  }

  @Test
  public void aCopyInAnotherFileBecomesADedupReject() throws IOException {
    File dir = fixtures();
    write("in/zz/copy.jsonl", Collected.utf8("{\"date\":\"2025-10-16\",\"text\":\"Json text.\"}\n"));
    PCollectionTuple out = pipeline.apply(ReadArticles.from(List.of(dir.getPath())));
    PAssert.that(out.get(ReadArticles.ARTICLES)
            .apply(MapElements.into(TypeDescriptors.strings()).via((Article a) -> a.text + " @" + new File(a.input).getName())))
        .containsInAnyOrder("Seed text. @seed.txt", "Json text. @feed.jsonl.gz", "Zip text. @bundle.zip");
    PAssert.that(out.get(ReadArticles.DUPLICATES)
            .apply("DuplicateSummary", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> new File(r.input).getName() + " " + r.position + " " + r.stage + ": " + r.reason)))
        .containsInAnyOrder("copy.jsonl line 1 dedup: duplicate of " + ArticleIds.of("Json text.") + " ("
            + new File(dir, "feeds/feed.jsonl.gz").getPath() + " line 1)");
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(6, counter(result, "records_read"));
    assertEquals(1, counter(result, "duplicates"));
  }

  @Test
  public void overlappingPatternsReadEachFileOnce() throws IOException {
    File dir = fixtures();
    PCollectionTuple out = pipeline.apply(ReadArticles.from(
        List.of(dir.getPath(), new File(dir, "2025/10/17/seed.txt").getPath(), dir.getPath() + "/**/*.txt")));
    PAssert.that(out.get(ReadArticles.ARTICLES)
            .apply(MapElements.into(TypeDescriptors.strings()).via((Article a) -> a.text)))
        .containsInAnyOrder("Seed text.", "Json text.", "Zip text.");
    pipeline.run().waitUntilFinish();
  }

  /** Counts the bundles it sees: how many pieces the read step's output came in. */
  static final class CountBundles extends DoFn<Article, Void> {
    private final Counter bundles = Metrics.counter(ReadArticles.NAMESPACE, "test_bundles");

    @StartBundle
    public void start() {
      bundles.inc();
    }

    @ProcessElement
    public void process(@Element Article a) {}
  }

  @Test
  public void aLargeFileLeavesInSeveralBundlesWithEveryRecordOnceAndItsDuplicatesFound() throws IOException {
    // 1,000 records in one gzip file: the DirectRunner checkpoints the read every 100 outputs
    StringBuilder lines = new StringBuilder();
    for (int i = 1; i <= 1000; i++) {
      if (i == 500) {
        lines.append("not json\n");
      } else if (i % 300 == 0) {
        lines.append("{\"date\":\"2025-10-17\",\"text\":\"Article 7.\"}\n"); // copies of line 7, pieces apart
      } else {
        lines.append("{\"date\":\"2025-10-17\",\"text\":\"Article ").append(i).append(".\"}\n");
      }
    }
    File big = write("big/feed.jsonl.gz", Collected.gzip(Collected.utf8(lines.toString())));
    String input = big.toURI().getPath();

    PCollectionTuple out = pipeline.apply(ReadArticles.from(List.of(big.getPath())));
    List<String> expected = new java.util.ArrayList<>();
    for (int i = 1; i <= 1000; i++) {
      if (i != 500 && i % 300 != 0) {
        expected.add("Article " + i + ". line " + i);
      }
    }
    PAssert.that(out.get(ReadArticles.ARTICLES)
            .apply("Articles", MapElements.into(TypeDescriptors.strings()).via((Article a) -> a.text + " " + a.position)))
        .containsInAnyOrder(expected);
    String reason = "duplicate of " + ArticleIds.of("Article 7.") + " (" + input + " line 7)";
    PAssert.that(out.get(ReadArticles.DUPLICATES))
        .containsInAnyOrder(
            new Reject(input, "line 300", "dedup", reason),
            new Reject(input, "line 600", "dedup", reason),
            new Reject(input, "line 900", "dedup", reason));
    PAssert.that(out.get(ReadArticles.REJECTS)
            .apply("Rejects", MapElements.into(TypeDescriptors.strings()).via((Reject r) -> r.position + " " + r.stage)))
        .containsInAnyOrder("line 500 parse");
    out.get(ReadArticles.ARTICLES).apply("CountBundles", ParDo.of(new CountBundles()));
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(1000, counter(result, "records_read"));
    assertEquals(3, counter(result, "duplicates"));
    assertEquals(1, counter(result, "read_rejects"));
    assertEquals(1, counter(result, "files_read"));
    assertTrue("bundles: " + counter(result, "test_bundles"), counter(result, "test_bundles") >= 5);
  }

  private static long counter(PipelineResult result, String name) {
    MetricQueryResults q = result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ReadArticles.NAMESPACE, name)).build());
    long sum = 0;
    for (MetricResult<Long> c : q.getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  @Test
  public void inputFilesExpandsDirectoriesAndChecksMatches() throws IOException {
    File dir = fixtures();
    String spec = dir.getPath() + " , " + new File(dir, "feeds/*.gz").getPath();
    List<String> patterns = InputFiles.expand(spec);
    assertEquals(List.of(dir.getPath() + "/**", new File(dir, "feeds/*.gz").getPath()), patterns);
    assertEquals(4, InputFiles.countFiles(patterns));

    String missing = new File(dir, "nope/*.jsonl").getPath();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> InputFiles.expand(dir.getPath() + "," + missing));
    assertEquals("no input matches '" + missing + "'", e.getMessage());
    File emptyDir = tmp.newFolder("emptydir");
    assertThrows(IllegalArgumentException.class, () -> InputFiles.expand(emptyDir.getPath()));
  }
}
