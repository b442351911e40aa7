package org.newsgraph.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameFinderSequenceValidator;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

/**
 * A first-order linear-chain CRF over the name finder's labels ("PER-start", "PER-cont", "other",
 * ...), used by OpenNLP's {@code NameFinderME} in place of maxent + beam search. The features are the
 * model's own feature template (the context generator OpenNLP passes in, asked without previous
 * decisions); every feature has a weight per label, and label pairs have transition weights.
 * Decoding is exact (Viterbi), restricted to the label sequences the codec's validator allows;
 * the probability of each chosen label is its forward-backward marginal, so span probabilities
 * mean what they mean for maxent. Features named with one of the model's edge prefixes (trainer
 * {@code EdgeFeatures}) also weigh the label pair of the step into their token, so transitions
 * depend on the tokens. Stored as the model's {@code nameFinder.model} entry with its own
 * serializer; immutable and thread-safe.
 */
public final class CrfModel implements SequenceClassificationModel, SerializableArtifact {
  private static final int MAGIC = 0x43524631; // "CRF1": no edge features
  private static final int MAGIC_EDGES = 0x43524632; // "CRF2": then the edge prefixes, features and weights

  private final String[] outcomes;
  private final StringIndex index;
  private final float[] weights; // feature-major: weights[f * labels + y]
  private final double[] trans; // trans[p * labels + y]
  private final double[] start;
  private final double[] end;
  private final String[] edgePrefixes;
  private final StringIndex edgeIndex;
  private final float[] edgeWeights; // edgeWeights[f * labels * labels + p * labels + y]
  // allowed starts and transitions under OpenNLP's name-finder validator, for sentences of 1 and of more tokens
  private volatile double[][][] labelsOnly;

  /** {@code features}: the features' names by id. */
  CrfModel(String[] outcomes, String[] features, float[] weights, double[] trans, double[] start, double[] end) {
    this(outcomes, features, weights, trans, start, end, new String[0], new String[0], new float[0]);
  }

  CrfModel(String[] outcomes, String[] features, float[] weights, double[] trans, double[] start, double[] end,
      String[] edgePrefixes, String[] edgeFeatures, float[] edgeWeights) {
    this.outcomes = outcomes;
    this.edgePrefixes = edgePrefixes;
    this.edgeIndex = new StringIndex(edgeFeatures);
    this.edgeWeights = edgeWeights;
    this.index = new StringIndex(features);
    this.weights = weights;
    this.trans = trans;
    this.start = start;
    this.end = end;
    if (weights.length != index.size() * outcomes.length || trans.length != outcomes.length * outcomes.length
        || edgeWeights.length != edgeIndex.size() * trans.length) {
      throw new IllegalArgumentException("CRF weights do not match its features and labels");
    }
  }

