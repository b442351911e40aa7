package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;
import org.junit.Test;

/** The tagger's pass of the model finds what OpenNLP's NameFinderME finds, spans and probabilities, document by document. */
public class NameFinderTest {
  private static final String[][] DOCUMENT = {
    "Chancellor Olaf Scholz met Emmanuel Macron in Paris on Tuesday .".split(" "),
    "Scholz said the European Union would stand by Ukraine .".split(" "),
    "Kyiv".split(" "),
    "Macron and Scholz then flew to Brussels for a NATO summit .".split(" "),
  };

  @Test
  public void findsWhatNameFinderMeFinds() {
    NameFinderME reference = new NameFinderME(NerModels.shipped());
    NameFinder finder = new NameFinder(NerModels.shipped());
    int names = 0;
    for (int pass = 0; pass < 2; pass++) { // the second document starts after clearing the adaptive data
      reference.clearAdaptiveData();
      finder.clearAdaptiveData();
      for (String[] sentence : DOCUMENT) {
        Span[] expected = reference.find(sentence);
        Span[] actual = finder.find(sentence);
        assertArrayEquals(String.join(" ", sentence), expected, actual);
        names += actual.length;
        for (int i = 0; i < expected.length; i++) {
          assertEquals(expected[i].getProb(), actual[i].getProb(), 1e-12);
        }
      }
    }
    assertTrue("names found in two passes: " + names, names >= 2 * 8); // not an empty comparison
  }
}
