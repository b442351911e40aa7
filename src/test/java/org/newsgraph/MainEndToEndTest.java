package org.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Runs the real main on the bundled sample, as the README's first command does, and reads every
 * table back through DuckDB, the way a notebook would.
 */
public class MainEndToEndTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  static String out;
  static String console;
  static int exitCode;
  static JsonNode summary;

  @BeforeClass
  public static void runTheJobOnTheSample() throws Exception {
    out = new File(TMP.getRoot(), "out").getPath();
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    exitCode = Main.run(new String[] {"--input=samples/news", "--output=" + out}, stream, stream);
    console = buffer.toString(StandardCharsets.UTF_8);
    summary = new ObjectMapper().readTree(new File(out, "summary.json"));
  }

  @Test
  public void exitsZeroAndPrintsASummaryThatAddsUp() {
    assertEquals(console, 0, exitCode);
    assertThat(console, containsString("articles accepted"));
    long read = summary.get("records_read").asLong();
    long accepted = summary.get("articles_accepted").asLong();
    long rejected = summary.get("rejected").asLong();
    assertTrue(summary.toString(), read > 0 && accepted > 0);
    assertEquals(summary.toString(), read, accepted + rejected);
  }

  @Test
  public void leavesOnlyTheTablesAndTheSummary() {
    assertEquals(
        List.of("actor_daily", "articles", "comention_daily", "mentions", "rejects", "summary.json"),
        Stream.of(new File(out).list()).sorted().toList());
    for (String table : List.of("articles", "mentions", "actor_daily", "comention_daily")) {
      assertTrue(table, Stream.of(new File(out, table).list()).allMatch(d -> d.startsWith("date=")));
    }
  }

  @Test
  public void everyTableHasItsContractColumns() throws Exception {
    assertEquals(
        "article_id source place title url input position language sentences tokens date",
        columns("articles"));
    assertEquals(
        "article_id actor_id actor actor_type kind text sentence begin end date", columns("mentions"));
    assertEquals("actor_id actor actor_type mentions articles sources date", columns("actor_daily"));
    assertEquals(
        "actor_id_a actor_a actor_id_b actor_b sentences articles date", columns("comention_daily"));
    assertEquals(
        "input position stage reason",
        String.join(" ", query("select column_name from (describe select * from read_parquet('" + out
            + "/rejects/*.parquet'))")));
  }

  @Test
  public void tablesAgreeWithTheSummary() throws Exception {
    assertEquals(
        summary.get("articles_accepted").asText(), one("select count(*) from " + table("articles")));
    assertEquals(summary.get("rejected").asText(), one("select count(*) from read_parquet('" + out + "/rejects/*.parquet')"));
    assertEquals(summary.get("mentions").asText(), one("select count(*) from " + table("mentions")));
    assertEquals(
        summary.get("actors").asText(), one("select count(distinct actor_id) from " + table("actor_daily")));
    // every counted mention of an article is in actor_daily
    assertEquals(
        one("select count(*) from " + table("mentions") + " where kind <> 'adjectival'"),
        one("select sum(mentions) from " + table("actor_daily")));
    assertEquals("0", one("select count(*) from " + table("comention_daily") + " where actor_id_a >= actor_id_b"));
  }

  @Test
  public void theSampleTellsTheStoryItWasWrittenFor() throws Exception {
    assertEquals(
        "Donald Trump",
        one("select actor from " + table("actor_daily")
            + " group by actor order by sum(mentions) desc limit 1"));
    assertEquals(
        "Donald Trump|Vladimir Putin",
        one("select least(actor_a, actor_b) || '|' || greatest(actor_a, actor_b) from "
            + table("comention_daily") + " group by 1 order by sum(sentences) desc limit 1"));
    // a surname-only mention is folded into the full name
    assertEquals(
        "0",
        one("select count(*) from " + table("actor_daily") + " where actor in ('Putin', 'Trump')"));
    List<String> reasons = query("select distinct stage from read_parquet('" + out + "/rejects/*.parquet') order by 1");
    assertTrue(reasons.toString(), reasons.containsAll(List.of("dedup", "language")));
  }

  @Test
  public void aReRunGivesTheSameRows() throws Exception {
    String again = new File(TMP.getRoot(), "again").getPath();
    PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    assertEquals(0, Main.run(new String[] {"--input=samples/news", "--output=" + again, "--progress=false"}, quiet, quiet));
    for (String t : List.of("articles", "mentions", "actor_daily", "comention_daily")) {
      assertEquals(
          t,
          "0",
          one("select count(*) from ((select * from " + table(t) + " except all select * from read_parquet('"
              + again + "/" + t + "/**/*.parquet', hive_partitioning=true)) union all (select * from read_parquet('"
              + again + "/" + t + "/**/*.parquet', hive_partitioning=true) except all select * from " + table(t) + "))"));
    }
  }

  @Test
  public void userMistakesAreOneLineErrors() {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    assertEquals(2, Main.run(new String[] {"--input=does/not/exist/*.txt", "--output=" + out + "-x"}, stream, stream));
    assertEquals(2, Main.run(new String[] {"--input=samples/news", "--output=/proc/newsgraph"}, stream, stream));
    assertEquals(2, Main.run(new String[] {}, stream, stream));
    String text = buffer.toString(StandardCharsets.UTF_8);
    assertThat(text, containsString("no input matches"));
    assertThat(text, containsString("cannot write to --output=/proc/newsgraph"));
    assertTrue(text, !text.contains("\tat "));
  }

  static String table(String name) {
    return "read_parquet('" + out + "/" + name + "/**/*.parquet', hive_partitioning=true)";
  }

  static String columns(String name) throws Exception {
    return String.join(" ", query("select column_name from (describe select * from " + table(name) + ")"));
  }

  static String one(String sql) throws Exception {
    List<String> rows = query(sql);
    assertEquals(sql, 1, rows.size());
    return rows.get(0);
  }

  static List<String> query(String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        out.add(r.getString(1));
      }
    }
    return out;
  }
}
