package org.newsgraph.aggregate;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of {@code comention_daily}: two actors ({@code actorIdA < actorIdB}) and on how many
 * sentences and articles of a date they appear together.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class CoMentionDaily implements Serializable {
  public final String date;
  public final String actorIdA;
  public final String actorA;
  public final String actorIdB;
  public final String actorB;
  public final long sentences;
  public final long articles;

  @SchemaCreate
  public CoMentionDaily(
      String date, String actorIdA, String actorA, String actorIdB, String actorB, long sentences,
      long articles) {
    this.date = date;
    this.actorIdA = actorIdA;
    this.actorA = actorA;
    this.actorIdB = actorIdB;
    this.actorB = actorB;
    this.sentences = sentences;
    this.articles = articles;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof CoMentionDaily)) {
      return false;
    }
    CoMentionDaily d = (CoMentionDaily) o;
    return date.equals(d.date)
        && actorIdA.equals(d.actorIdA)
        && actorA.equals(d.actorA)
        && actorIdB.equals(d.actorIdB)
        && actorB.equals(d.actorB)
        && sentences == d.sentences
        && articles == d.articles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, actorIdA, actorIdB, sentences, articles);
  }

  @Override
  public String toString() {
    return date + " " + actorA + " + " + actorB + " sentences=" + sentences + " articles=" + articles;
  }
}
