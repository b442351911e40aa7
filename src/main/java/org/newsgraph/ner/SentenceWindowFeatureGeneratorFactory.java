package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;

/**
 * XML feature-generator element that emits what OpenNLP's {@code WindowFeatureGeneratorFactory} emits (the inner
 * generator's features for the token, then {@code p1..pK} and {@code n1..nK} copies for its neighbours, in that
 * order), but runs the inner generator once per token of a sentence instead of once per window position.
 *
 * <p>Why: a ±2 window asks the inner generator five times about each token; across the template's five windows that
 * was a third of the tagger's time (lower-casing, word shapes, cluster-table lookups). Only for inner generators whose
 * features depend on the tokens alone (word, word class, cluster tables), never on previous outcomes or document
 * state: those are remembered per sentence.
 */
public final class SentenceWindowFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws InvalidFormatException {
    AdaptiveFeatureGenerator inner = (AdaptiveFeatureGenerator) args.get("generator#0");
    if (inner == null) {
      throw new InvalidFormatException("a sentence window needs an inner generator element");
    }
    return new Gen(inner, getInt("prevLength"), getInt("nextLength"));
  }

  static final class Gen implements AdaptiveFeatureGenerator {
    private final AdaptiveFeatureGenerator inner;
    private final int prev;
    private final int next;
    // the sentence whose tokens' features are remembered (by identity: the name finder passes one array per sentence)
    private String[] sentence;
    private List<String>[] perToken;

    Gen(AdaptiveFeatureGenerator inner, int prev, int next) {
      this.inner = inner;
      this.prev = prev;
      this.next = next;
    }

    /** The generator asked about each token. */
    AdaptiveFeatureGenerator inner() {
      return inner;
    }

    /** How many tokens before the current one the window reaches. */
    int prev() {
      return prev;
    }

    /** How many tokens after the current one the window reaches. */
    int next() {
      return next;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      features.addAll(of(tokens, index));
      for (int i = 1; i <= prev && index - i >= 0; i++) {
        for (String f : of(tokens, index - i)) {
          features.add(WindowFeatureGenerator.PREV_PREFIX + i + f);
        }
      }
      for (int i = 1; i <= next && index + i < tokens.length; i++) {
        for (String f : of(tokens, index + i)) {
          features.add(WindowFeatureGenerator.NEXT_PREFIX + i + f);
        }
      }
    }

    @SuppressWarnings("unchecked")
    private List<String> of(String[] tokens, int index) {
      if (tokens != sentence) {
        sentence = tokens;
        perToken = new List[tokens.length];
      }
      List<String> f = perToken[index];
      if (f == null) {
        f = new ArrayList<>(2);
        inner.createFeatures(f, tokens, index, null);
        perToken[index] = f;
      }
      return f;
    }

    @Override
    public void clearAdaptiveData() {
      sentence = null;
      perToken = null;
      inner.clearAdaptiveData();
    }

    @Override
    public void updateAdaptiveData(String[] tokens, String[] outcomes) {
      inner.updateAdaptiveData(tokens, outcomes);
    }
  }
}
