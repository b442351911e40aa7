package org.newsgraph.ner;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * XML feature-generator element for a {@link Gazetteer} stored in the model:
 * {@code <generator class="org.newsgraph.ner.GazetteerFeatureGeneratorFactory"><str name="dict">gz.gazetteer</str></generator>}.
 * A token inside a listed name gets {@code gz=LABEL:B} (first token) or {@code gz=LABEL:I} for each
 * of the name's labels.
 */
public final class GazetteerFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object res = resourceManager.getResource(name);
    if (!(res instanceof Gazetteer)) {
      throw new InvalidFormatException("no gazetteer resource " + name);
    }
    int dot = name.indexOf('.');
    return new Gen((Gazetteer) res, dot > 0 ? name.substring(0, dot) : name);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Collections.singletonMap(getStr("dict"), new Gazetteer.Serializer());
  }

  /** Matches each sentence once (the generator is asked token by token with the same array). */
  static final class Gen implements AdaptiveFeatureGenerator {
    private final Gazetteer gazetteer;
    private final String prefix;
    private String[] sentence;
    private String[][] features;

    Gen(Gazetteer gazetteer, String prefix) {
      this.gazetteer = gazetteer;
      this.prefix = prefix + "=";
    }

    @Override
    public void createFeatures(List<String> out, String[] tokens, int index, String[] previousOutcomes) {
      if (tokens != sentence) {
        sentence = tokens;
        features = new String[tokens.length][];
        for (Gazetteer.Match m : gazetteer.match(tokens)) {
          for (int i = m.start(); i < m.end(); i++) {
            String[] f = new String[m.labels().length];
            for (int k = 0; k < f.length; k++) {
              f[k] = prefix + m.labels()[k] + (i == m.start() ? ":B" : ":I");
            }
            features[i] = f;
          }
        }
      }
      if (features[index] != null) {
        Collections.addAll(out, features[index]);
      }
    }
  }
}
