package org.newsgraph.io;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates from metadata fields and file paths, as ISO {@code YYYY-MM-DD}.
 *
 * <p>Timestamps keep the calendar date as written (the publisher's local day), not the UTC day.
 * Impossible dates (Feb 30, month 13) are errors, never silently adjusted; there is no fallback
 * to "today".
 */
final class Dates {
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2100;

  /** {@code 2019-01-04}, optionally followed by a time ({@code T10:00:00Z}, {@code 10:00:00}). */
  private static final Pattern ISO_PREFIX =
      Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:$|[T ].*)", Pattern.DOTALL);

  private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern EPOCH = Pattern.compile("\\d{10}|\\d{13}");

  /** {@code 2025/10/17}, {@code 2025-10-17}, {@code 2025_10_17} inside a path. */
  private static final Pattern PATH_SEPARATED =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})([/_-])(\\d{1,2})\\2(\\d{1,2})(?!\\d)");
  /** {@code 20251017} inside a path: only plausible values, so ids are not taken for dates. */
  private static final Pattern PATH_COMPACT =
      Pattern.compile("(?<!\\d)((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?!\\d)");

  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;
  private static final DateTimeFormatter RFC_DATE_ONLY =
      DateTimeFormatter.ofPattern("[EEE, ]d MMM uuuu", Locale.ENGLISH);

  private Dates() {}

  /** Parses a metadata date value; throws with a reject reason when it is unusable. */
  static LocalDate parse(String raw) throws DateException {
    String s = raw.trim();
    Matcher m = ISO_PREFIX.matcher(s);
    if (m.matches()) {
      return of(s, m.group(1), m.group(2), m.group(3));
    }
    m = SLASHED.matcher(s);
    if (m.matches()) {
      return of(s, m.group(1), m.group(2), m.group(3));
    }
    m = COMPACT.matcher(s);
    if (m.matches()) {
      return of(s, m.group(1), m.group(2), m.group(3));
    }
    if (EPOCH.matcher(s).matches()) {
      long v = Long.parseLong(s);
      Instant t = s.length() == 13 ? Instant.ofEpochMilli(v) : Instant.ofEpochSecond(v);
      return checkYear(s, t.atOffset(ZoneOffset.UTC).toLocalDate());
    }
    try {
      return checkYear(s, RFC_1123.parse(s, java.time.ZonedDateTime::from).toLocalDate());
    } catch (DateTimeParseException e) {
      // not RFC-1123, try the next form
    }
    try {
      return checkYear(s, LocalDate.parse(s, RFC_DATE_ONLY));
    } catch (DateTimeParseException e) {
      // not "Fri, 04 Jan 2019"
    }
    Datelines.Found f = Datelines.findDate(s);
    if (f != null && f.year != null && f.start == 0) {
      return of(s, f.year, f.month, f.day);
    }
    throw new DateException("unparseable date '" + abbreviate(s) + "'");
  }

  /** The last date-looking part of a path ({@code 2025/10/17/x.txt}), if any. */
  static Optional<LocalDate> fromPath(String path) throws DateException {
    String found = null;
    String[] ymd = null;
    Matcher m = PATH_SEPARATED.matcher(path);
    int end = -1;
    while (m.find()) {
      found = m.group();
      ymd = new String[] {m.group(1), m.group(3), m.group(4)};
      end = m.end();
    }
    m = PATH_COMPACT.matcher(path);
    while (m.find()) {
      if (m.end() > end) {
        found = m.group();
        ymd = new String[] {m.group(1), m.group(2), m.group(3)};
        end = m.end();
      }
    }
    return found == null ? Optional.empty() : Optional.of(of(found, ymd[0], ymd[1], ymd[2]));
  }

  static LocalDate of(String raw, String year, String month, String day) throws DateException {
    try {
      return checkYear(raw, LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
    } catch (DateTimeException | NumberFormatException e) {
      throw new DateException("invalid date '" + abbreviate(raw) + "': " + e.getMessage());
    }
  }

  private static LocalDate checkYear(String raw, LocalDate d) throws DateException {
    if (d.getYear() < MIN_YEAR || d.getYear() > MAX_YEAR) {
      throw new DateException(
          "invalid date '" + abbreviate(raw) + "': year outside " + MIN_YEAR + ".." + MAX_YEAR);
    }
    return d;
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...";
  }
}
