package org.newsgraph.aggregate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * Partial counts for one actor on one date; tallies merge associatively so that Beam can lift the
 * combine before the shuffle. {@code sources} is kept sorted and distinct.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ActorTally implements Serializable {
  public final String actor;
  public final String actorType;
  public final long mentions;
  public final long articles;
  public final List<String> sources;

  @SchemaCreate
  public ActorTally(String actor, String actorType, long mentions, long articles, List<String> sources) {
    this.actor = actor;
    this.actorType = actorType;
    this.mentions = mentions;
    this.articles = articles;
    this.sources = sources;
  }

  public static ActorTally merge(ActorTally a, ActorTally b) {
    return new ActorTally(
        Names.preferred(a.actor, b.actor),
        a.actorType,
        a.mentions + b.mentions,
        a.articles + b.articles,
        union(a.sources, b.sources));
  }

  private static List<String> union(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int c = i == a.size() ? 1 : j == b.size() ? -1 : a.get(i).compareTo(b.get(j));
      if (c <= 0) {
        out.add(a.get(i++));
        if (c == 0) {
          j++;
        }
      } else {
        out.add(b.get(j++));
      }
    }
    return out;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ActorTally)) {
      return false;
    }
    ActorTally t = (ActorTally) o;
    return actor.equals(t.actor)
        && actorType.equals(t.actorType)
        && mentions == t.mentions
        && articles == t.articles
        && sources.equals(t.sources);
  }

  @Override
  public int hashCode() {
    return Objects.hash(actor, mentions, articles, sources);
  }
}
