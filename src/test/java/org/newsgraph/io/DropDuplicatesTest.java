package org.newsgraph.io;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DropDuplicatesTest {
  @Rule public final transient TemporaryFolder tmp = new TemporaryFolder();
  @Rule public final transient TestPipeline p = TestPipeline.create();

  @Test
  public void keepsTheCopyWithTheSmallestInputAndPositionAndNamesTheOthers() {
    String id = ArticleIds.of("Putin met Trump.");
    ArticleRef first = new ArticleRef(id, "a/feed.jsonl", "line 2", 1);
    ArticleRef later = new ArticleRef(id, "b/feed.csv", "line 9", 8);
    ArticleRef sameFileLater = new ArticleRef(id, "a/feed.jsonl", "line 7", 6);
    // Two records at one position (zip entries of one name): the smaller record index wins.
    ArticleRef samePositionLater = new ArticleRef(id, "a/feed.jsonl", "line 2", 4);
    ArticleRef other = new ArticleRef(ArticleIds.of("Lavrov met Rubio."), "b/feed.csv", "line 3", 2);

    PCollection<KV<String, String>> losers =
        p.apply(Create.of(later, other, samePositionLater, sameFileLater, first)
                .withCoder(SchemaCoders.of(p, ArticleRef.class)))
            .apply(new DropDuplicates.FindDuplicates());

    String reason = "duplicate of " + id + " (a/feed.jsonl line 2)";
    PAssert.that(losers)
        .containsInAnyOrder(
            KV.of(ArticleRef.key("b/feed.csv", 8), reason),
            KV.of(ArticleRef.key("a/feed.jsonl", 6), reason),
            KV.of(ArticleRef.key("a/feed.jsonl", 4), reason));
    p.run().waitUntilFinish();
  }

  private File write(String path, String text) throws IOException {
    File f = new File(tmp.getRoot(), path);
    f.getParentFile().mkdirs();
    Files.write(f.toPath(), Collected.utf8(text));
    return f;
  }

  @Test
  public void readArticlesEmitsTheKeptCopyAndRejectsTheOthersWithoutHoldingTexts() throws IOException {
    String putin = "{\"date\":\"2025-10-17\",\"text\":\"Putin met Trump.\"}\n";
    File a = write("in/a/feed.jsonl", putin + "{\"date\":\"2025-10-17\",\"text\":\"Lavrov met Rubio.\"}\nnot json\n" + putin);
    File b = write("in/b/feed.jsonl", "{\"date\":\"2025-10-18\",\"text\":\"  Putin met Trump.\"}\n");
    String aIn = a.toURI().getPath();
    String bIn = b.toURI().getPath();

    PCollectionTuple out = p.apply(ReadArticles.from(List.of(new File(tmp.getRoot(), "in").getPath())));
    PAssert.that(out.get(ReadArticles.ARTICLES)
            .apply("Articles", MapElements.into(TypeDescriptors.strings())
                .via((Article x) -> x.text + " @" + x.input + " " + x.position)))
        .containsInAnyOrder("Putin met Trump. @" + aIn + " line 1", "Lavrov met Rubio. @" + aIn + " line 2");
    String reason = "duplicate of " + ArticleIds.of("Putin met Trump.") + " (" + aIn + " line 1)";
    PAssert.that(out.get(ReadArticles.DUPLICATES))
        .containsInAnyOrder(
            new Reject(aIn, "line 4", "dedup", reason),
            new Reject(bIn, "line 1", "dedup", reason));
    PAssert.that(out.get(ReadArticles.REJECTS)
            .apply("Rejects", MapElements.into(TypeDescriptors.strings())
                .via((Reject r) -> r.input + " " + r.position + " " + r.stage)))
        .containsInAnyOrder(aIn + " line 3 parse");
    PipelineResult result = p.run();
    result.waitUntilFinish();
    assertEquals(5, counter(result, "records_read"));
    assertEquals(2, counter(result, "duplicates"));
    assertEquals(1, counter(result, "read_rejects"));
  }

  private static long counter(PipelineResult result, String name) {
    long sum = 0;
    for (MetricResult<Long> c : result.metrics().queryMetrics(MetricsFilter.builder()
        .addNameFilter(MetricNameFilter.named(ReadArticles.NAMESPACE, name)).build()).getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }
}
