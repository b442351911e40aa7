package org.newsgraph.aggregate;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/** Partial co-mention counts for one pair of actors on one date; merges associatively. */
@DefaultSchema(JavaFieldSchema.class)
public final class PairTally implements Serializable {
  public final String actorA;
  public final String actorB;
  public final long sentences;
  public final long articles;

  @SchemaCreate
  public PairTally(String actorA, String actorB, long sentences, long articles) {
    this.actorA = actorA;
    this.actorB = actorB;
    this.sentences = sentences;
    this.articles = articles;
  }

  public static PairTally merge(PairTally a, PairTally b) {
    return new PairTally(
        Names.preferred(a.actorA, b.actorA),
        Names.preferred(a.actorB, b.actorB),
        a.sentences + b.sentences,
        a.articles + b.articles);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof PairTally)) {
      return false;
    }
    PairTally t = (PairTally) o;
    return actorA.equals(t.actorA)
        && actorB.equals(t.actorB)
        && sentences == t.sentences
        && articles == t.articles;
  }

  @Override
  public int hashCode() {
    return Objects.hash(actorA, actorB, sentences, articles);
  }
}
