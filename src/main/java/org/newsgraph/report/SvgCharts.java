package org.newsgraph.report;

import static org.newsgraph.report.Html.esc;
import static org.newsgraph.report.Html.num;
import static org.newsgraph.report.Html.xy;

import java.util.List;
import java.util.Map;

/**
 * Charts as inline SVG, no script: a line chart, horizontal bars and a circle-layout network.
 * Marks carry classes ({@code series}, {@code bar}, {@code node}, {@code edge}) so tests can count
 * them, and a {@code <title>} each, which browsers show on hover.
 */
final class SvgCharts {
  private SvgCharts() {}

  static final String[] COLORS = {
    "#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"
  };

  static String color(int i) {
    return COLORS[i % COLORS.length];
  }

  /** One line a series over the same x labels; with a legend on the right. */
  static String lineChart(List<String> x, List<String> names, List<long[]> values, String yLabel) {
    int width = 1000;
    int legendWidth = 220;
    int height = 380;
    int left = 60;
    int right = width - legendWidth - 20;
    int top = 20;
    int bottom = height - 50;
    long max = 1;
    for (long[] v : values) {
      for (long n : v) {
        max = Math.max(max, n);
      }
    }
    long step = niceStep(max, 5);
    long yMax = ((max + step - 1) / step) * step;
    StringBuilder s = new StringBuilder();
    s.append(open(width, height, "line chart: " + yLabel));
    // grid and y axis
    for (long v = 0; v <= yMax; v += step) {
      double y = bottom - (bottom - top) * (double) v / yMax;
      s.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(xy(y))
          .append("\" y2=\"").append(xy(y)).append("\" class=\"grid\"/>");
      s.append("<text x=\"").append(left - 6).append("\" y=\"").append(xy(y + 4))
          .append("\" text-anchor=\"end\" class=\"tick\">").append(num(v)).append("</text>");
    }
    s.append("<text x=\"14\" y=\"").append(xy((top + bottom) / 2.0)).append("\" class=\"axis-label\" transform=\"rotate(-90 14 ")
        .append(xy((top + bottom) / 2.0)).append(")\" text-anchor=\"middle\">").append(esc(yLabel)).append("</text>");
    int n = x.size();
    double dx = n > 1 ? (double) (right - left) / (n - 1) : 0;
    java.util.function.IntToDoubleFunction px = i -> n > 1 ? left + i * dx : (left + right) / 2.0;
    // x labels: about 8
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    for (int i = 0; i < n; i += every) {
      s.append("<text x=\"").append(xy(px.applyAsDouble(i))).append("\" y=\"").append(bottom + 18)
          .append("\" text-anchor=\"middle\" class=\"tick\">").append(esc(x.get(i))).append("</text>");
    }
    s.append("<line x1=\"").append(left).append("\" x2=\"").append(right).append("\" y1=\"").append(bottom)
        .append("\" y2=\"").append(bottom).append("\" class=\"axis\"/>");
    boolean dots = n <= 31;
    for (int k = 0; k < values.size(); k++) {
      long[] v = values.get(k);
      StringBuilder points = new StringBuilder();
      long total = 0;
      for (int i = 0; i < n; i++) {
        double y = bottom - (bottom - top) * (double) v[i] / yMax;
        points.append(i == 0 ? "" : " ").append(xy(px.applyAsDouble(i))).append(',').append(xy(y));
        total += v[i];
      }
      s.append("<g class=\"series\" data-name=\"").append(esc(names.get(k))).append("\" data-total=\"").append(total)
          .append("\"><title>").append(esc(names.get(k))).append(": ").append(num(total)).append("</title>");
      s.append("<polyline fill=\"none\" stroke=\"").append(color(k)).append("\" stroke-width=\"2\" points=\"")
          .append(points).append("\"/>");
      if (dots) {
        for (int i = 0; i < n; i++) {
          double y = bottom - (bottom - top) * (double) v[i] / yMax;
          s.append("<circle cx=\"").append(xy(px.applyAsDouble(i))).append("\" cy=\"").append(xy(y))
              .append("\" r=\"3\" fill=\"").append(color(k)).append("\"><title>").append(esc(names.get(k)))
              .append(", ").append(esc(x.get(i))).append(": ").append(num(v[i])).append("</title></circle>");
        }
      }
      s.append("</g>");
      int ly = top + 8 + k * 22;
      s.append("<rect x=\"").append(right + 24).append("\" y=\"").append(ly - 9).append("\" width=\"14\" height=\"4\" fill=\"")
          .append(color(k)).append("\"/>");
      s.append("<text x=\"").append(right + 44).append("\" y=\"").append(ly - 3).append("\" class=\"legend\">")
          .append(esc(shorten(names.get(k), 24))).append(" (").append(num(total)).append(")</text>");
    }
    return s.append("</svg>").toString();
  }

