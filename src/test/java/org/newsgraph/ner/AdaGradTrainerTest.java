package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import org.junit.Test;

/** {@link AdaGradTrainer} learns a small separable problem, deterministically, into a stock GIS model. */
public class AdaGradTrainerTest {
  private static final String[] COLOURS = {"red", "green", "blue"};
  private static final String[] OUTCOMES = {"A", "B", "C"};

  /** The colour decides the outcome; two noise features per event carry no information. */
  private static List<Event> events() {
    Random r = new Random(7);
    List<Event> out = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      int c = i % 3;
      out.add(new Event(OUTCOMES[c], new String[] {"colour=" + COLOURS[c], "n=" + r.nextInt(5), "m=" + r.nextInt(4)}));
    }
    return out;
  }

  private static MaxentModel train(List<Event> events, Object... kv) throws Exception {
    TrainingParameters p = new TrainingParameters();
    p.put(TrainingParameters.CUTOFF_PARAM, 1);
    p.put(AdaGradTrainer.EPOCHS, 20);
    for (int i = 0; i < kv.length; i += 2) {
      if (kv[i + 1] instanceof Integer) {
        p.put((String) kv[i], (Integer) kv[i + 1]);
      } else if (kv[i + 1] instanceof Double) {
        p.put((String) kv[i], (Double) kv[i + 1]);
      } else {
        p.put((String) kv[i], (String) kv[i + 1]);
      }
    }
    return new AdaGradTrainer(p).train(ObjectStreamUtils.createObjectStream(events));
  }

  @Test
  public void learnsASeparableProblemIntoAGisModel() throws Exception {
    List<Event> events = events();
    MaxentModel m = train(events, AdaGradTrainer.L2, 0.1);
    assertTrue(m instanceof GISModel);
    for (Event e : events) {
      assertEquals(e.getOutcome(), m.getBestOutcome(m.eval(e.getContext())));
    }
    // the colour alone decides, with confidence, also with unseen noise
    double[] p = m.eval(new String[] {"colour=blue", "n=99"});
    assertEquals("C", m.getBestOutcome(p));
    assertTrue(p[m.getIndex("C")] > 0.8);
  }

  @Test
  public void isDeterministicAndTheSeedShuffles() throws Exception {
    List<Event> events = events();
    double[] a = probabilities(train(events, AdaGradTrainer.SEED, 3), events);
    double[] b = probabilities(train(events, AdaGradTrainer.SEED, 3), events);
    double[] c = probabilities(train(events, AdaGradTrainer.SEED, 4), events);
    assertArrayEquals(a, b, 0.0);
    assertFalse(Arrays.equals(a, c));
  }

  @Test
  public void strongerL2GivesLessConfidentModels() throws Exception {
    List<Event> events = events();
    String[] blue = {"colour=blue"};
    MaxentModel weak = train(events, AdaGradTrainer.L2, 0.01);
    MaxentModel strong = train(events, AdaGradTrainer.L2, 50.0);
    assertTrue(weak.eval(blue)[weak.getIndex("C")] > strong.eval(blue)[strong.getIndex("C")]);
  }

  @Test
  public void l1DropsUninformativeWeights() throws Exception {
    List<Event> events = events();
    int dense = weights(train(events, AdaGradTrainer.ALL_OUTCOMES, "true"));
    MaxentModel sparse = train(events, AdaGradTrainer.ALL_OUTCOMES, "true", AdaGradTrainer.L1, 5.0);
    assertEquals((3 + 5 + 4) * 3, dense); // every predicate (3 colours, 5 + 4 noise values) for every outcome
    assertTrue(weights(sparse) < dense);
    for (Event e : events) {
      assertEquals(e.getOutcome(), sparse.getBestOutcome(sparse.eval(e.getContext())));
    }
  }

  private static double[] probabilities(MaxentModel m, List<Event> events) {
    double[] out = new double[events.size() * m.getNumOutcomes()];
    for (int i = 0; i < events.size(); i++) {
      System.arraycopy(m.eval(events.get(i).getContext()), 0, out, i * m.getNumOutcomes(), m.getNumOutcomes());
    }
    return out;
  }

  private static int weights(MaxentModel m) {
    int n = 0;
    for (Context c : (Context[]) ((GISModel) m).getDataStructures()[0]) {
      n += c.getOutcomes().length;
    }
    return n;
  }
}
