package org.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every query the notebook runs ({@code notebooks/queries/*.sql}), run through DuckDB JDBC on the
 * job's real output for {@code samples/news}, with the values the notebook would pass.
 */
public class NotebookQueriesTest {
  static final String TRUMP = "Donald Trump";
  static final String PUTIN = "Vladimir Putin";

  static Path out;
  static Connection db;
  static Map<String, Object> values;

  @BeforeClass
  public static void runTheSample() throws Exception {
    out = SampleOutput.get();
    db = DriverManager.getConnection("jdbc:duckdb:");
    values = new HashMap<>();
    values.put("output", out.toString());
    values.put("actor", TRUMP);
    values.put("start", "2025-10-16");
    values.put("end", "2025-10-18");
    values.put("top", 10);
    values.put("before_start", "2025-10-16");
    values.put("before_end", "2025-10-16");
    values.put("after_start", "2025-10-17");
    values.put("after_end", "2025-10-18");
  }

  @AfterClass
  public static void close() throws Exception {
    if (db != null) {
      db.close();
    }
  }

  static List<Map<String, Object>> run(String name) throws Exception {
    return QueryFiles.run(db, name, values);
  }

  static long num(Object o) {
    return ((Number) o).longValue();
  }

  @Test
  public void everyQueryFileReturnsRows() throws Exception {
    List<String> names = QueryFiles.names();
    assertTrue(names.toString(), names.size() >= 10);
    for (String name : names) {
      assertFalse(name + ".sql returned no rows", run(name).isEmpty());
    }
  }

  @Test
  public void parametersAreTheDocumentedOnesAndTheNotebookFindsThemAll() throws Exception {
    Set<String> known = values.keySet();
    for (String name : QueryFiles.names()) {
      String sql = QueryFiles.text(name);
      List<String> parameters = QueryFiles.parameters(sql);
      assertTrue(name + ".sql takes no $output", parameters.contains("output"));
      assertTrue(name + ".sql: unknown parameter in " + parameters, known.containsAll(parameters));
      // the notebook finds parameters with a plain regex: no $ in comments or strings
      assertEquals(name + ".sql", new HashSet<>(parameters), QueryFiles.parametersByRegex(sql));
      // the header names them
      Matcher header = Pattern.compile("(?m)^-- Parameters: (.*)$").matcher(sql);
      assertTrue(name + ".sql has no '-- Parameters:' line", header.find());
      assertEquals(name + ".sql", new HashSet<>(parameters), Set.of(header.group(1).split(", ")));
    }
  }

  @Test
  public void summaryAndDateRange() throws Exception {
    Map<String, Object> summary = run("summary").get(0);
    assertEquals(10L, num(summary.get("articles_accepted")));
    assertEquals(13L, num(summary.get("records_read")));
    Map<String, Object> range = run("date_range").get(0);
    assertEquals("2025-10-16", range.get("first_date").toString());
    assertEquals("2025-10-18", range.get("last_date").toString());
    assertEquals(3L, num(range.get("days_with_articles")));
    assertEquals(10L, num(range.get("articles")));
  }

  @Test
  public void rejectsByReasonAgreeWithTheSummary() throws Exception {
    Map<String, Long> byReason = new TreeMap<>();
    for (Map<String, Object> row : run("rejects_by_reason")) {
      byReason.put((String) row.get("reason"), num(row.get("records")));
      assertNotNull(row.get("example"));
    }
    assertTrue(byReason.toString(), byReason.containsKey("duplicate"));
    assertTrue(byReason.toString(), byReason.containsKey("language=fr"));
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    Map<String, Long> counted = new TreeMap<>();
    summary.get("rejected_by_reason").fields().forEachRemaining(e -> counted.put(e.getKey(), e.getValue().asLong()));
    assertEquals(counted, byReason);
  }

  @Test
  public void topActorIsTrumpAndTheDailySeriesAddUp() throws Exception {
    List<Map<String, Object>> top = run("top_actors");
    assertEquals(TRUMP, top.get(0).get("actor"));
    assertEquals(PUTIN, top.get(1).get("actor"));
    long trump = num(top.get(0).get("mentions"));
    assertThat(trump, greaterThan(num(top.get(1).get("mentions"))));

    List<Map<String, Object>> daily = run("top_actors_daily");
    assertEquals(3 * top.size(), daily.size()); // every day for every top actor
    long sum = 0;
    double lastRolling = 0;
    for (Map<String, Object> row : daily) {
      if (TRUMP.equals(row.get("actor"))) {
        sum += num(row.get("mentions"));
        lastRolling = ((Number) row.get("rolling_7d")).doubleValue();
      }
    }
    assertEquals(trump, sum);
    assertEquals(trump / 3.0, lastRolling, 1e-9); // 3 days, all inside the 7-day window

    List<Map<String, Object>> profile = run("actor_profile_daily");
    assertEquals(3, profile.size());
    assertEquals(trump, profile.stream().mapToLong(r -> num(r.get("mentions"))).sum());
  }

  @Test
  public void topPairIsTrumpPutinFromEverySide() throws Exception {
    Map<String, Object> pair = run("top_pairs").get(0);
    assertEquals(Set.of(TRUMP, PUTIN), Set.of(pair.get("actor_a"), pair.get("actor_b")));
    long shared = num(pair.get("shared_sentences"));

    Map<String, Object> partner = run("actor_partners").get(0);
    assertEquals(PUTIN, partner.get("actor"));
    assertEquals(shared, num(partner.get("shared_sentences")));

    List<Map<String, Object>> nodes = run("network_nodes");
    assertEquals(TRUMP, nodes.get(0).get("actor"));
    Set<Object> ids = new HashSet<>();
    nodes.forEach(n -> ids.add(n.get("actor_id")));
    List<Map<String, Object>> edges = run("network_edges");
    Map<String, Object> first = edges.get(0);
    assertEquals(Set.of(TRUMP, PUTIN), Set.of(first.get("actor_a"), first.get("actor_b")));
    assertEquals(shared, num(first.get("shared_sentences")));
    for (Map<String, Object> e : edges) {
      assertTrue(e.toString(), ids.contains(e.get("actor_id_a")) && ids.contains(e.get("actor_id_b")));
    }
  }

  @Test
  public void sampleMentionsShowTextTitleAndTheOtherActorsOfTheSentence() throws Exception {
    List<Map<String, Object>> rows = run("actor_mentions");
    assertEquals(10, rows.size());
    boolean withPutin = false;
    for (Map<String, Object> row : rows) {
      assertThat(row.toString(), (String) row.get("mention"), containsString("Trump"));
      assertNotNull(row.toString(), row.get("article"));
      withPutin |= ((String) row.get("also_in_sentence")).contains(PUTIN);
    }
    assertTrue(rows.toString(), withPutin);
  }

  @Test
  public void risingActorsAreOrderedByChangePerDay() throws Exception {
    List<Map<String, Object>> rows = run("rising_actors");
    double previous = Double.MAX_VALUE;
    for (Map<String, Object> row : rows) {
      double change = ((Number) row.get("change_per_day")).doubleValue();
      assertTrue(rows.toString(), change <= previous);
      previous = change;
      double expected = num(row.get("after_mentions")) / 2.0 - num(row.get("before_mentions")) / 1.0;
      assertEquals(row.toString(), expected, change, 0.001);
    }
  }

  @Test
  public void theReadmeDuckdbOneLinersReturnRows() throws Exception {
    String doc = java.nio.file.Files.readString(Path.of("README.md"));
    Matcher m = Pattern.compile("duckdb -c \"(.*)\"").matcher(doc);
    int n = 0;
    while (m.find()) {
      n++;
      try (java.sql.Statement s = db.createStatement();
          java.sql.ResultSet r = s.executeQuery(m.group(1).replace("out/sample", out.toString()))) {
        assertTrue(m.group(1), r.next());
      }
    }
    assertEquals(3, n);
  }
}
