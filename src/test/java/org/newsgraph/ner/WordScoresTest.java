package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import opennlp.tools.namefind.DefaultNameContextGenerator;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.AggregatedFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGenerator;
import opennlp.tools.util.featuregen.CachedFeatureGenerator;
import opennlp.tools.util.featuregen.PrefixFeatureGenerator;
import opennlp.tools.util.featuregen.PreviousMapFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.Test;

/** A word's features weighed once give the scores that weighing every feature of every token gives. */
public class WordScoresTest {
  private static final CrfModel MODEL = (CrfModel) NerModels.shipped().getNameFinderSequenceModel();
  private static final String[][] DOCUMENT = {
    "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday .".split(" "),
    "Scholz said Scholz would go to Paris , Paris and PARIS again .".split(" "), // words seen before, in the sentence too
    "Kyiv".split(" "),
    "the".split(" "),
  };

  @Test
  public void scoresTheShippedTemplateAsItsFeaturesDo() {
    AdaptiveFeatureGenerator template = NerModels.shipped().getFactory().createFeatureGenerators();
    AdaptiveFeatureGenerator reference = NerModels.shipped().getFactory().createFeatureGenerators();
    assertSameScores(template, reference);
  }

  @Test
  public void scoresGeneratorsItCannotSplitPerToken() {
    // OpenNLP's own window and a document-dependent generator, beside splittable ones
    assertSameScores(handMade(), handMade());
  }

  @Test
  public void forgetsWordsBeyondItsCapacityAndScoresThemAgain() {
    AdaptiveFeatureGenerator template = handMade();
    WordScores scores = WordScores.of(template, MODEL);
    double[] first = scores.emissions(DOCUMENT[0]);
    String[] others = new String[WordScores.CAPACITY + 10];
    for (int i = 0; i < others.length; i++) {
      others[i] = "w" + i;
    }
    scores.emissions(others);
    assertArrayEquals(first, scores.emissions(DOCUMENT[0]), 0);
  }

  private static AdaptiveFeatureGenerator handMade() {
    return new CachedFeatureGenerator(new AggregatedFeatureGenerator(
        new WindowFeatureGenerator(new TokenFeatureGenerator(true), 2, 2),
        new SentenceWindowFeatureGeneratorFactory.Gen(new TokenClassFeatureGenerator(false), 2, 2),
        new TokenClassFeatureGenerator(true),
        new PrefixFeatureGenerator(4),
        new BigramNameFeatureGenerator(),
        new PreviousMapFeatureGenerator()));
  }

  /** Two copies of a template, one split by WordScores, one asked feature by feature; the same document through both. */
  private static void assertSameScores(AdaptiveFeatureGenerator template, AdaptiveFeatureGenerator reference) {
    WordScores scores = WordScores.of(template, MODEL);
    DefaultNameContextGenerator context = new DefaultNameContextGenerator(reference);
    int labels = MODEL.labels();
    double weighed = 0;
    for (String[] sentence : DOCUMENT) {
      double[] expected = new double[sentence.length * labels];
      for (int t = 0; t < sentence.length; t++) {
        for (String f : context.getContext(t, sentence, null, null)) {
          MODEL.addWeights(f, expected, t * labels);
        }
      }
      double[] actual = scores.emissions(sentence);
      assertEquals(expected.length, actual.length);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(String.join(" ", sentence) + " @" + i / labels, expected[i], actual[i], 1e-9);
        weighed += Math.abs(expected[i]);
      }
      // the sentence's labels become the document's: the previous-map features change for the next sentences
      String[] labelled = MODEL.decode(sentence, actual, null).getOutcomes().toArray(new String[0]);
      template.updateAdaptiveData(sentence, labelled);
      reference.updateAdaptiveData(sentence, labelled);
    }
    assertTrue("features with weights: " + weighed, weighed > 10);
  }
}
