package org.newsgraph.report;

import java.util.Locale;

/** Escaping and number formatting for the report. */
final class Html {
  private Html() {}

  /** Text or attribute value, safe in HTML, SVG and XML. */
  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> {
          // control characters are not allowed in XML 1.0: drop them
          if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }

  static String num(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** A coordinate: at most one decimal. */
  static String xy(double v) {
    if (Math.abs(v - Math.rint(v)) < 1e-9) {
      return Long.toString(Math.round(v));
    }
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
