package org.newsgraph.actors;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One mention of an actor in an article, after variant folding.
 *
 * <p>{@code begin}/{@code end} are character offsets into the article text; {@code sentence} is
 * the 0-based sentence index. {@code kind} says how the text was recognised: {@code name} (the
 * canonical name), {@code alias}, {@code surname}, {@code titled}, {@code adjectival},
 * {@code model} (found by the name finder only).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Mention implements Serializable {
  public static final String ADJECTIVAL = "adjectival";

  public final String articleId;
  public final String actorId;
  public final String actor;
  /** {@link ActorType} name. */
  public final String actorType;
  public final String kind;
  public final String text;
  public final int sentence;
  public final int begin;
  public final int end;

  @SchemaCreate
  public Mention(
      String articleId,
      String actorId,
      String actor,
      String actorType,
      String kind,
      String text,
      int sentence,
      int begin,
      int end) {
    this.articleId = articleId;
    this.actorId = actorId;
    this.actor = actor;
    this.actorType = actorType;
    this.kind = kind;
    this.text = text;
    this.sentence = sentence;
    this.begin = begin;
    this.end = end;
  }

  /** Adjectival mentions ("Russian") locate the actor but are not counted as mentions of it. */
  public boolean counts() {
    return !ADJECTIVAL.equals(kind);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Mention)) {
      return false;
    }
    Mention m = (Mention) o;
    return articleId.equals(m.articleId)
        && actorId.equals(m.actorId)
        && actor.equals(m.actor)
        && actorType.equals(m.actorType)
        && kind.equals(m.kind)
        && text.equals(m.text)
        && sentence == m.sentence
        && begin == m.begin
        && end == m.end;
  }

  @Override
  public int hashCode() {
    return Objects.hash(articleId, actorId, sentence, begin, end);
  }

  @Override
  public String toString() {
    return "Mention{" + actor + " (" + actorId + ", " + kind + ") '" + text + "' s" + sentence
        + " [" + begin + "," + end + ")}";
  }
}
