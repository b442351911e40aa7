package org.newsgraph.actors;

import java.io.Serializable;
import java.util.List;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * One entry of the actor dictionary: a stable id (Wikidata QID, {@code geonames:<n>} or
 * {@code ng:<slug>}), its canonical name and the surface forms it is written with.
 *
 * <p>{@code aliases} and {@code adjectives} are kept as written: case matters ({@code US} is not
 * {@code us}). Immutable.
 */
public final class Actor implements Serializable {
  public final String id;
  public final String name;
  public final ActorType type;
  public final List<String> aliases;
  /** Demonyms: {@code Russian} locates Russia but is not a mention of it that counts. */
  public final List<String> adjectives;
  /** QID of the actor's country, if known. */
  public final @Nullable String country;
  public final List<Role> roles;

  public Actor(
      String id,
      String name,
      ActorType type,
      List<String> aliases,
      List<String> adjectives,
      @Nullable String country,
      List<Role> roles) {
    this.id = id;
    this.name = name;
    this.type = type;
    this.aliases = List.copyOf(aliases);
    this.adjectives = List.copyOf(adjectives);
    this.country = country;
    this.roles = List.copyOf(roles);
  }

  /** An actor known only by its name (model-found, or built in tests). */
  public static Actor named(String id, String name, ActorType type) {
    return new Actor(id, name, type, List.of(), List.of(), null, List.of());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Actor && ((Actor) o).id.equals(id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  @Override
  public String toString() {
    return name + " (" + id + ", " + type + ")";
  }
}
