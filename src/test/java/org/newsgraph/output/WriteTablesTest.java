package org.newsgraph.output;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsgraph.actors.Mention;
import org.newsgraph.aggregate.ActorDaily;
import org.newsgraph.aggregate.CoMentionDaily;
import org.newsgraph.io.Reject;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.ArticleRecord;

/** The tables land as Hive-partitioned Parquet that DuckDB reads with a {@code date} column. */
public class WriteTablesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();
  @Rule public final TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void writesHivePartitionedParquetThatDuckDbReads() throws Exception {
    writeAndReadBack(1);
  }

  /** The DirectRunner's default: one file per date, through spill files that the run removes. */
  @Test
  public void writesOneFilePerDateThroughSpillFiles() throws Exception {
    String out = writeAndReadBack(0);
    assertEquals(
        List.of("part-00000-of-00001.parquet"),
        list(Path.of(out, "mentions", "date=2025-10-17")));
    for (String table : Tables.DAILY) {
      Path spill = Path.of(out, table, "_spill");
      assertTrue(table + " has spill files", list(spill).get(0).endsWith(".rows"));
      WriteParquet.removeSpillDir(out + "/" + table);
      assertFalse(Files.exists(spill));
    }
  }

  private static List<String> list(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private String writeAndReadBack(int shardsPerDate) throws Exception {
    String out = tmp.getRoot().getPath();
    ArticleRecord a1 =
        new ArticleRecord("a1", "2025-10-17", "AZERTAC", "Baku", null, null, "in.txt", "line 1", "en", 3, 40);
    ArticleRecord a2 =
        new ArticleRecord("a2", "2025-10-18", null, null, "Title", "http://x", "in.jsonl", "line 2", "en", 1, 9);
    Mention m = new Mention("a1", "Q7747", "Vladimir Putin", "PERSON", "name", "Vladimir Putin", 0, 10, 24);
    PCollectionTuple tables =
        PCollectionTuple.of(
                WriteTables.ANALYZED,
                p.apply("A", Create.of(new AnalyzedArticle(a1, List.of(m)), new AnalyzedArticle(a2, List.of()))))
            .and(
                WriteTables.ACTOR_DAILY,
                p.apply("D", Create.of(new ActorDaily("2025-10-17", "Q7747", "Vladimir Putin", "PERSON", 1, 1, 1))))
            .and(
                WriteTables.COMENTION_DAILY,
                p.apply("C", Create.of(new CoMentionDaily("2025-10-17", "Q1", "A", "Q2", "B", 2, 1))))
            .and(WriteTables.REJECTS, p.apply("R", Create.empty(TypeDescriptor.of(Reject.class))));
    tables.apply(new WriteTables(out, shardsPerDate));
    p.run().waitUntilFinish();
    WriteParquet.ensureFlatTableExists(out + "/rejects", Tables.REJECT_SCHEMA);

    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      assertEquals(
          List.of("2025-10-17|a1|AZERTAC|3", "2025-10-18|a2|null|1"),
          rows(s, "select cast(date as varchar), article_id, source, sentences from read_parquet('" + out
              + "/articles/**/*.parquet', hive_partitioning=true) order by 1"));
      assertEquals(
          List.of("2025-10-17|Vladimir Putin|10|24"),
          rows(s, "select cast(date as varchar), actor, \"begin\", \"end\" from read_parquet('" + out
              + "/mentions/**/*.parquet', hive_partitioning=true)"));
      assertEquals(
          List.of("0"),
          rows(s, "select count(*) from read_parquet('" + out + "/rejects/*.parquet')"));
      // the date lives only in the directory name, not in the files
      assertEquals(
          List.of("actor_id", "actor", "actor_type", "mentions", "articles", "sources"),
          rows(s, "select column_name from (describe select * from read_parquet('" + out
              + "/actor_daily/date=2025-10-17/*.parquet', hive_partitioning=false))"));
    }
    return out;
  }

  static List<String> rows(Statement s, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (ResultSet r = s.executeQuery(sql)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? "|" : "").append(r.getString(i));
        }
        out.add(b.toString());
      }
    }
    return out;
  }
}
