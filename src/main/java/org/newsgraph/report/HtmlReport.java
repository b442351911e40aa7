package org.newsgraph.report;

import static org.newsgraph.report.Html.esc;
import static org.newsgraph.report.Html.num;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The report page: one self-contained file (inline CSS and SVG, no script, nothing loaded from
 * anywhere), written as well-formed XHTML so it also parses as XML.
 */
final class HtmlReport {
  private HtmlReport() {}

  /** Actors drawn in the time chart. */
  static final int SERIES = 8;

  private static final String CSS = String.join("\n",
      "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;margin:0;background:#f6f7f9;color:#1d232a}",
      "main{max-width:1060px;margin:0 auto;padding:24px}",
      "h1{font-size:26px;margin:0 0 4px}",
      "h2{font-size:19px;margin:0 0 6px}",
      "section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:18px 20px;margin:18px 0}",
      "p.note{color:#5b6570;font-size:13px;margin:4px 0 10px}",
      "table{border-collapse:collapse;font-size:14px}",
      "td,th{padding:3px 12px 3px 0;text-align:left;border-bottom:1px solid #eef0f2}",
      "td.n,th.n{text-align:right}",
      ".cols{display:flex;gap:40px;flex-wrap:wrap;align-items:flex-start}",
      "svg{display:block;margin-top:6px}",
      "svg text{font-size:13px;fill:#1d232a}",
      "svg .tick{font-size:11px;fill:#5b6570}",
      "svg .grid{stroke:#e6e9ed;stroke-width:1}",
      "svg .axis{stroke:#8a939c;stroke-width:1}",
      "svg .edge{stroke:#4a5a70;stroke-opacity:0.45;stroke-linecap:round}",
      "svg .node circle{stroke:#fff;stroke-width:2}",
      "svg .value{font-size:12px;fill:#5b6570}");

