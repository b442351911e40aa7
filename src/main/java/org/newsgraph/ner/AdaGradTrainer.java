package org.newsgraph.ner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import opennlp.tools.ml.AbstractEventTrainer;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.DataIndexer;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.TrainingParameters;

/**
 * Multinomial logistic regression (maxent) trained by AdaGrad over shuffled events, with L2 and
 * optional L1 (elastic net) regularisation. Selected with {@code trainer.Algorithm=} this class's
 * name; OpenNLP's {@code TrainerFactory} instantiates it by reflection.
 *
 * <p>The result is a stock {@link GISModel}, so the model loads and tags with plain OpenNLP. By
 * default it has the (predicate, outcome) pairs GIS would use (those seen together in training),
 * which keeps model size and tag speed; {@code AllOutcomes=true} gives every predicate a weight for
 * every outcome, so a word seen only outside names can also argue against a name type. L1 may drop
 * pairs. Deterministic: one {@link Random} with a fixed seed shuffles.
 *
 * <p>Parameters ({@code trainer.*}): {@code Epochs} (10), {@code LearningRate} (0.1), {@code L2}
 * (1.0), {@code L1} (0), {@code Seed} (1), {@code AllOutcomes} (false), {@code Cutoff} (as for GIS). The objective is
 * {@code sum_i count_i * -log p(y_i|x_i) + L2/2 |w|^2 + L1 |w|_1}; each weight's penalty is paid
 * in shares when its predicate occurs (share = count_i / occurrences of the predicate), which adds
 * up to the full penalty once per epoch without touching every weight at every step.
 */
public final class AdaGradTrainer extends AbstractEventTrainer {
  public static final String EPOCHS = "Epochs";
  public static final String LEARNING_RATE = "LearningRate";
  public static final String L2 = "L2";
  public static final String L1 = "L1";
  public static final String SEED = "Seed";
  public static final String ALL_OUTCOMES = "AllOutcomes";

  private static final double EPS = 1e-8;

  public AdaGradTrainer() {}

  public AdaGradTrainer(TrainingParameters p) {
    super(p);
  }

  @Override
  public boolean isSortAndMerge() {
    return true; // identical events merged: one step with a count instead of many
  }

  @Override
  public MaxentModel doTrain(DataIndexer di) throws IOException {
    int epochs = trainingParameters.getIntParameter(EPOCHS, 10);
    double rate = number(LEARNING_RATE, 0.1);
    double l2 = number(L2, 1.0);
    double l1 = number(L1, 0.0);
    long seed = trainingParameters.getIntParameter(SEED, 1);
    boolean allOutcomes = trainingParameters.getBooleanParameter(ALL_OUTCOMES, false);
    if (epochs < 1 || rate <= 0 || l2 < 0 || l1 < 0) {
      throw new IllegalArgumentException("AdaGradTrainer: need Epochs >= 1, LearningRate > 0, L1/L2 >= 0");
    }

    int[][] contexts = di.getContexts();
    float[][] values = di.getValues();
    int[] outcomes = di.getOutcomeList();
    int[] counts = di.getNumTimesEventsSeen();
    String[] predLabels = di.getPredLabels();
    String[] outcomeLabels = di.getOutcomeLabels();
    int numPreds = predLabels.length;
    int numOutcomes = outcomeLabels.length;
    int numEvents = contexts.length;

    // (predicate, outcome) pairs seen together, as GIS: pair k of predicate p is off[p] <= k < off[p+1]
    boolean[] seen = new boolean[numPreds * numOutcomes];
    double[] occurrences = new double[numPreds];
    for (int e = 0; e < numEvents; e++) {
      for (int p : contexts[e]) {
        seen[p * numOutcomes + outcomes[e]] = true;
        occurrences[p] += counts[e];
      }
    }
    if (allOutcomes) {
      Arrays.fill(seen, true);
    }
    int[] off = new int[numPreds + 1];
    for (int p = 0; p < numPreds; p++) {
      int n = 0;
      for (int o = 0; o < numOutcomes; o++) {
        n += seen[p * numOutcomes + o] ? 1 : 0;
      }
      off[p + 1] = off[p] + n;
    }
    int[] pairOutcome = new int[off[numPreds]];
    for (int p = 0, k = 0; p < numPreds; p++) {
      for (int o = 0; o < numOutcomes; o++) {
        if (seen[p * numOutcomes + o]) {
          pairOutcome[k++] = o;
        }
      }
    }
    seen = null;

    double[] w = new double[pairOutcome.length];
    double[] g2 = new double[pairOutcome.length]; // AdaGrad: sum of squared gradients per weight
    double[] prob = new double[numOutcomes];
    int[] order = new int[numEvents];
    for (int i = 0; i < numEvents; i++) {
      order[i] = i;
    }
    Random rnd = new Random(seed);
    long total = 0;
    for (int c : counts) {
      total += c;
    }
    // recorded in the model's manifest: how it was trained
    addToReport("AdaGrad-Parameters", String.format(Locale.ROOT,
        "Epochs=%d LearningRate=%s L2=%s L1=%s Seed=%d AllOutcomes=%b", epochs, rate, l2, l1, seed, allOutcomes));
    System.err.printf("AdaGrad: %d events (%d unique), %d predicates, %d outcomes, %d weights; "
        + "epochs %d, rate %s, L2 %s, L1 %s%n", total, numEvents, numPreds, numOutcomes, w.length,
        epochs, rate, l2, l1);

    for (int epoch = 1; epoch <= epochs; epoch++) {
      shuffle(order, rnd);
      double logLik = 0;
      long correct = 0;
      for (int e : order) {
        int[] ctx = contexts[e];
        float[] val = values == null ? null : values[e];
        int y = outcomes[e];
        int cnt = counts[e];
        scores(ctx, val, off, pairOutcome, w, prob);
        int best = softmax(prob);
        logLik += cnt * Math.log(Math.max(prob[y], Double.MIN_NORMAL));
        correct += best == y ? cnt : 0;
        for (int j = 0; j < ctx.length; j++) {
          int p = ctx[j];
          double x = val == null ? 1.0 : val[j];
          double share = cnt / occurrences[p];
          for (int k = off[p]; k < off[p + 1]; k++) {
            int o = pairOutcome[k];
            double g = cnt * (prob[o] - (o == y ? 1.0 : 0.0)) * x + l2 * share * w[k];
            g2[k] += g * g;
            double step = rate / (Math.sqrt(g2[k]) + EPS);
            double v = w[k] - step * g;
            if (l1 > 0) { // proximal (truncated) step: shrink towards zero, never across it
              double shrink = step * l1 * share;
              v = v > shrink ? v - shrink : v < -shrink ? v + shrink : 0.0;
            }
            w[k] = v;
          }
        }
      }
      System.err.printf("AdaGrad: epoch %2d  log-likelihood %.1f  accuracy %.5f%n", epoch, logLik, correct / (double) total);
    }
    return model(predLabels, outcomeLabels, off, pairOutcome, w);
  }

