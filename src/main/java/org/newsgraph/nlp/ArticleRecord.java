package org.newsgraph.nlp;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.io.Article;

/** An accepted article as the {@code articles} table describes it: its metadata, no text. */
@DefaultSchema(JavaFieldSchema.class)
public final class ArticleRecord implements Serializable {
  public final String articleId;
  public final String date;
  public final @Nullable String source;
  public final @Nullable String place;
  public final @Nullable String title;
  public final @Nullable String url;
  public final String input;
  public final String position;
  public final String language;
  public final int sentences;
  public final int tokens;

  @SchemaCreate
  public ArticleRecord(
      String articleId,
      String date,
      @Nullable String source,
      @Nullable String place,
      @Nullable String title,
      @Nullable String url,
      String input,
      String position,
      String language,
      int sentences,
      int tokens) {
    this.articleId = articleId;
    this.date = date;
    this.source = source;
    this.place = place;
    this.title = title;
    this.url = url;
    this.input = input;
    this.position = position;
    this.language = language;
    this.sentences = sentences;
    this.tokens = tokens;
  }

  public static ArticleRecord of(Article a, String language, int sentences, int tokens) {
    return new ArticleRecord(
        a.articleId, a.date, a.source, a.place, a.title, a.url, a.input, a.position, language,
        sentences, tokens);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ArticleRecord)) {
      return false;
    }
    ArticleRecord r = (ArticleRecord) o;
    return articleId.equals(r.articleId)
        && date.equals(r.date)
        && Objects.equals(source, r.source)
        && Objects.equals(place, r.place)
        && Objects.equals(title, r.title)
        && Objects.equals(url, r.url)
        && input.equals(r.input)
        && position.equals(r.position)
        && language.equals(r.language)
        && sentences == r.sentences
        && tokens == r.tokens;
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, date, input, position);
  }
}
