package org.newsgraph.io;

import java.time.LocalDate;
import java.util.Optional;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The state of reading one input: where we are (archive entry, bytes of the current leaf), the
 * settings, and the checks every format shares before a record becomes an {@link Article}
 * (non-empty text, size limit, a date). Not thread-safe; one per input.
 */
final class ReadSession {
  static final String STAGE_READ = "read";
  static final String STAGE_PARSE = "parse";
  static final String STAGE_DATE = "date";

  final String input;
  final int maxArticleChars;
  private final ArticleSink sink;
  /** Innermost archive entry being read ({@code dir/a.jsonl}, nested as {@code a.zip!/b.txt}), or null. */
  @Nullable String entry;
  /** Bytes handed out by the current leaf (a file or entry, decompressed), for error positions. */
  @Nullable CountingInputStream leaf;
  private long records;

  ReadSession(String input, int maxArticleChars, ArticleSink sink) {
    this.input = input;
    this.maxArticleChars = maxArticleChars;
    this.sink = sink;
  }

  /** Records emitted so far (articles + rejects). */
  long records() {
    return records;
  }

  /** {@code line 3} at top level, {@code entry a/b.jsonl line 3} inside an archive. */
  String at(String where) {
    return entry == null ? where : "entry " + entry + " " + where;
  }

  /** The input path plus the entry path, where a date may be written ({@code 2025/10/17/x.txt}). */
  String path() {
    return entry == null ? input : input + "/" + entry;
  }

  void reject(String position, String stage, String reason) {
    records++;
    sink.reject(new Reject(input, position, stage, reason));
  }

  /**
   * Emits an article after the shared checks; {@code rawDate} is the metadata date (null: take it
   * from the path). Returns whether it was accepted.
   */
  boolean article(
      String position,
      @Nullable String rawDate,
      @Nullable LocalDate knownDate,
      @Nullable String source,
      @Nullable String place,
      @Nullable String title,
      @Nullable String url,
      @Nullable String text) {
    String body = text == null ? "" : text.strip();
    if (body.isEmpty()) {
      reject(position, STAGE_PARSE, "empty text");
      return false;
    }
    if (body.length() > maxArticleChars) {
      reject(position, STAGE_READ, tooLarge(body.length()));
      return false;
    }
    LocalDate date = knownDate;
    try {
      if (date == null && rawDate != null && !rawDate.isBlank()) {
        date = Dates.parse(rawDate);
      }
      if (date == null) {
        Optional<LocalDate> fromPath = Dates.fromPath(path());
        date = fromPath.orElse(null);
      }
    } catch (DateException e) {
      reject(position, STAGE_DATE, e.getMessage());
      return false;
    }
    if (date == null) {
      reject(position, STAGE_DATE, "no date found");
      return false;
    }
    records++;
    sink.article(
        new Article(ArticleIds.of(body), date.toString(), blankToNull(source), blankToNull(place),
            blankToNull(title), blankToNull(url), input, position, body));
    return true;
  }

  String tooLarge(long chars) {
    return "article too large: " + chars + " chars > " + maxArticleChars;
  }

  static @Nullable String blankToNull(@Nullable String s) {
    if (s == null) {
      return null;
    }
    String t = s.strip();
    return t.isEmpty() ? null : t;
  }
}
