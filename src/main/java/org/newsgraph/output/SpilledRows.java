package org.newsgraph.output;

import java.io.Serializable;
import org.apache.beam.sdk.schemas.JavaFieldSchema;
import org.apache.beam.sdk.schemas.annotations.DefaultSchema;
import org.apache.beam.sdk.schemas.annotations.SchemaCreate;

/**
 * Where one bundle's rows of one date were spilled ({@link SpillRowsFn}): a byte range of a spill
 * file holding a {@link RowBlobs} blob. Only these few bytes per date and bundle are grouped, so the
 * grouping runner's memory does not grow with the archive.
 */
@DefaultSchema(JavaFieldSchema.class)
public final class SpilledRows implements Serializable {
  public final String date;
  public final String file;
  public final long offset;
  public final int length;

  @SchemaCreate
  public SpilledRows(String date, String file, long offset, int length) {
    this.date = date;
    this.file = file;
    this.offset = offset;
    this.length = length;
  }
}
