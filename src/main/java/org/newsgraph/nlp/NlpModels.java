package org.newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The OpenNLP models from Maven Central, each loaded once per JVM on first use and then shared.
 *
 * <p>Models are immutable and thread-safe; the {@code *ME} tools built on them are not, so every
 * user (one per {@code DoFn} instance) makes its own tool from these shared models.
 */
public final class NlpModels {
  static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
  static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
  static final String LANGUAGE_MODEL = "/langdetect-183.bin";

  private NlpModels() {}

  // Holder classes: the JVM loads each model lazily and exactly once, without locks on the hot path.
  private static final class Sentences {
    static final SentenceModel MODEL = load(SENTENCE_MODEL, SentenceModel::new);
  }

  private static final class Tokens {
    static final TokenizerModel MODEL = keepingAlphanumericWords(load(TOKEN_MODEL, TokenizerModel::new));
  }

  /**
   * The same tokenizer, keeping a word of ASCII letters and digits whole without asking its model. The shipped model
   * asks its maxent model about every inner character of every word ("government": nine questions), which was a tenth
   * of the job's language work; OpenNLP's alphanumeric shortcut skips the words it would not split anyway.
   */
  static TokenizerModel keepingAlphanumericWords(TokenizerModel m) {
    TokenizerFactory f = m.getFactory();
    return new TokenizerModel(m.getMaxentModel(), Map.of(),
        new TokenizerFactory(f.getLanguageCode(), f.getAbbreviationDictionary(), true, f.getAlphaNumericPattern()));
  }

  private static final class Languages {
    static final LanguageDetectorModel MODEL = load(LANGUAGE_MODEL, LanguageDetectorModel::new);
    static final LanguageDetector DETECTOR = new LanguageDetector(MODEL);
  }

  public static SentenceModel sentences() {
    return Sentences.MODEL;
  }

  public static TokenizerModel tokens() {
    return Tokens.MODEL;
  }

  public static LanguageDetectorModel languages() {
    return Languages.MODEL;
  }

  /** The language detector on {@link #languages()}, shared (it is thread-safe). */
  public static LanguageDetector languageDetector() {
    return Languages.DETECTOR;
  }

  interface ModelReader<T> {
    T read(InputStream in) throws IOException;
  }

  static <T> T load(String resource, ModelReader<T> reader) {
    try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
      }
      return reader.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
    }
  }
}
