package org.newsgraph.actors;

import java.io.Serializable;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * An office a person holds, e.g. {@code head_of_state} of {@code Q159} since 2012-05-07.
 *
 * <p>Dates are kept as the ISO strings of the dictionary ({@code YYYY-MM-DD}, possibly shorter);
 * {@code to} is null while the person is still in office.
 */
public final class Role implements Serializable {
  public final String role;
  public final @Nullable String of;
  public final @Nullable String from;
  public final @Nullable String to;

  public Role(String role, @Nullable String of, @Nullable String from, @Nullable String to) {
    this.role = role;
    this.of = of;
    this.from = from;
    this.to = to;
  }

  /** Whether the role covers the ISO date {@code day}; ISO strings compare in date order. */
  public boolean activeOn(String day) {
    return (from == null || from.compareTo(day) <= 0) && (to == null || day.compareTo(to) <= 0);
  }

  @Override
  public String toString() {
    return role + (of == null ? "" : " of " + of) + " [" + from + ".." + (to == null ? "" : to) + "]";
  }
}
