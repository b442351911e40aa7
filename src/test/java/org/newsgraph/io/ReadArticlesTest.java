package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.MapElements;
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
    PipelineResult result = pipeline.run();
    result.waitUntilFinish();
    assertEquals(4, counter(result, "files_read"));
    assertEquals(5, counter(result, "records_read"));
    assertEquals(2, counter(result, "read_rejects"));
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
