package org.newsgraph.output;

import java.io.Serializable;
import java.util.Objects;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.actors.Mention;

/** A mention with the date of its article, which picks its {@code mentions} partition. */
@DefaultSchema(JavaFieldSchema.class)
public final class DatedMention implements Serializable {
  public final String date;
  public final Mention mention;

  @SchemaCreate
  public DatedMention(String date, Mention mention) {
    this.date = date;
    this.mention = mention;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DatedMention
        && date.equals(((DatedMention) o).date)
        && mention.equals(((DatedMention) o).mention);
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, mention);
  }
}
