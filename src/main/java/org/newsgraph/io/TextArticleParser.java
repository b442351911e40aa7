package org.newsgraph.io;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A plain text file is one article. Two head forms are understood:
 *
 * <ul>
 *   <li>the seed format: a first line {@code date YYYY-MM-DD}, a dateline
 *       ({@code Baku, October 17, AZERTAC}: place and source; on the same line or the next), a
 *       blank line, then the body;
 *   <li>plain text: a dateline with a year among the first lines gives date, place and source
 *       (lines above it are the title); otherwise the date comes from the path
 *       ({@code 2025/10/17/...}).
 * </ul>
 *
 * Only {@code maxArticleChars} plus a little head room are kept in memory; the rest of an
 * oversized file is decoded only to count its chars.
 */
final class TextArticleParser {
  private static final int HEAD_ROOM = 8192;
  private static final int HEAD_LINES = 3;
  private static final Pattern DATE_LINE =
      Pattern.compile("\\s*date[:\\s]\\s*(\\d\\S*)[ \\t]*([^\\n]*)\\n?", Pattern.CASE_INSENSITIVE);

  private TextArticleParser() {}

  static void read(ReadSession session, InputStream in) throws IOException {
    String position = session.at("line 1");
    long cap = session.maxArticleChars + (long) HEAD_ROOM;
    StringBuilder text = new StringBuilder();
    long total = 0;
    StrictUtf8Reader reader = new StrictUtf8Reader(in);
    char[] buf = new char[8192];
    try {
      int n;
      while ((n = reader.read(buf, 0, buf.length)) >= 0) {
        total += n;
        if (text.length() < cap) {
          text.append(buf, 0, (int) Math.min(n, cap - text.length()));
        }
      }
    } catch (BadTextException e) {
      session.reject(session.at("byte " + e.byteOffset), ReadSession.STAGE_READ, e.getMessage());
      return;
    }
    String s = text.toString().replace("\r\n", "\n");
    if (s.isBlank()) {
      if (total == 0) {
        session.reject(session.at("byte 0"), ReadSession.STAGE_READ, "empty file");
      } else {
        session.reject(position, ReadSession.STAGE_PARSE, "empty text");
      }
      return;
    }
    Head head;
    try {
      head = head(s);
    } catch (DateException e) {
      session.reject(position, ReadSession.STAGE_DATE, e.getMessage());
      return;
    }
    if (total > cap) {
      // Not all of it is in memory: report its size without parsing further.
      int start = head.bodyStart;
      while (start < s.length() && Character.isWhitespace(s.charAt(start))) {
        start++;
      }
      session.reject(position, ReadSession.STAGE_READ, session.tooLarge(total - start));
      return;
    }
    String body = head.restOfLine == null ? s.substring(head.bodyStart) : head.restOfLine + "\n" + s.substring(head.bodyStart);
    if (head.dateError != null) {
      session.reject(position, ReadSession.STAGE_DATE, head.dateError);
      return;
    }
    session.article(position, head.rawDate, head.date, head.source, head.place, head.title, null, body);
  }

  /** What the first lines say, and where the body starts. */
  private static final class Head {
    @Nullable String rawDate;
    @Nullable LocalDate date;
    @Nullable String dateError;
    @Nullable String place;
    @Nullable String source;
    @Nullable String title;
    @Nullable String restOfLine;
    int bodyStart;
  }

  private static Head head(String s) throws DateException {
    Head h = new Head();
    Matcher m = DATE_LINE.matcher(s);
    if (m.lookingAt()) {
      h.rawDate = m.group(1);
      int pos = m.end();
      String dateline = m.group(2).strip();
      if (dateline.isEmpty()) {
        // Dateline on its own line, if the next non-blank line is one.
        int[] line = nextLine(s, pos);
        if (line != null) {
          Datelines.Dateline d = Datelines.parse(s.substring(line[0], line[1]));
          if (d != null) {
            apply(h, d);
            pos = line[1];
          }
        }
      } else {
        Datelines.Dateline d = Datelines.parse(dateline);
        if (d != null) {
          apply(h, d);
        }
      }
      h.date = null; // the date line wins over the dateline's year
      h.bodyStart = pos;
      return h;
    }
    // Plain text: look for a dateline among the first few lines.
    int pos = 0;
    for (int i = 0; i < HEAD_LINES; i++) {
      int[] line = nextLine(s, pos);
      if (line == null) {
        break;
      }
      Datelines.Dateline d;
      try {
        d = Datelines.parse(s.substring(line[0], line[1]));
      } catch (DateException e) {
        h.dateError = e.getMessage();
        h.bodyStart = line[1];
        return h;
      }
      if (d != null) {
        apply(h, d);
        if (i > 0) {
          h.title = s.substring(0, line[0]).strip().replaceAll("\\s*\\n\\s*", " ");
        }
        h.bodyStart = line[1];
        return h;
      }
      pos = line[1];
    }
    h.bodyStart = 0;
    return h;
  }

  private static void apply(Head h, Datelines.Dateline d) {
    h.place = d.place;
    h.source = d.source;
    h.date = d.date;
    h.restOfLine = d.rest;
  }

  /** [start, end) of the next non-blank line at or after {@code from}, end after its newline. */
  private static int @Nullable [] nextLine(String s, int from) {
    int i = from;
    while (i < s.length()) {
      int nl = s.indexOf('\n', i);
      int end = nl < 0 ? s.length() : nl + 1;
      if (!s.substring(i, end).isBlank()) {
        return new int[] {i, end};
      }
      i = end;
    }
    return null;
  }
}
