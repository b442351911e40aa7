package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Random;
import org.junit.Test;

/** Viterbi and forward-backward against brute force over every label sequence of a short sentence. */
public class CrfLatticeTest {
  private static final int N = 4;
  private static final int L = 3;

  private final Random rnd = new Random(7);
  private final double[] e = random(N * L);
  private double[] trans = random(L * L);
  private final double[] start = random(L);
  private final double[] end = random(L);

  {
    trans[2 * L + 1] = Double.NEGATIVE_INFINITY; // a forbidden pair, as BIO forbids "other" -> "cont"
    start[1] = Double.NEGATIVE_INFINITY;
  }

  @Test
  public void viterbiFindsTheBestSequence() {
    checkViterbi();
  }

  @Test
  public void forwardBackwardGiveTheNormaliserAndTheMarginals() {
    checkForwardBackward();
  }

  @Test
  public void transitionsMayDependOnThePosition() {
    trans = random(N * L * L); // one block of label pairs per position (edge features); block 0 unused
    for (int t = 0; t < N; t++) {
      trans[t * L * L + 2 * L + 1] = Double.NEGATIVE_INFINITY;
    }
    checkViterbi();
    checkForwardBackward();
  }

  private void checkViterbi() {
    int[] best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (int[] y : allSequences()) {
      double s = score(y);
      if (s > bestScore) {
        bestScore = s;
        best = y;
      }
    }
    assertArrayEquals(best, CrfLattice.viterbi(N, L, e, trans, start, end));
  }

  private void checkForwardBackward() {
    double z = 0;
    double[] marginal = new double[N * L];
    for (int[] y : allSequences()) {
      double p = Math.exp(score(y));
      z += p;
      for (int t = 0; t < N; t++) {
        marginal[t * L + y[t]] += p;
      }
    }
    double[] alpha = new double[N * L];
    double[] beta = new double[N * L];
    double logZ = CrfLattice.forward(N, L, e, trans, start, end, alpha);
    CrfLattice.backward(N, L, e, trans, end, beta);
    assertEquals(Math.log(z), logZ, 1e-9);
    for (int i = 0; i < N * L; i++) {
      assertEquals(marginal[i] / z, Math.exp(alpha[i] + beta[i] - logZ), 1e-9);
    }
    assertEquals(0.0, Math.exp(alpha[1] + beta[1] - logZ), 0.0); // label 1 cannot start
  }

  private double score(int[] y) {
    double s = start[y[0]] + end[y[N - 1]];
    for (int t = 0; t < N; t++) {
      int block = trans.length == L * L ? 0 : t * L * L;
      s += e[t * L + y[t]] + (t > 0 ? trans[block + y[t - 1] * L + y[t]] : 0);
    }
    return s;
  }

  private static int[][] allSequences() {
    int count = (int) Math.pow(L, N);
    int[][] out = new int[count][N];
    for (int c = 0; c < count; c++) {
      for (int t = 0, v = c; t < N; t++, v /= L) {
        out[c][t] = v % L;
      }
    }
    return out;
  }

  private double[] random(int n) {
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      a[i] = rnd.nextGaussian();
    }
    return a;
  }
}
