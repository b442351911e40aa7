package org.newsgraph;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The real main on one archive large enough that the DirectRunner reads it in several pieces (it
 * checkpoints the read every 100 records): every record once, a copy pieces apart still found,
 * one file per date however many bundles carried its rows, and tallies that add up.
 */
public class LargeFileEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  static final int RECORDS = 450;
  static String out;
  static File archive;
  static int exitCode;
  static JsonNode summary;

  @BeforeClass
  public static void runTheJobOnOneLargeArchive() throws Exception {
    archive = new File(TMP.getRoot(), "feed.jsonl.gz");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(archive.toPath()))) {
      StringBuilder b = new StringBuilder();
      for (int i = 1; i <= RECORDS; i++) {
        int n = i == 420 ? 20 : i; // line 420 repeats line 20's article
        String date = "2025-10-1" + (n % 3);
        b.append(i == 250 ? "not json" : "{\"date\":\"" + date + "\",\"title\":\"" + n + "\",\"text\":\"Vladimir Putin met "
            + "Donald Trump in Moscow. Report " + n + ".\"}").append('\n');
      }
      gz.write(b.toString().getBytes(StandardCharsets.UTF_8));
    }
    out = new File(TMP.getRoot(), "out").getPath();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    exitCode = Main.run(new String[] {"--input=" + archive.getPath(), "--output=" + out, "--progress=false"}, quiet, quiet);
    summary = new ObjectMapper().readTree(new File(out, "summary.json"));
  }

  @Test
  public void everyRecordIsReadOnceAndTheCopyIsFound() throws Exception {
    assertEquals(0, exitCode);
    assertEquals(summary.toString(), RECORDS, summary.get("records_read").asLong());
    assertEquals(summary.toString(), RECORDS - 2, summary.get("articles_accepted").asLong());
    assertEquals(summary.toString(), 2, summary.get("rejected").asLong());
    assertEquals(String.valueOf(RECORDS - 2), one("select count(distinct title) from " + table("articles")));
    assertEquals(
        List.of("line 250 parse", "line 420 dedup duplicate of line 20"),
        MainEndToEndTest.query("select position || ' ' || stage || case when stage = 'dedup' then ' duplicate of '"
            + " || regexp_extract(reason, '(line [0-9]+)\\)$', 1) else '' end from read_parquet('" + out
            + "/rejects/*.parquet') order by 1"));
  }

  @Test
  public void oneFilePerDateAndTalliesThatAddUp() throws Exception {
    for (String t : List.of("articles", "mentions", "actor_daily", "comention_daily")) {
      assertEquals(t, "3 3", one("select count(distinct filename) || ' ' || count(distinct date) from read_parquet('"
          + out + "/" + t + "/**/*.parquet', hive_partitioning=true, filename=true)"));
    }
    assertEquals(
        one("select count(*) from " + table("mentions") + " where kind <> 'adjectival'"),
        one("select sum(mentions) from " + table("actor_daily")));
    assertEquals(
        String.valueOf(RECORDS - 2),
        one("select sum(articles) from " + table("comention_daily")
            + " where least(actor_a, actor_b) = 'Donald Trump' and greatest(actor_a, actor_b) = 'Vladimir Putin'"));
  }

  private static String table(String name) {
    return "read_parquet('" + out + "/" + name + "/**/*.parquet', hive_partitioning=true)";
  }

  private static String one(String sql) throws Exception {
    return MainEndToEndTest.one(sql);
  }
}
