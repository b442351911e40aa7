package org.newsgraph.aggregate;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One row of {@code actor_daily}: how often an actor was mentioned on a date, in how many
 * articles and from how many distinct sources. Adjectival mentions are not counted.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class ActorDaily implements Serializable {
  public final String date;
  public final String actorId;
  public final String actor;
  public final String actorType;
  public final long mentions;
  public final long articles;
  public final long sources;

  @SchemaCreate
  public ActorDaily(
      String date, String actorId, String actor, String actorType, long mentions, long articles,
      long sources) {
    this.date = date;
    this.actorId = actorId;
    this.actor = actor;
    this.actorType = actorType;
    this.mentions = mentions;
    this.articles = articles;
    this.sources = sources;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof ActorDaily)) {
      return false;
    }
    ActorDaily d = (ActorDaily) o;
    return date.equals(d.date)
        && actorId.equals(d.actorId)
        && actor.equals(d.actor)
        && actorType.equals(d.actorType)
        && mentions == d.mentions
        && articles == d.articles
        && sources == d.sources;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, actorId, mentions, articles, sources);
  }

  @Override
  public String toString() {
    return date + " " + actor + " (" + actorId + ", " + actorType + ") mentions=" + mentions
        + " articles=" + articles + " sources=" + sources;
  }
}
