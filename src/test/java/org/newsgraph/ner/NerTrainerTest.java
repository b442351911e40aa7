package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.Test;

/** Training samples: case copies are the same sentences with the same names. */
public class NerTrainerTest {
  @Test
  public void caseCopiesRepeatSentencesWithTheirNames() throws Exception {
    Path config = NerEvalTest.resource("tiny-config.properties");
    TrainConfig cfg = TrainConfig.load(config, config.getParent());
    List<NameSample> plain = NerTrainer.samples(cfg, null);
    Map<String, Span[]> namesOf = new HashMap<>();
    for (NameSample s : plain) {
      namesOf.put(String.join(" ", s.getSentence()), s.getNames());
    }

    cfg.train.get(0).upperCase = 1.0;
    cfg.train.get(0).lowerCase = 1.0;
    List<NameSample> copied = NerTrainer.samples(cfg, null);

    assertEquals(3 * plain.size(), copied.size());
    int upper = 0;
    int lower = 0;
    for (NameSample s : copied) {
      String text = String.join(" ", s.getSentence());
      if (namesOf.containsKey(text)) {
        continue; // an original
      }
      String original = null;
      for (String candidate : namesOf.keySet()) {
        if (candidate.toUpperCase(Locale.ROOT).equals(text)) {
          original = candidate;
          upper++;
        } else if (candidate.toLowerCase(Locale.ROOT).equals(text)) {
          original = candidate;
          lower++;
        }
      }
      assertNotNull("a copy of a training sentence: " + text, original);
      assertArrayEquals(namesOf.get(original), s.getNames());
    }
    assertEquals(plain.size(), upper);
    assertEquals(plain.size(), lower);
  }
}
