package org.newsgraph.io;

import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The field names JSON Lines and CSV records may use (lower-cased; first non-blank wins), as
 * written by common news crawlers (news-please, newspaper3k, RSS exports).
 */
final class RecordFields {
  static final List<String> DATE =
      List.of("date", "date_publish", "published", "publish_date", "pubdate", "date_published", "published_at");
  static final List<String> TEXT = List.of("text", "maintext", "body", "content", "article");
  static final List<String> TITLE = List.of("title", "headline");
  static final List<String> URL = List.of("url", "link");
  static final List<String> SOURCE = List.of("source", "source_domain");
  static final List<String> PLACE = List.of("place");

  private RecordFields() {}

  /** Turns one record (lower-cased keys) into an article or a reject. */
  static void emit(ReadSession session, String position, Map<String, String> fields) {
    if (first(fields, TEXT) == null && TEXT.stream().noneMatch(fields::containsKey)) {
      session.reject(position, ReadSession.STAGE_PARSE, "no text field (expected one of " + TEXT + ")");
      return;
    }
    session.article(
        position,
        first(fields, DATE),
        null,
        first(fields, SOURCE),
        first(fields, PLACE),
        first(fields, TITLE),
        first(fields, URL),
        first(fields, TEXT));
  }

  static @Nullable String first(Map<String, String> fields, List<String> names) {
    for (String n : names) {
      String v = fields.get(n);
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }
}