  /** Unnormalised log scores of the outcomes for one event, into {@code out}. */
  private static void scores(int[] ctx, float[] val, int[] off, int[] pairOutcome, double[] w, double[] out) {
    Arrays.fill(out, 0.0);
    for (int j = 0; j < ctx.length; j++) {
      int p = ctx[j];
      double x = val == null ? 1.0 : val[j];
      for (int k = off[p]; k < off[p + 1]; k++) {
        out[pairOutcome[k]] += w[k] * x;
      }
    }
  }

  /** Scores to probabilities in place (max subtracted against overflow); returns the argmax. */
  private static int softmax(double[] s) {
    int best = 0;
    for (int o = 1; o < s.length; o++) {
      if (s[o] > s[best]) {
        best = o;
      }
    }
    double max = s[best];
    double sum = 0;
    for (int o = 0; o < s.length; o++) {
      s[o] = Math.exp(s[o] - max);
      sum += s[o];
    }
    for (int o = 0; o < s.length; o++) {
      s[o] /= sum;
    }
    return best;
  }

  /** Fisher-Yates, from the given generator (deterministic for a fixed seed); also used by {@link CrfTrainer}. */
  static void shuffle(int[] a, Random rnd) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = rnd.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** The weights as a GIS model; zero weights (from L1) and predicates left without any are dropped. */
  private static GISModel model(String[] predLabels, String[] outcomeLabels, int[] off, int[] pairOutcome, double[] w) {
    List<Context> params = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int p = 0; p < predLabels.length; p++) {
      int n = 0;
      for (int k = off[p]; k < off[p + 1]; k++) {
        n += w[k] != 0.0 ? 1 : 0;
      }
      if (n == 0) {
        continue;
      }
      int[] outs = new int[n];
      double[] ws = new double[n];
      for (int k = off[p], i = 0; k < off[p + 1]; k++) {
        if (w[k] != 0.0) {
          outs[i] = pairOutcome[k];
          ws[i++] = w[k];
        }
      }
      params.add(new Context(outs, ws));
      labels.add(predLabels[p]);
    }
    return new GISModel(params.toArray(new Context[0]), labels.toArray(new String[0]), outcomeLabels);
  }

  /** A double parameter that may have been given as an integer ("L2=1"). */
  private double number(String key, double dflt) {
    try {
      return trainingParameters.getDoubleParameter(key, dflt);
    } catch (ClassCastException e) {
      return trainingParameters.getIntParameter(key, (int) dflt);
    }
  }
}
