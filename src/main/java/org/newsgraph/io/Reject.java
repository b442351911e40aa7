package org.newsgraph.io;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * A record that did not become an article, with where it was and why: the dead-letter row.
 *
 * <p>{@code position} is a line ({@code line 12}), a byte offset ({@code byte 40960}) or an
 * archive entry ({@code entry a/b.jsonl line 3}); {@code stage} is the step that set it aside
 * ({@code read}, {@code parse}, {@code date}, {@code language}, {@code dedup}, ...).
 */
@DefaultSchema(JavaFieldSchema.class)
public final class Reject implements Serializable {
  public final String input;
  public final String position;
  public final String stage;
  public final String reason;

  @SchemaCreate
  public Reject(String input, String position, String stage, String reason) {
    this.input = input;
    this.position = position;
    this.stage = stage;
    this.reason = reason;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof Reject)) {
      return false;
    }
    Reject r = (Reject) o;
    return input.equals(r.input)
        && position.equals(r.position)
        && stage.equals(r.stage)
        && reason.equals(r.reason);
  }

  @Override
  public int hashCode() {
    return Objects.hash(input, position, stage, reason);
  }

  @Override
  public String toString() {
    return "Reject{" + input + "@" + position + ", " + stage + ": " + reason + "}";
  }
}
