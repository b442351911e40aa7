package org.newsgraph.actors;

import org.newsgraph.io.SchemaCoders;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
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
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.io.Article;
import org.newsgraph.io.Reject;
import org.newsgraph.ner.EntityTagger;
import org.newsgraph.ner.NerModels;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.ArticleRecord;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.PerJvm;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;
import org.newsgraph.output.StageTimes;

/**
 * Sentences, tokens, names and folded actor mentions for each article, in one step so the text is
 * tokenized once and never shuffled. An article that fails here is a reject, not a failed job.
 */
public final class FindActors
    extends PTransform<PCollection<KV<Article, String>>, PCollectionTuple> {
  public static final TupleTag<AnalyzedArticle> ANALYZED = new TupleTag<AnalyzedArticle>() {};
  public static final TupleTag<Reject> FAILED = new TupleTag<Reject>() {};

  /** Which dictionary and name-finder model to use; the key of the per-JVM resources. */
  public static final class Config implements Serializable {
    final List<String> actorFiles;
    final boolean replaceActors;
    /** Empty: the shipped model; {@code none}: dictionary only; else a model file. */
    final String nerModel;

    public Config(List<String> actorFiles, boolean replaceActors, String nerModel) {
      this.actorFiles = List.copyOf(actorFiles);
      this.replaceActors = replaceActors;
      this.nerModel = nerModel;
    }

    boolean usesModel() {
      return !"none".equals(nerModel);
    }

    MentionFinder mentionFinder() {
      return MentionFinder.shared(actorFiles, replaceActors);
    }

    TokenNameFinderModel nerModel() {
      return PerJvm.get(
          "ner-model:" + nerModel,
          () -> nerModel.isEmpty() ? NerModels.shipped() : NerModels.load(Path.of(nerModel)));
    }
  }

  private final Config config;

  public FindActors(Config config) {
    this.config = config;
  }

  @Override
  public PCollectionTuple expand(PCollection<KV<Article, String>> articles) {
    PCollectionTuple out =
        articles.apply(ParDo.of(new FindActorsFn(config)).withOutputTags(ANALYZED, TupleTagList.of(FAILED)));
    out.get(ANALYZED).setCoder(SchemaCoders.of(articles.getPipeline(), AnalyzedArticle.class));
    out.get(FAILED).setCoder(SchemaCoders.of(articles.getPipeline(), Reject.class));
    return out;
  }

  static final class FindActorsFn extends DoFn<KV<Article, String>, AnalyzedArticle> {
    private final Config config;
    private final Counter accepted = Metrics.counter("newsgraph", "articles_accepted");
    private final Counter failed = Metrics.counter("newsgraph", "analysis_rejects");
    private final Counter mentions = Metrics.counter("newsgraph", "mentions");
    private final Counter tokens = Metrics.counter("newsgraph", "tokens");
    private final Counter nlpNanos = StageTimes.counter(StageTimes.NLP);
    private final Counter actorsNanos = StageTimes.counter(StageTimes.ACTORS);

    // OpenNLP tools keep state: one per DoFn instance; the models under them are shared per JVM.
    private transient TextAnalyzer analyzer;
    private transient @Nullable EntityTagger tagger;
    private transient MentionFinder finder;

    FindActorsFn(Config config) {
      this.config = config;
    }

    @Setup
    public void setup() {
      analyzer = new TextAnalyzer();
      tagger = config.usesModel() ? new EntityTagger(config.nerModel()) : null;
      finder = config.mentionFinder();
    }

    @ProcessElement
    public void process(@Element KV<Article, String> element, MultiOutputReceiver out) {
      Article a = element.getKey();
      try {
        long started = StageTimes.now();
        List<Sentence> sentences = analyzer.analyze(a.text);
        List<NameSpan> names = tagger == null ? List.of() : tagger.tag(sentences);
        long analyzed = StageTimes.now();
        nlpNanos.inc(analyzed - started);
        List<Mention> found = finder.find(a.articleId, a.date, a.text, sentences, names);
        actorsNanos.inc(StageTimes.now() - analyzed);
        int tokenCount = 0;
        for (Sentence s : sentences) {
          tokenCount += s.size();
        }
        accepted.inc();
        mentions.inc(found.size());
        tokens.inc(tokenCount);
        out.get(ANALYZED)
            .output(
                new AnalyzedArticle(
                    ArticleRecord.of(a, element.getValue(), sentences.size(), tokenCount), found));
      } catch (RuntimeException e) {
        failed.inc();
        out.get(FAILED)
            .output(new Reject(a.input, a.position, "analyze", "analysis failed: " + e));
      }
    }
  }
}
