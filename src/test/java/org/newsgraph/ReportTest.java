package org.newsgraph;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.newsgraph.report.ReportCommand;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * {@code report} on the sample's output: the page is well-formed XHTML, loads nothing from
 * anywhere, and its numbers are the tables' numbers (checked against DuckDB).
 */
public class ReportTest {
  @ClassRule public static final TemporaryFolder TMP = new TemporaryFolder();

  static Path out;
  static String console;
  static int exitCode;
  static String html;
  static Document page;

  @BeforeClass
  public static void writeTheReport() throws Exception {
    out = SampleOutput.get();
    Files.deleteIfExists(out.resolve("report.html"));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    exitCode = Main.run(new String[] {"report", "--output=" + out}, stream, stream);
    console = buffer.toString(StandardCharsets.UTF_8);
    html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    page = parse(html);
  }

  static Document parse(String xhtml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    f.setExpandEntityReferences(false);
    DocumentBuilder b = f.newDocumentBuilder();
    return b.parse(new java.io.ByteArrayInputStream(xhtml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  public void theRunWritesItWithReportAndTheReportWordRewritesIt() {
    assertTrue(SampleOutput.console(), SampleOutput.reportWrittenByRun());
    assertThat(SampleOutput.console(), containsString("report: "));
    assertEquals(console, 0, exitCode);
    assertThat(console, containsString("report written to " + out.resolve("report.html")));
  }

  @Test
  public void isWellFormedAndLoadsNothing() {
    assertEquals("html", page.getDocumentElement().getTagName());
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    for (Element e : elements(page.getDocumentElement(), "*")) {
      assertFalse(e.getTagName(),
          Set.of("script", "link", "img", "iframe", "object", "embed", "audio", "video", "source", "image", "use", "foreignObject")
              .contains(e.getTagName()));
      NamedNodeMap attributes = e.getAttributes();
      for (int i = 0; i < attributes.getLength(); i++) {
        Node a = attributes.item(i);
        assertFalse(a.getNodeName(), a.getNodeName().startsWith("on") || a.getNodeName().contains("href")
            || a.getNodeName().equals("src"));
        assertFalse(a.getNodeValue(), a.getNodeValue().contains("://"));
      }
    }
    String style = page.getElementsByTagName("style").item(0).getTextContent();
    assertFalse(style.contains("url(") || style.contains("@import"));
    assertFalse(html.contains("http://") || html.contains("https://"));
  }

  @Test
  public void summaryMatchesSummaryJson() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    Map<String, String> rows = new LinkedHashMap<>();
    for (Element tr : elements(section("summary"), "tr")) {
      List<Element> cells = elements(tr, "*");
      if (cells.size() == 2) {
        rows.put(cells.get(0).getTextContent(), cells.get(1).getTextContent());
      }
    }
    assertEquals(rows.toString(), summary.get("records_read").asText(), rows.get("records read"));
    assertEquals(summary.get("articles_accepted").asText(), rows.get("articles accepted"));
    assertEquals(summary.get("mentions").asText(), rows.get("mentions"));
    assertEquals("2025-10-16 to 2025-10-18 (3 days with articles)", rows.get("dates"));
    assertEquals(one("select count(*) from " + table("mentions")), rows.get("mentions"));
  }

  @Test
  public void topActorIsTheTablesTopActor() throws Exception {
    List<String> top = row("select actor, sum(mentions) from " + table("actor_daily")
        + " group by actor order by 2 desc limit 1");
    assertEquals("Donald Trump", top.get(0));
    List<Element> rows = elements(section("top-actors"), "tr");
    List<Element> first = elements(rows.get(1), "td");
    assertEquals("Donald Trump", first.get(1).getTextContent());
    assertEquals(top.get(1), first.get(3).getTextContent());
    assertEquals(Math.min(15, Integer.parseInt(one("select count(distinct actor_id) from " + table("actor_daily")))),
        rows.size() - 1);

    // the time chart: one line a top actor, days as points, totals = the tables' totals
    List<Element> series = byClass(section("over-time"), "g", "series");
    assertEquals(Math.min(8, rows.size() - 1), series.size());
    assertEquals("Donald Trump", series.get(0).getAttribute("data-name"));
    assertEquals(top.get(1), series.get(0).getAttribute("data-total"));
    assertEquals(3, elements(series.get(0), "circle").size());
  }

  @Test
  public void pairBarsAndNetworkMatchTheTables() throws Exception {
    List<Element> bars = byClass(section("top-pairs"), "rect", "bar");
    long pairs = Long.parseLong(one("select count(*) from (select distinct actor_id_a, actor_id_b from "
        + table("comention_daily") + ")"));
    assertEquals(Math.min(15, pairs), bars.size());
    assertEquals("Donald Trump – Vladimir Putin", bars.get(0).getAttribute("data-label"));
    assertEquals(one("select sum(sentences) from " + table("comention_daily")
            + " where (actor_a = 'Donald Trump' and actor_b = 'Vladimir Putin') or (actor_b = 'Donald Trump' and actor_a = 'Vladimir Putin')"),
        bars.get(0).getAttribute("data-value"));

    Element network = section("network");
    List<Element> nodes = byClass(network, "g", "node");
    long actors = Long.parseLong(one("select count(distinct actor_id) from " + table("actor_daily")));
    assertEquals(Math.min(15, actors), nodes.size());
    assertEquals("Donald Trump", nodes.get(0).getAttribute("data-name"));
    String topIds = "(select actor_id from " + table("actor_daily")
        + " group by actor_id order by sum(mentions) desc, max(actor), actor_id limit 15)";
    assertEquals(one("select count(*) from (select distinct actor_id_a, actor_id_b from " + table("comention_daily")
            + " where actor_id_a in " + topIds + " and actor_id_b in " + topIds + ")"),
        String.valueOf(byClass(network, "line", "edge").size()));
  }

  @Test
  public void rejectBarsAreTheSummarysReasons() throws Exception {
    JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
    Map<String, String> expected = new java.util.TreeMap<>();
    summary.get("rejected_by_reason").fields().forEachRemaining(e -> expected.put(e.getKey(), e.getValue().asText()));
    Map<String, String> shown = new java.util.TreeMap<>();
    for (Element bar : byClass(section("rejects"), "rect", "bar")) {
      shown.put(bar.getAttribute("data-label"), bar.getAttribute("data-value"));
    }
    assertEquals(expected, shown);
    assertTrue(shown.toString(), shown.containsKey("duplicate") && shown.containsKey("language=fr"));
  }

  @Test
  public void namesAreEscapedAndForeignParquetIsRead() throws Exception {
    // a folder written by DuckDB, not by the job, with names that would break a page
    Path dir = TMP.newFolder("nasty").toPath();
    String nasty = "<script>alert(\"x\")</script> & 'Co'";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      Files.createDirectories(dir.resolve("actor_daily/date=2025-01-02"));
      Files.createDirectories(dir.resolve("comention_daily/date=2025-01-02"));
      s.execute("copy (select 'a1' as actor_id, '" + nasty.replace("'", "''") + "' as actor, 'ORG' as actor_type,"
          + " 5::bigint as mentions, 2::bigint as articles, 1::bigint as sources union all select 'b2', 'B <b>', 'PER', 3, 1, 1)"
          + " to '" + dir.resolve("actor_daily/date=2025-01-02/part.parquet") + "' (format parquet)");
      s.execute("copy (select 'a1' as actor_id_a, '" + nasty.replace("'", "''") + "' as actor_a, 'b2' as actor_id_b,"
          + " 'B <b>' as actor_b, 2::bigint as sentences, 1::bigint as articles)"
          + " to '" + dir.resolve("comention_daily/date=2025-01-02/part.parquet") + "' (format parquet)");
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    assertEquals(buffer.toString(StandardCharsets.UTF_8), 0, ReportCommand.run(new String[] {"--output=" + dir}, stream, stream));
    String text = Files.readString(dir.resolve("report.html"), StandardCharsets.UTF_8);
    Document d = parse(text);
    assertEquals(0, d.getElementsByTagName("script").getLength());
    assertEquals(0, d.getElementsByTagName("b").getLength());
    assertThat(d.getDocumentElement().getTextContent(), containsString(nasty));
    assertThat(text, containsString("no summary.json"));
  }

  @Test
  public void usageMistakesAreOneLineErrors() {
    for (String[] args : List.of(
        new String[] {"report"},
        new String[] {"report", "--output=" + out, "--top=none"},
        new String[] {"report", "--output=" + out, "--colour=red"},
        new String[] {"report", "--output=" + out.resolve("missing")})) {
      ByteArrayOutputStream buffer = new ByteArrayOutputStream();
      PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
      assertEquals(String.join(" ", args), 2, Main.run(args, stream, stream));
      String text = buffer.toString(StandardCharsets.UTF_8);
      assertEquals(text, 1, text.lines().count());
      assertThat(text, containsString("newsgraph report: "));
    }
  }

  // --- helpers

  static Element section(String id) {
    for (Element s : elements(page.getDocumentElement(), "section")) {
      if (s.getAttribute("id").equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no section " + id);
  }

  static List<Element> elements(Element root, String tag) {
    List<Element> list = new ArrayList<>();
    if (tag.equals("*")) {
      NodeList children = root.getChildNodes();
      // direct children for "*" on rows, every descendant on the root
      if (root == page.getDocumentElement()) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
          list.add((Element) all.item(i));
        }
        return list;
      }
      for (int i = 0; i < children.getLength(); i++) {
        if (children.item(i) instanceof Element e) {
          list.add(e);
        }
      }
      return list;
    }
    NodeList found = root.getElementsByTagName(tag);
    for (int i = 0; i < found.getLength(); i++) {
      list.add((Element) found.item(i));
    }
    return list;
  }

  static List<Element> byClass(Element root, String tag, String cls) {
    return elements(root, tag).stream().filter(e -> e.getAttribute("class").equals(cls)).toList();
  }

  static String table(String name) {
    return "read_parquet('" + out + "/" + name + "/**/*.parquet', hive_partitioning=true)";
  }

  static String one(String sql) throws Exception {
    List<String> r = row(sql);
    assertEquals(sql, 1, r.size());
    return r.get(0);
  }

  static List<String> row(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      assertTrue(sql, r.next());
      List<String> values = new ArrayList<>();
      for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
        values.add(r.getString(i));
      }
      return values;
    }
  }
}
