package org.newsgraph.ner;

/**
 * The label lattice of one sentence under a first-order linear-chain CRF: Viterbi decoding and
 * forward-backward marginals, in log space. Scores are emission scores {@code e[t*L+y]}, transition
 * scores {@code trans[p*L+y]} (the same at every position) or {@code trans[t*L*L+p*L+y]} (the pair of
 * positions t-1 and t, when transitions depend on the tokens; block 0 unused), and start / end scores
 * per label; a transition, start or end that the label scheme forbids (BIO: "PER-cont" after "other")
 * is {@link Double#NEGATIVE_INFINITY}.
 * Shared by {@link CrfTrainer} (marginals for the gradient) and {@link CrfModel} (decoding).
 */
final class CrfLattice {
  private CrfLattice() {}

  /** Where the transition scores into position t start in {@code trans}. */
  static int offset(double[] trans, int t, int labels) {
    return trans.length == labels * labels ? 0 : t * labels * labels;
  }

  /** The highest-scoring label sequence of {@code n} tokens. */
  static int[] viterbi(int n, int labels, double[] e, double[] trans, double[] start, double[] end) {
    int[] back = new int[n * labels];
    double[] cur = new double[labels];
    double[] next = new double[labels];
    for (int y = 0; y < labels; y++) {
      cur[y] = start[y] + e[y];
    }
    for (int t = 1; t < n; t++) {
      int off = offset(trans, t, labels);
      for (int y = 0; y < labels; y++) {
        double best = Double.NEGATIVE_INFINITY;
        int arg = 0;
        for (int p = 0; p < labels; p++) {
          double s = cur[p] + trans[off + p * labels + y];
          if (s > best) {
            best = s;
            arg = p;
          }
        }
        next[y] = best + e[t * labels + y];
        back[t * labels + y] = arg;
      }
      double[] swap = cur;
      cur = next;
      next = swap;
    }
    int last = 0;
    double best = Double.NEGATIVE_INFINITY;
    for (int y = 0; y < labels; y++) {
      double s = cur[y] + end[y];
      if (s > best) {
        best = s;
        last = y;
      }
    }
    int[] path = new int[n];
    path[n - 1] = last;
    for (int t = n - 1; t > 0; t--) {
      path[t - 1] = back[t * labels + path[t]];
    }
    return path;
  }

  /**
   * Forward scores {@code alpha[t*L+y]} (log of the summed scores of all prefixes ending in y at t,
   * emission at t included); returns log Z, the log of the summed scores of all sequences.
   */
  static double forward(int n, int labels, double[] e, double[] trans, double[] start, double[] end, double[] alpha) {
    double[] tmp = new double[labels];
    for (int y = 0; y < labels; y++) {
      alpha[y] = start[y] + e[y];
    }
    for (int t = 1; t < n; t++) {
      int off = offset(trans, t, labels);
      for (int y = 0; y < labels; y++) {
        for (int p = 0; p < labels; p++) {
          tmp[p] = alpha[(t - 1) * labels + p] + trans[off + p * labels + y];
        }
        alpha[t * labels + y] = logSumExp(tmp) + e[t * labels + y];
      }
    }
    for (int y = 0; y < labels; y++) {
      tmp[y] = alpha[(n - 1) * labels + y] + end[y];
    }
    return logSumExp(tmp);
  }

  /** Backward scores {@code beta[t*L+y]}: log of the summed scores of all suffixes after y at t. */
  static void backward(int n, int labels, double[] e, double[] trans, double[] end, double[] beta) {
    double[] tmp = new double[labels];
    System.arraycopy(end, 0, beta, (n - 1) * labels, labels);
    for (int t = n - 2; t >= 0; t--) {
      int off = offset(trans, t + 1, labels);
      for (int p = 0; p < labels; p++) {
        for (int y = 0; y < labels; y++) {
          tmp[y] = trans[off + p * labels + y] + e[(t + 1) * labels + y] + beta[(t + 1) * labels + y];
        }
        beta[t * labels + p] = logSumExp(tmp);
      }
    }
  }

  static double logSumExp(double[] v) {
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      max = Math.max(max, x);
    }
    if (max == Double.NEGATIVE_INFINITY) {
      return max;
    }
    double sum = 0;
    for (double x : v) {
      sum += Math.exp(x - max);
    }
    return max + Math.log(sum);
  }
}