  static String render(ReportData d, int top) {
    StringBuilder h = new StringBuilder(64 * 1024);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>newsgraph report: ").append(esc(d.output.getFileName() == null ? "" : d.output.getFileName().toString()))
        .append("</title>\n<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
    h.append("<h1>newsgraph report</h1>\n<p class=\"note\">Tables in <code>").append(esc(d.output.toString()))
        .append("</code></p>\n");
    summary(h, d);
    timeChart(h, d);
    topActors(h, d, top);
    pairs(h, d, top);
    network(h, d, top);
    rejects(h, d);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void summary(StringBuilder h, ReportData d) {
    h.append("<section id=\"summary\">\n<h2>Run summary</h2>\n");
    Map<String, String> rows = new LinkedHashMap<>();
    JsonNode s = d.summary;
    if (s != null) {
      for (String key : List.of("inputs_matched", "files_read", "records_read", "articles_accepted", "rejected",
          "mentions", "actors", "pairs", "tokens")) {
        if (s.has(key)) {
          rows.put(key.replace('_', ' '), num(s.get(key).asLong()));
        }
      }
      if (s.has("seconds")) {
        rows.put("seconds", s.get("seconds").asText());
      }
      if (s.has("articles_per_second")) {
        rows.put("articles per second", s.get("articles_per_second").asText());
      }
      if (s.has("balanced")) {
        rows.put("records read = accepted + rejected", s.get("balanced").asBoolean() ? "yes" : "NO");
      }
    }
    if (!d.articlesPerDate.isEmpty()) {
      rows.put("dates", d.articlesPerDate.firstKey() + " to " + d.articlesPerDate.lastKey()
          + " (" + num(d.articlesPerDate.size()) + " days with articles)");
    }
    h.append("<div class=\"cols\">\n<table class=\"summary\">\n");
    if (s == null) {
      h.append("<tr><td colspan=\"2\">no summary.json in this folder (an unfinished run?)</td></tr>\n");
    }
    rows.forEach((k, v) -> h.append("<tr><th>").append(esc(k)).append("</th><td class=\"n\">").append(esc(v))
        .append("</td></tr>\n"));
    h.append("</table>\n<table class=\"tables\">\n<tr><th>table</th><th class=\"n\">rows</th></tr>\n");
    d.rows.forEach((k, v) -> h.append("<tr><td><code>").append(esc(k)).append("</code></td><td class=\"n\">")
        .append(num(v)).append("</td></tr>\n"));
    h.append("</table>\n</div>\n</section>\n");
  }

  private static void timeChart(StringBuilder h, ReportData d) {
    h.append("<section id=\"over-time\">\n<h2>Top actors over time</h2>\n");
    if (d.series.isEmpty()) {
      h.append("<p class=\"note\">No actor was found in this run.</p>\n</section>\n");
      return;
    }
    String unit = d.weekly ? "week" : "day";
    h.append("<p class=\"note\">Mentions per ").append(unit).append(" of the ").append(d.series.size())
        .append(" most mentioned actors").append(d.weekly ? " (weeks start on Monday)" : "").append('.');
    if (d.hasGaps()) {
      h.append(" Only ").append(unit).append("s with articles are on the axis, in order: the gaps between them are left out.");
    }
    h.append("</p>\n");
    List<String> names = new ArrayList<>();
    List<long[]> values = new ArrayList<>();
    d.series.forEach((id, v) -> {
      names.add(d.actor(id).name);
      values.add(v);
    });
    h.append(SvgCharts.lineChart(d.buckets, names, values, "mentions per " + unit)).append("\n</section>\n");
  }

  private static void topActors(StringBuilder h, ReportData d, int top) {
    h.append("<section id=\"top-actors\">\n<h2>Top actors</h2>\n");
    h.append("<p class=\"note\">By mentions over the whole run (adjectival mentions such as “Russian” not counted).</p>\n");
    h.append("<table class=\"actors\">\n<tr><th class=\"n\">#</th><th>actor</th><th>type</th><th class=\"n\">mentions</th>")
        .append("<th class=\"n\">articles</th></tr>\n");
    for (int i = 0; i < Math.min(top, d.actors.size()); i++) {
      ReportData.Actor a = d.actors.get(i);
      h.append("<tr><td class=\"n\">").append(i + 1).append("</td><td>").append(esc(a.name)).append("</td><td>")
          .append(esc(a.type)).append("</td><td class=\"n\">").append(num(a.mentions)).append("</td><td class=\"n\">")
          .append(num(a.articles)).append("</td></tr>\n");
    }
    h.append("</table>\n</section>\n");
  }

  private static void pairs(StringBuilder h, ReportData d, int top) {
    h.append("<section id=\"top-pairs\">\n<h2>Top pairs</h2>\n");
    h.append("<p class=\"note\">Pairs of actors by the sentences that name both, over the whole run.</p>\n");
    List<ReportData.Pair> shown = d.pairs.subList(0, Math.min(top, d.pairs.size()));
    if (shown.isEmpty()) {
      h.append("<p class=\"note\">No two actors were named in the same sentence.</p>\n</section>\n");
      return;
    }
    List<String> labels = new ArrayList<>();
    List<Long> values = new ArrayList<>();
    for (ReportData.Pair p : shown) {
      labels.add(p.nameA + " – " + p.nameB);
      values.add(p.sentences);
    }
    h.append(SvgCharts.barChart(labels, values, "#4878a8", "shared sentences")).append("\n</section>\n");
  }

  private static void network(StringBuilder h, ReportData d, int top) {
    h.append("<section id=\"network\">\n<h2>Network of the top actors</h2>\n");
    List<ReportData.Actor> nodes = d.actors.subList(0, Math.min(top, d.actors.size()));
    if (nodes.isEmpty()) {
      h.append("<p class=\"note\">No actor was found in this run.</p>\n</section>\n");
      return;
    }
    List<String> ids = new ArrayList<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<String, Long> sizes = new LinkedHashMap<>();
    for (ReportData.Actor a : nodes) {
      ids.add(a.id);
      names.put(a.id, a.name);
      sizes.put(a.id, a.mentions);
    }
    Set<String> idSet = new LinkedHashSet<>(ids);
    List<ReportData.Pair> edges = d.pairsAmong(idSet);
    h.append("<p class=\"note\">The ").append(ids.size()).append(" most mentioned actors (circle area by mentions, ")
        .append("largest at the top, then clockwise) and the ").append(edges.size())
        .append(" pairs among them named in the same sentence (line width by shared sentences).</p>\n");
    h.append(SvgCharts.network(ids, names, sizes, edges)).append("\n</section>\n");
  }

  private static void rejects(StringBuilder h, ReportData d) {
    h.append("<section id=\"rejects\">\n<h2>Rejects by reason</h2>\n");
    if (d.rejectsByReason.isEmpty()) {
      h.append("<p class=\"note\">No record was set aside.</p>\n</section>\n");
      return;
    }
    h.append("<p class=\"note\">Records set aside (table <code>rejects</code>), grouped as in summary.json.</p>\n");
    h.append(SvgCharts.barChart(new ArrayList<>(d.rejectsByReason.keySet()), new ArrayList<>(d.rejectsByReason.values()),
        "#c0504d", "records")).append("\n</section>\n");
  }
}
