package org.newsgraph.io;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One news article as read from an input, before any language processing.
 *
 * <p>{@code articleId} is a hash of the text alone, so the same article read twice (from two
 * archives, or on a re-run) has the same id; {@code input} and {@code position} say where it came
 * from (file, then line, byte offset or archive entry).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Article implements Serializable {
  public final String articleId;
  /** ISO date, {@code YYYY-MM-DD}. */
  public final String date;
  public final @Nullable String source;
  public final @Nullable String place;
  public final @Nullable String title;
  public final @Nullable String url;
  public final String input;
  public final String position;
  public final String text;

  @SchemaCreate
  public Article(
      String articleId,
      String date,
      @Nullable String source,
      @Nullable String place,
      @Nullable String title,
      @Nullable String url,
      String input,
      String position,
      String text) {
    this.articleId = articleId;
    this.date = date;
    this.source = source;
    this.place = place;
    this.title = title;
    this.url = url;
    this.input = input;
    this.position = position;
    this.text = text;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Article)) {
      return false;
    }
    Article a = (Article) o;
    return articleId.equals(a.articleId)
        && date.equals(a.date)
        && Objects.equals(source, a.source)
        && Objects.equals(place, a.place)
        && Objects.equals(title, a.title)
        && Objects.equals(url, a.url)
        && input.equals(a.input)
        && position.equals(a.position)
        && text.equals(a.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, date, input, position);
  }

  @Override
  public String toString() {
    return "Article{" + articleId + ", " + date + ", " + input + "@" + position + "}";
  }
}
