package org.newsgraph.ner;

import java.util.List;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * A name-finder model's pass over the sentences of a document: what OpenNLP's {@code NameFinderME.find} does (the
 * model's best label sequence, the document's adaptive data updated with it, spans with their labels' mean
 * probability), without the ±8-token window that {@code NameFinderME} adds for caller-supplied context. newsgraph
 * supplies none, yet that window built 16 empty lists per token: a tenth of the tagging time. A CRF's scores come from
 * {@link WordScores}, which weighs a word's own features once, not once per occurrence. One instance per
 * thread (the adaptive data is the document's); the model itself is shared.
 */
final class NameFinder {
  private static final String[][] NO_CONTEXT = new String[0][0];

  private final SequenceClassificationModel model;
  private final NameContextGenerator context;
  private final WordScores scores; // the CRF's fast path, else null
  private final SequenceCodec<String> codec;
  private final SequenceValidator<String> validator;

  NameFinder(TokenNameFinderModel m) {
    TokenNameFinderFactory factory = m.getFactory();
    this.model = m.getNameFinderSequenceModel();
    AdaptiveFeatureGenerator features = factory.createFeatureGenerators();
    this.context = new DefaultNameContextGenerator(features);
    this.scores = model instanceof CrfModel crf ? WordScores.of(features, crf) : null;
    this.codec = factory.createSequenceCodec();
    this.validator = codec.createSequenceValidator();
  }

  /** The names of one sentence; what it found becomes the document's adaptive data for the sentences after it. */
  Span[] find(String[] tokens) {
    Sequence best = scores != null
        ? ((CrfModel) model).decode(tokens, scores.emissions(tokens), validator)
        : model.bestSequence(tokens, NO_CONTEXT, context, validator);
    List<String> labels = best.getOutcomes();
    context.updateAdaptiveData(tokens, labels.toArray(new String[0]));
    Span[] spans = codec.decode(labels);
    double[] probs = best.getProbs();
    for (int i = 0; i < spans.length; i++) {
      double p = 0;
      for (int k = spans[i].getStart(); k < spans[i].getEnd(); k++) {
        p += probs[k];
      }
      spans[i] = new Span(spans[i], p / spans[i].length());
    }
    return spans;
  }

  /** Forgets the document: call between documents. */
  void clearAdaptiveData() {
    context.clearAdaptiveData();
  }
}
