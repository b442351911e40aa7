package org.newsgraph.ner;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * XML feature-generator element of the second stage of a stacked name finder:
 * {@code <generator class="org.newsgraph.ner.DocLabelFeatureGeneratorFactory"/>}. Emits the
 * {@link DocLabels} features of the current token for the document being tagged; none when no
 * document is set. It also registers the serializer of the first stage stored in the model.
 */
public final class DocLabelFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    // tokenMajority=false leaves out "dlt" (the label of the token string), keeping the name features
    return new Gen(getBool("tokenMajority", true));
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
    return Collections.singletonMap(Stage1Model.ENTRY, new Stage1Model.Serializer());
  }

  static final class Gen implements AdaptiveFeatureGenerator {
    private final boolean tokenMajority;
    // the features of the last sentence, computed once for all its tokens
    private String[] lastTokens;
    private DocLabels lastDoc;
    private List<List<String>> lastFeatures;

    Gen(boolean tokenMajority) {
      this.tokenMajority = tokenMajority;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      DocLabels doc = DocLabels.current();
      if (doc == null) {
        return;
      }
      if (tokens != lastTokens || doc != lastDoc) {
        lastFeatures = doc.features(tokens);
        lastTokens = tokens;
        lastDoc = doc;
      }
      for (String f : lastFeatures.get(index)) {
        if (tokenMajority || !f.startsWith("dlt=")) {
          features.add(f);
        }
      }
    }
  }
}
