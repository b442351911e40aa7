package org.newsgraph;

import static org.junit.Assert.assertEquals;

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
import java.util.List;

/** A DirectRunner reference run, and the comparison of two runs' tables through DuckDB. */
final class FlinkSameRows {
  private FlinkSameRows() {}

  static final String SAMPLE = "samples/news";
  static final List<String> TABLES = List.of("articles", "mentions", "actor_daily", "comention_daily", "rejects");
  static final List<String> COUNTERS =
      List.of("files_read", "records_read", "articles_accepted", "rejected", "rejected_by_reason", "mentions",
          "tokens", "actors", "pairs");

  /** The job on the sample with the DirectRunner, in this JVM, as the README's first command. */
  static void directRun(String output) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream console = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    int exit =
        Main.run(new String[] {"--input=" + SAMPLE, "--output=" + output, "--progress=false"},
            console, console);
    assertEquals(buffer.toString(StandardCharsets.UTF_8), 0, exit);
  }

  /** Every table holds exactly the same rows (as multisets) in both runs, and the counters agree. */
  static void assertSameRows(String expected, String actual) throws Exception {
    for (String t : TABLES) {
      String a = read(expected, t);
      String b = read(actual, t);
      long rows = count("select count(*) from " + a);
      assertEquals(t + " has rows", true, rows > 0);
      assertEquals(t + ": rows only in " + expected, 0, count("select count(*) from (select * from " + a
          + " except all select * from " + b + ")"));
      assertEquals(t + ": rows only in " + actual, 0, count("select count(*) from (select * from " + b
          + " except all select * from " + a + ")"));
      assertEquals(t, rows, count("select count(*) from " + b));
    }
    JsonNode x = new ObjectMapper().readTree(new File(expected, "summary.json"));
    JsonNode y = new ObjectMapper().readTree(new File(actual, "summary.json"));
    for (String c : COUNTERS) {
      assertEquals("summary.json " + c, x.get(c), y.get(c));
    }
    assertEquals(true, y.get("balanced").asBoolean());
  }

  private static String read(String output, String table) {
    return table.equals("rejects")
        ? "read_parquet('" + output + "/rejects/*.parquet')"
        : "read_parquet('" + output + "/" + table + "/**/*.parquet', hive_partitioning=true)";
  }

  private static long count(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
