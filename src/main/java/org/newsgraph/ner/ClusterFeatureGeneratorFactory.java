package org.newsgraph.ner;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * XML feature-generator element for a {@link ClusterTable} stored in the model:
 * {@code <generator class="org.newsgraph.ner.ClusterFeatureGeneratorFactory"><str name="dict">c100.clusters</str></generator>}.
 * Emits {@code c100=ID} for the current token (looked up as is, then an all-caps token title-cased,
 * then lower-cased).
 */
public final class ClusterFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    String name = getStr("dict");
    Object res = resourceManager.getResource(name);
    if (!(res instanceof ClusterTable)) {
      throw new InvalidFormatException("no cluster table resource " + name);
    }
    int dot = name.indexOf('.');
    return new Gen((ClusterTable) res, dot > 0 ? name.substring(0, dot) : name);
  }

  @Override
  public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
    return Collections.singletonMap(getStr("dict"), new ClusterTable.Serializer());
  }

  static boolean isUpper(String t) {
    boolean letter = false;
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (Character.isLowerCase(ch)) {
        return false;
      }
      letter |= Character.isLetter(ch);
    }
    return letter;
  }

  static final class Gen implements AdaptiveFeatureGenerator {
    private final ClusterTable table;
    private final String prefix;

    Gen(ClusterTable table, String prefix) {
      this.table = table;
      this.prefix = prefix + "=";
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String t = tokens[index];
      String c = table.lookup(t);
      if (c == null && t.length() > 1 && isUpper(t)) {
        c = table.lookup(t.charAt(0) + t.substring(1).toLowerCase()); // headline "PUTIN" -> "Putin"
      }
      if (c == null) {
        c = table.lookup(t.toLowerCase());
      }
      if (c != null) {
        features.add(prefix + c);
      }
    }
  }
}
