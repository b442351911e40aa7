package org.newsgraph.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * The first-stage name finder of a stacked model, stored inside the second-stage model as the
 * entry {@value #ENTRY} (the bytes of a whole OpenNLP model), so one file holds both stages.
 */
public final class Stage1Model implements SerializableArtifact {
  /** Resource name of the first stage inside a second-stage model. */
  public static final String ENTRY = "stage1.model";

  private final byte[] bytes;
  private volatile TokenNameFinderModel model;

  public Stage1Model(byte[] bytes) {
    this.bytes = bytes;
  }

  public static Stage1Model of(TokenNameFinderModel m) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
    m.serialize(out);
    Stage1Model s = new Stage1Model(out.toByteArray());
    s.model = m;
    return s;
  }

  /** The first-stage model, read on first use. */
  public TokenNameFinderModel model() {
    TokenNameFinderModel m = model;
    if (m == null) {
      synchronized (this) {
        if (model == null) {
          try {
            model = new TokenNameFinderModel(new ByteArrayInputStream(bytes));
          } catch (IOException e) {
            throw new UncheckedIOException("cannot read the first-stage name finder", e);
          }
        }
        m = model;
      }
    }
    return m;
  }

  /** The first stage of {@code m}, or null when {@code m} is a single-stage model. */
  public static Stage1Model in(TokenNameFinderModel m) {
    Object a = m.getArtifact(ENTRY);
    return a instanceof Stage1Model ? (Stage1Model) a : null;
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Copies the entry's bytes, never closing the model's zip stream. */
  public static final class Serializer implements ArtifactSerializer<Stage1Model> {
    @Override
    public Stage1Model create(InputStream in) throws IOException {
      return new Stage1Model(in.readAllBytes());
    }

    @Override
    public void serialize(Stage1Model artifact, OutputStream out) throws IOException {
      out.write(artifact.bytes);
    }
  }
}