  /** Whether a feature of the template also weighs label pairs (its name starts with a prefix and "="). */
  static boolean isEdgeFeature(String feature, String[] prefixes) {
    for (String p : prefixes) {
      if (feature.length() > p.length() && feature.charAt(p.length()) == '=' && feature.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The number of features that also weigh label pairs (0: transitions are the same at every position). */
  int edgeFeatures() {
    return edgeIndex.size();
  }

  @Override
  public String[] getOutcomes() {
    return outcomes.clone();
  }

  @Override
  public <T> Sequence bestSequence(T[] tokens, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
      SequenceValidator<T> validator) {
    int n = tokens.length;
    int labels = outcomes.length;
    if (n == 0) {
      return new Sequence();
    }
    double[] e = new double[n * labels];
    int pairs = labels * labels;
    double[] edges = edgeIndex.size() == 0 ? null : new double[n * pairs]; // edge-feature scores per position
    for (int t = 0; t < n; t++) {
      for (String f : cg.getContext(t, tokens, null, additionalContext)) {
        addWeights(f, e, t * labels);
        if (edges != null && t > 0 && isEdgeFeature(f, edgePrefixes)) {
          int eid = edgeIndex.get(f);
          if (eid >= 0) {
            for (int i = 0; i < pairs; i++) {
              edges[t * pairs + i] += edgeWeights[eid * pairs + i];
            }
          }
        }
      }
    }
    return decode(tokens, e, edges, validator);
  }

  /** The number of labels: a sentence's emission scores are {@code e[t * labels() + y]}. */
  int labels() {
    return outcomes.length;
  }

  /** Adds a feature's weight for each label to {@code into[at .. at + labels())}; an unknown feature weighs nothing. */
  void addWeights(String feature, double[] into, int at) {
    int id = index.get(feature);
    if (id >= 0) {
      int base = id * outcomes.length;
      for (int y = 0; y < outcomes.length; y++) {
        into[at + y] += weights[base + y];
      }
    }
  }

  /**
   * The best labels of a sentence whose emission scores the caller summed ({@link #addWeights}), with each label's
   * marginal probability. Only for a model without edge features: their scores come from the feature names.
   */
  <T> Sequence decode(T[] tokens, double[] e, SequenceValidator<T> validator) {
    if (edgeIndex.size() > 0) {
      throw new IllegalStateException("a CRF with edge features decodes from its features, not from emission scores");
    }
    return tokens.length == 0 ? new Sequence() : decode(tokens, e, null, validator);
  }

  private <T> Sequence decode(T[] tokens, double[] e, double[] edges, SequenceValidator<T> validator) {
    int n = tokens.length;
    int labels = outcomes.length;
    int pairs = labels * labels;
    double[][] allowed = allowed(tokens, validator);
    double[] st = allowed[0];
    double[] tr = allowed[1];
    if (edges != null) {
      for (int t = 1; t < n; t++) {
        for (int i = 0; i < pairs; i++) {
          edges[t * pairs + i] += tr[i];
        }
      }
      tr = edges;
    }
    int[] path = CrfLattice.viterbi(n, labels, e, tr, st, end);
    double[] alpha = new double[n * labels];
    double[] beta = new double[n * labels];
    double logZ = CrfLattice.forward(n, labels, e, tr, st, end, alpha);
    CrfLattice.backward(n, labels, e, tr, end, beta);
    Sequence seq = new Sequence();
    for (int t = 0; t < n; t++) {
      int y = path[t];
      seq.add(outcomes[y], Math.exp(alpha[t * labels + y] + beta[t * labels + y] - logZ));
    }
    return seq;
  }

  /**
   * The start and transition weights with what the validator rejects forbidden. OpenNLP's name-finder validator
   * looks at the labels only, so its answer is kept (per sentence length: 1 or more); asking it 56 questions per
   * sentence, each a regular expression, was 5% of the tagging time. The arrays returned are never written to.
   */
  private <T> double[][] allowed(T[] tokens, SequenceValidator<T> validator) {
    if (validator == null || validator.getClass() != NameFinderSequenceValidator.class) {
      double[] st = start.clone();
      double[] tr = trans.clone();
      restrict(tokens, validator, st, tr);
      return new double[][] {st, tr};
    }
    double[][][] known = labelsOnly;
    if (known == null) {
      known = new double[2][][];
      for (int n = 1; n <= 2; n++) {
        double[] st = start.clone();
        double[] tr = trans.clone();
        @SuppressWarnings("unchecked") // the name-finder validator's type is String
        SequenceValidator<String> labelsValidator = (SequenceValidator<String>) (SequenceValidator<?>) validator;
        restrict(new String[n], labelsValidator, st, tr);
        known[n - 1] = new double[][] {st, tr};
      }
      labelsOnly = known; // racing threads compute the same arrays
    }
    return known[Math.min(tokens.length, 2) - 1];
  }

  /** Forbids (minus infinity) the starts and label pairs the validator rejects. */
  private <T> void restrict(T[] tokens, SequenceValidator<T> validator, double[] st, double[] tr) {
    if (validator == null) {
      return;
    }
    int labels = outcomes.length;
    String[] none = new String[0];
    String[] prev = new String[1];
    for (int y = 0; y < labels; y++) {
      if (!validator.validSequence(0, tokens, none, outcomes[y])) {
        st[y] = Double.NEGATIVE_INFINITY;
      }
      for (int p = 0; p < labels; p++) {
        prev[0] = outcomes[p];
        if (tokens.length > 1 && !validator.validSequence(1, tokens, prev, outcomes[y])) {
          tr[p * labels + y] = Double.NEGATIVE_INFINITY;
        }
      }
    }
  }

  /** The single best sequence: a CRF decoded by Viterbi has no beam of alternatives to offer. */
  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] tokens, Object[] additionalContext, double minSequenceScore,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return numSequences < 1 ? new Sequence[0] : new Sequence[] {bestSequence(tokens, additionalContext, cg, validator)};
  }

  @Override
  public <T> Sequence[] bestSequences(int numSequences, T[] tokens, Object[] additionalContext,
      BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
    return bestSequences(numSequences, tokens, additionalContext, Double.NEGATIVE_INFINITY, cg, validator);
  }

  @Override
  public Class<?> getArtifactSerializerClass() {
    return Serializer.class;
  }

  /** Binary form: labels, transitions, features with their weights. Never closes the model's zip stream. */
  public static final class Serializer implements ArtifactSerializer<CrfModel> {
    @Override
    public CrfModel create(InputStream in) throws IOException {
      DataInputStream d = new DataInputStream(new BufferedInputStream(in, 1 << 16)); // ends with the entry
      int magic = d.readInt();
      if (magic != MAGIC && magic != MAGIC_EDGES) {
        throw new IOException("not a newsgraph CRF name-finder entry");
      }
      int labels = d.readInt();
      String[] outcomes = new String[labels];
      for (int y = 0; y < labels; y++) {
        outcomes[y] = d.readUTF();
      }
      double[] trans = readDoubles(d, labels * labels);
      double[] start = readDoubles(d, labels);
      double[] end = readDoubles(d, labels);
      String[] index = readNames(d);
      float[] weights = new float[index.length * labels];
      for (int i = 0; i < weights.length; i++) {
        weights[i] = d.readFloat();
      }
      if (magic == MAGIC) {
        return new CrfModel(outcomes, index, weights, trans, start, end);
      }
      String[] prefixes = new String[d.readInt()];
      for (int i = 0; i < prefixes.length; i++) {
        prefixes[i] = d.readUTF();
      }
      String[] edgeIndex = readNames(d);
      float[] edgeWeights = new float[edgeIndex.length * labels * labels];
      for (int i = 0; i < edgeWeights.length; i++) {
        edgeWeights[i] = d.readFloat();
      }
      return new CrfModel(outcomes, index, weights, trans, start, end, prefixes, edgeIndex, edgeWeights);
    }

    @Override
    public void serialize(CrfModel m, OutputStream out) throws IOException {
      DataOutputStream d = new DataOutputStream(new BufferedOutputStream(out, 1 << 16));
      boolean edged = m.edgeIndex.size() > 0;
      d.writeInt(edged ? MAGIC_EDGES : MAGIC);
      d.writeInt(m.outcomes.length);
      for (String o : m.outcomes) {
        d.writeUTF(o);
      }
      writeDoubles(d, m.trans);
      writeDoubles(d, m.start);
      writeDoubles(d, m.end);
      writeNames(d, m.index);
      for (float w : m.weights) {
        d.writeFloat(w);
      }
      if (edged) {
        d.writeInt(m.edgePrefixes.length);
        for (String p : m.edgePrefixes) {
          d.writeUTF(p);
        }
        writeNames(d, m.edgeIndex);
        for (float w : m.edgeWeights) {
          d.writeFloat(w);
        }
      }
      d.flush();
    }

    /** Feature names in id order, after their number. */
    private static void writeNames(DataOutputStream d, StringIndex index) throws IOException {
      d.writeInt(index.size());
      for (int f = 0; f < index.size(); f++) {
        d.writeUTF(index.name(f));
      }
    }

    private static String[] readNames(DataInputStream d) throws IOException {
      String[] names = new String[d.readInt()];
      for (int f = 0; f < names.length; f++) {
        names[f] = d.readUTF();
      }
      return names;
    }

    private static double[] readDoubles(DataInputStream d, int n) throws IOException {
      double[] a = new double[n];
      for (int i = 0; i < n; i++) {
        a[i] = d.readDouble();
      }
      return a;
    }

    private static void writeDoubles(DataOutputStream d, double[] a) throws IOException {
      for (double x : a) {
        d.writeDouble(x);
      }
    }
  }
}