  /** Horizontal bars, one a label, longest first as given. */
  static String barChart(List<String> labels, List<Long> values, String color, String what) {
    int width = 1000;
    int labelWidth = 330;
    int row = 26;
    int height = Math.max(1, labels.size()) * row + 10;
    long max = 1;
    for (long v : values) {
      max = Math.max(max, v);
    }
    double room = width - labelWidth - 90;
    StringBuilder s = new StringBuilder(open(width, height, "bar chart: " + what));
    for (int i = 0; i < labels.size(); i++) {
      int y = 5 + i * row;
      double w = Math.max(1, room * values.get(i) / max);
      s.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
          .append("\" text-anchor=\"end\" class=\"label\">").append(esc(shorten(labels.get(i), 42))).append("</text>");
      s.append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"")
          .append(xy(w)).append("\" height=\"").append(row - 8).append("\" fill=\"").append(color)
          .append("\" data-label=\"").append(esc(labels.get(i))).append("\" data-value=\"").append(values.get(i))
          .append("\"><title>").append(esc(labels.get(i))).append(": ").append(num(values.get(i))).append(' ')
          .append(esc(what)).append("</title></rect>");
      s.append("<text x=\"").append(xy(labelWidth + w + 6)).append("\" y=\"").append(y + 17).append("\" class=\"value\">")
          .append(num(values.get(i))).append("</text>");
    }
    return s.append("</svg>").toString();
  }

  /** Nodes on a circle, largest at the top going clockwise; edge width by weight. */
  static String network(List<String> ids, Map<String, String> names, Map<String, Long> sizes, List<ReportData.Pair> edges) {
    int width = 1000;
    int height = 640;
    double cx = width / 2.0;
    double cy = height / 2.0;
    double radius = ids.size() > 1 ? 225 : 0;
    long maxSize = 1;
    for (String id : ids) {
      maxSize = Math.max(maxSize, sizes.get(id));
    }
    long maxEdge = 1;
    for (ReportData.Pair e : edges) {
      maxEdge = Math.max(maxEdge, e.sentences);
    }
    Map<String, double[]> at = new java.util.HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      double angle = -Math.PI / 2 + 2 * Math.PI * i / ids.size();
      at.put(ids.get(i), new double[] {cx + radius * Math.cos(angle), cy + radius * Math.sin(angle), angle});
    }
    StringBuilder s = new StringBuilder(open(width, height, "co-mention network"));
    for (ReportData.Pair e : edges) {
      double[] a = at.get(e.idA);
      double[] b = at.get(e.idB);
      double w = 1 + 11.0 * e.sentences / maxEdge;
      s.append("<line class=\"edge\" x1=\"").append(xy(a[0])).append("\" y1=\"").append(xy(a[1])).append("\" x2=\"")
          .append(xy(b[0])).append("\" y2=\"").append(xy(b[1])).append("\" stroke-width=\"").append(xy(w))
          .append("\" data-sentences=\"").append(e.sentences).append("\"><title>").append(esc(e.nameA)).append(" – ")
          .append(esc(e.nameB)).append(": ").append(num(e.sentences)).append(" shared sentences</title></line>");
    }
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      double[] p = at.get(id);
      double r = 6 + 24 * Math.sqrt((double) sizes.get(id) / maxSize);
      s.append("<g class=\"node\" data-name=\"").append(esc(names.get(id))).append("\"><title>").append(esc(names.get(id)))
          .append(": ").append(num(sizes.get(id))).append(" mentions</title>");
      s.append("<circle cx=\"").append(xy(p[0])).append("\" cy=\"").append(xy(p[1])).append("\" r=\"").append(xy(r))
          .append("\" fill=\"").append(color(i)).append("\"/>");
      double lx = cx + (radius + r + 10) * Math.cos(p[2]);
      double ly = cy + (radius + r + 10) * Math.sin(p[2]) + 4;
      double cos = Math.cos(p[2]);
      String anchor = ids.size() == 1 || Math.abs(cos) < 0.2 ? "middle" : cos > 0 ? "start" : "end";
      if (ids.size() == 1) {
        ly = cy + r + 18;
        lx = cx;
      }
      s.append("<text x=\"").append(xy(lx)).append("\" y=\"").append(xy(ly)).append("\" text-anchor=\"").append(anchor)
          .append("\" class=\"label\">").append(esc(shorten(names.get(id), 30))).append("</text></g>");
    }
    return s.append("</svg>").toString();
  }

  private static String open(int width, int height, String label) {
    return "<svg viewBox=\"0 0 " + width + " " + height + "\" width=\"100%\" role=\"img\" aria-label=\"" + esc(label)
        + "\" preserveAspectRatio=\"xMinYMin meet\">";
  }

  static String shorten(String s, int max) {
    if (s == null) {
      return "";
    }
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }

  /** A round step (1, 2, 5 times a power of ten) giving about {@code ticks} ticks up to max. */
  static long niceStep(long max, int ticks) {
    double raw = Math.max(1.0, (double) max / ticks);
    double power = Math.pow(10, Math.floor(Math.log10(raw)));
    double f = raw / power;
    double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
    return Math.max(1, Math.round(nice * power));
  }
}
