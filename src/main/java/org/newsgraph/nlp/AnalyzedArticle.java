package org.newsgraph.nlp;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.actors.Mention;

/**
 * One article after language processing: its record and its folded actor mentions. Everything
 * downstream (mentions table, daily counts, co-mentions) derives from this, so the text is dropped
 * here and never shuffled again.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class AnalyzedArticle implements Serializable {
  public final ArticleRecord article;
  public final List<Mention> mentions;

  @SchemaCreate
  public AnalyzedArticle(ArticleRecord article, List<Mention> mentions) {
    this.article = article;
    this.mentions = mentions;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof AnalyzedArticle
        && article.equals(((AnalyzedArticle) o).article)
        && mentions.equals(((AnalyzedArticle) o).mentions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, mentions);
  }
}
