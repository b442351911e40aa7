package org.newsgraph.io;

import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.schemas.SchemaCoder;

/**
 * The schema coder of one of our {@code @DefaultSchema} records. Multi-output {@code ParDo}s and
 * some composites infer {@code SerializableCoder} for them (the classes are {@code Serializable}),
 * which Java-serializes every article and mention across each shuffle; setting this coder keeps
 * them in Beam's compact row encoding.
 */
public final class SchemaCoders {
  private SchemaCoders() {}

  public static <T> SchemaCoder<T> of(Pipeline p, Class<T> type) {
    try {
      return p.getSchemaRegistry().getSchemaCoder(type);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException(type.getName() + " must carry @DefaultSchema", e);
    }
  }
}
