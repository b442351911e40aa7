package org.newsgraph.nlp;

import org.newsgraph.io.SchemaCoders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.KvCoder;
import java.util.Set;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.newsgraph.io.Article;
import org.newsgraph.io.Reject;

/**
 * Sets aside articles that are not in one of the accepted languages (reason {@code language=xx}).
 * The models are English, so running them on French text would only invent actors.
 */
public final class CheckLanguage extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<KV<Article, String>> ACCEPTED = new TupleTag<KV<Article, String>>() {};
  public static final TupleTag<Reject> REJECTED = new TupleTag<Reject>() {};

  private final Set<String> accepted;

  public CheckLanguage(Set<String> acceptedTwoLetterCodes) {
    this.accepted = Set.copyOf(acceptedTwoLetterCodes);
  }

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out =
        articles.apply(ParDo.of(new DetectFn(accepted)).withOutputTags(ACCEPTED, TupleTagList.of(REJECTED)));
    out.get(ACCEPTED)
        .setCoder(KvCoder.of(SchemaCoders.of(articles.getPipeline(), Article.class), StringUtf8Coder.of()));
    out.get(REJECTED).setCoder(SchemaCoders.of(articles.getPipeline(), Reject.class));
    return out;
  }

  static final class DetectFn extends DoFn<Article, KV<Article, String>> {
    /** Enough text to be sure of a language; more only costs time. */
    static final int SAMPLE_CHARS = 2000;

    private final Set<String> accepted;
    private final Counter rejected = Metrics.counter("newsgraph", "language_rejects");
    private final Counter nlpNanos = org.newsgraph.output.StageTimes.counter(org.newsgraph.output.StageTimes.NLP);
    private transient LanguageDetector detector;

    DetectFn(Set<String> accepted) {
      this.accepted = accepted;
    }

    @Setup
    public void setup() {
      detector = NlpModels.languageDetector();
    }

    @ProcessElement
    public void process(@Element Article a, MultiOutputReceiver out) {
      long started = org.newsgraph.output.StageTimes.now();
      String language = detect(detector, a.text);
      nlpNanos.inc(org.newsgraph.output.StageTimes.now() - started);
      if (accepted.contains(language)) {
        out.get(ACCEPTED).output(KV.of(a, language));
      } else {
        rejected.inc();
        out.get(REJECTED).output(new Reject(a.input, a.position, "language", "language=" + language));
      }
    }
  }

  /** The two-letter code of the text's language, from its first {@code SAMPLE_CHARS} characters. */
  public static String detect(LanguageDetector detector, String text) {
    String sample = text.length() > DetectFn.SAMPLE_CHARS ? text.substring(0, DetectFn.SAMPLE_CHARS) : text;
    return Languages.twoLetter(detector.language(sample));
  }
}
