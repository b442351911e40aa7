package org.newsgraph.io;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Wire-style datelines at the head of an article: {@code Baku, October 17, AZERTAC},
 * {@code Baku, October 17, 2025, AZERTAC}, {@code WASHINGTON, Oct. 17, 2025 (Reuters) - ...},
 * {@code Friday, January 4, 2019}. They give the place, the source and, with a year, the date.
 */
final class Datelines {
  private static final String MONTH =
      "(January|February|March|April|May|June|July|August|September|October|November|December"
          + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
  private static final Pattern MDY =
      Pattern.compile(
          "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern DMY =
      Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "(?:^|,)\\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\s*,?\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern LEADING_DASH = Pattern.compile("^[-\u2013\u2014]+\\s*");
  private static final Pattern DASH_SEPARATOR = Pattern.compile("\\s+[-\u2013\u2014]+\\s+");
  /** First words that make "On October 17, ..." a sentence rather than a dateline. */
  private static final Set<String> NOT_PLACES =
      Set.of("on", "in", "by", "since", "until", "from", "before", "after", "as", "at", "for",
          "of", "the", "last", "next", "this", "that", "and", "but", "during", "through", "early", "late");

  /** A date found in a string; {@code year} is null for {@code October 17}. */
  static final class Found {
    final int start;
    final int end;
    final @Nullable String year;
    final String month;
    final String day;

    Found(int start, int end, @Nullable String year, String month, String day) {
      this.start = start;
      this.end = end;
      this.year = year;
      this.month = month;
      this.day = day;
    }
  }

  /** A parsed dateline; {@code rest} is body text that followed it on the same line. */
  static final class Dateline {
    final @Nullable String place;
    final @Nullable String source;
    final @Nullable LocalDate date;
    final @Nullable String rest;

    Dateline(@Nullable String place, @Nullable String source, @Nullable LocalDate date, @Nullable String rest) {
      this.place = place;
      this.source = source;
      this.date = date;
      this.rest = rest;
    }
  }

  private Datelines() {}

  /** The first month-name date in {@code s}, or null. */
  static @Nullable Found findDate(String s) {
    Matcher mdy = MDY.matcher(s);
    Matcher dmy = DMY.matcher(s);
    Found a = mdy.find() ? new Found(mdy.start(), mdy.end(), mdy.group(3), month(mdy.group(1)), mdy.group(2)) : null;
    Found b = dmy.find() ? new Found(dmy.start(), dmy.end(), dmy.group(3), month(dmy.group(2)), dmy.group(1)) : null;
    if (a == null) {
      return b;
    }
    return b != null && b.start < a.start ? b : a;
  }

  /**
   * Parses {@code line} as a dateline, or returns null when it does not look like one. Throws
   * when it does but its date is impossible ({@code February 30, 2025}).
   */
  static @Nullable Dateline parse(String line) throws DateException {
    String t = line.strip();
    Found f = t.isEmpty() ? null : findDate(t);
    if (f == null || f.start > 80) {
      return null;
    }
    String before = t.substring(0, f.start).strip();
    before = WEEKDAY.matcher(before).replaceFirst("").replaceAll("[\\s,]+$", "").strip();
    if (!before.isEmpty() && !isPlace(before)) {
      return null;
    }
    String after = t.substring(f.end).replaceFirst("^[\\s,]+", "");
    String source = null;
    String rest = null;
    if (after.startsWith("(")) {
      int close = after.indexOf(')');
      if (close > 1 && close <= 50) {
        source = after.substring(1, close).strip();
        after = after.substring(close + 1).strip();
      }
    }
    Matcher dash = LEADING_DASH.matcher(after);
    if (dash.find()) {
      rest = after.substring(dash.end());
    } else if (!after.isEmpty()) {
      if (source != null) {
        return null; // "(Reuters) and then text" without a dash: a sentence, not a dateline
      }
      String[] parts = DASH_SEPARATOR.split(after, 2);
      if (!isSource(parts[0])) {
        return null;
      }
      source = parts[0].strip();
      rest = parts.length > 1 ? parts[1] : null;
    }
    LocalDate date = f.year == null ? null : Dates.of(t.substring(f.start, f.end), f.year, f.month, f.day);
    rest = rest == null || rest.isBlank() ? null : rest.strip();
    return new Dateline(before.isEmpty() ? null : place(before), source, date, rest);
  }

  private static boolean isPlace(String s) {
    String[] words = s.split("\\s+");
    return s.length() <= 50
        && words.length <= 5
        && Character.isUpperCase(s.codePointAt(0))
        && !s.matches(".*\\d.*")
        && !NOT_PLACES.contains(words[0].toLowerCase(Locale.ROOT));
  }

  private static boolean isSource(String s) {
    String t = s.strip();
    return !t.isEmpty()
        && t.length() <= 40
        && t.split("\\s+").length <= 4
        && !t.endsWith(".")
        && Character.isLetter(t.codePointAt(0));
  }

  /** {@code WASHINGTON} becomes {@code Washington}; mixed-case places are kept as written. */
  private static String place(String s) {
    if (!s.equals(s.toUpperCase(Locale.ROOT))) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    boolean start = true;
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(start ? Character.toUpperCase(c) : c);
      start = !Character.isLetter(c) && c != '\'';
    }
    return b.toString();
  }

  private static String month(String name) {
    switch (name.substring(0, 3).toLowerCase(Locale.ROOT)) {
      case "jan": return "1";
      case "feb": return "2";
      case "mar": return "3";
      case "apr": return "4";
      case "may": return "5";
      case "jun": return "6";
      case "jul": return "7";
      case "aug": return "8";
      case "sep": return "9";
      case "oct": return "10";
      case "nov": return "11";
      default: return "12";
    }
  }
}
