package org.newsgraph.io;

import java.io.Serializable;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * Where one article was read, without its text: what {@link DropDuplicates} decides on.
 * {@code record} is the record's index in its input (articles and rejects counted in the order
 * {@link ArticleReader} reports them), so that a second read of the same input finds the same
 * record again even where two records share a position (two zip entries of the same name).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ArticleRef implements Serializable {
  public final String articleId;
  public final String input;
  public final String position;
  public final long record;

  @SchemaCreate
  public ArticleRef(String articleId, String input, String position, long record) {
    this.articleId = articleId;
    this.input = input;
    this.position = position;
    this.record = record;
  }

  /** The key of a record in {@link DropDuplicates}' map of losers. */
  static String key(String input, long record) {
    return record + " " + input;
  }

  @Override
  public String toString() {
    return "ArticleRef{" + articleId + ", " + input + "@" + position + " #" + record + "}";
  }
}
