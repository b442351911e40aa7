package org.newsgraph.nlp;

import java.util.LinkedHashSet;
import java.util.Set;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.normalizer.AggregateCharSequenceNormalizer;
import opennlp.tools.util.normalizer.CharSequenceNormalizer;
import opennlp.tools.util.normalizer.EmojiCharSequenceNormalizer;
import opennlp.tools.util.normalizer.NumberCharSequenceNormalizer;
import opennlp.tools.util.normalizer.ShrinkCharSequenceNormalizer;
import opennlp.tools.util.normalizer.TwitterCharSequenceNormalizer;
import opennlp.tools.util.normalizer.UrlCharSequenceNormalizer;

/**
 * The language of a text by OpenNLP's language-detector model, asked what {@link LanguageDetectorME} asks it: the
 * text normalised as its default factory normalises it (emoji, URLs, Twitter handles, numbers, repeated characters),
 * lower-cased, and the set of its distinct character 1- to 3-grams, each counted once.
 *
 * <p>Why not {@code LanguageDetectorME} itself: it keys its n-gram counts by {@code CharBuffer}s, whose hash codes
 * collide so often that its maps turn into trees; detection was a fifth of the job's CPU time, as much as the name
 * finder. Here the n-grams are {@code String}s in a set. The model sums its weights over the n-grams in another order,
 * so a probability can differ in its last bits, never the language it ranks first (but for exact ties, which it
 * breaks the same way: the first language in the model's order). Thread-safe; one per JVM.
 */
public final class LanguageDetector {
  private static final CharSequenceNormalizer NORMALIZER = new AggregateCharSequenceNormalizer(
      EmojiCharSequenceNormalizer.getInstance(), UrlCharSequenceNormalizer.getInstance(),
      TwitterCharSequenceNormalizer.getInstance(), NumberCharSequenceNormalizer.getInstance(),
      ShrinkCharSequenceNormalizer.getInstance());
  private static final int MAX_GRAM = 3;

  private final MaxentModel model;

  public LanguageDetector(LanguageDetectorModel model) {
    this.model = model.getMaxentModel();
  }

  /** The ISO 639-3 code ({@code eng}) of the language the model ranks first for {@code text}. */
  public String language(CharSequence text) {
    String lower = StringUtil.toLowerCaseCharBuffer(NORMALIZER.normalize(text)).toString(); // as NGramCharModel does
    Set<String> grams = new LinkedHashSet<>(); // insertion order: the same sums on every run
    for (int length = 1; length <= MAX_GRAM; length++) {
      for (int i = 0; i + length <= lower.length(); i++) {
        grams.add(lower.substring(i, i + length));
      }
    }
    String[] context = grams.toArray(new String[0]);
    double[] p = model.eval(context); // each n-gram counted once, as LanguageDetectorME counts it
    int best = 0;
    for (int o = 1; o < p.length; o++) {
      if (p[o] > p[best]) {
        best = o;
      }
    }
    return model.getOutcome(best);
  }
}
