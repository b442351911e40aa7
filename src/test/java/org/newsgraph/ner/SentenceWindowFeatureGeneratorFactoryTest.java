package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.TokenClassFeatureGenerator;
import opennlp.tools.util.featuregen.TokenFeatureGenerator;
import opennlp.tools.util.featuregen.WindowFeatureGenerator;
import org.junit.Test;

/** The sentence window gives OpenNLP's window features, in the same order, for every token of every sentence. */
public class SentenceWindowFeatureGeneratorFactoryTest {
  private static final String[][] SENTENCES = {
    "Vladimir Putin met Joe Biden in Geneva .".split(" "),
    "He said so .".split(" "),
    "Putin".split(" "),
    // the same length as the first: remembered features must not carry over to another sentence
    "NATO leaders met in Brussels on Friday .".split(" "),
  };

  @Test
  public void givesOpenNlpsWindowFeaturesForEveryToken() {
    check(() -> new TokenFeatureGenerator(true), 2, 2);
    check(() -> new TokenClassFeatureGenerator(true), 2, 1);
    check(() -> new TokenClassFeatureGenerator(false), 0, 2);
  }

  private static void check(java.util.function.Supplier<AdaptiveFeatureGenerator> inner, int prev, int next) {
    AdaptiveFeatureGenerator window = new WindowFeatureGenerator(inner.get(), prev, next);
    AdaptiveFeatureGenerator sentenceWindow = new SentenceWindowFeatureGeneratorFactory.Gen(inner.get(), prev, next);
    for (String[] sentence : SENTENCES) {
      for (int i = 0; i < sentence.length; i++) {
        List<String> expected = new ArrayList<>();
        window.createFeatures(expected, sentence, i, null);
        List<String> actual = new ArrayList<>();
        sentenceWindow.createFeatures(actual, sentence, i, null);
        assertEquals(String.join(" ", sentence) + " @" + i, expected, actual);
      }
    }
  }
}
