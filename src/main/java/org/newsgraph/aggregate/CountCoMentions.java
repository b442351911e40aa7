package org.newsgraph.aggregate;

import org.newsgraph.io.SchemaCoders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.DoFn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.output.StageTimes;

/** Per date and pair of actors: shared sentences and shared articles ({@code comention_daily}). */
public final class CountCoMentions
    extends PTransform<PCollection<AnalyzedArticle>, PCollection<CoMentionDaily>> {

  private static final char SEP = CountActors.SEP;

  @Override
  public PCollection<CoMentionDaily> expand(PCollection<AnalyzedArticle> articles) {
    return articles
        .apply("PairsPerArticle", ParDo.of(new PairsPerArticle()))
        .setCoder(
            KvCoder.of(
                VarIntCoder.of(),
                KvCoder.of(StringUtf8Coder.of(), SchemaCoders.of(articles.getPipeline(), PairTally.class))))
        .apply("SumPerDateAndPair", new SumInState<>(new MergeByKey<PairTally>(PairTally::merge)))
        .apply(
            "ToRows",
            FlatMapElements.into(TypeDescriptor.of(CoMentionDaily.class))
                .via(
                    (KV<Integer, Map<String, PairTally>> kv) -> {
                      List<CoMentionDaily> rows = new ArrayList<>(kv.getValue().size());
                      kv.getValue().forEach((k, t) -> {
                        String[] key = k.split(String.valueOf(SEP), 3);
                        rows.add(new CoMentionDaily(
                            key[0], key[1], t.actorA, key[2], t.actorB, t.sentences, t.articles));
                      });
                      return rows;
                    }));
  }

  /** One tally per pair of actors in the article; summed within the bundle ({@link BundleSums}). */
  static final class PairsPerArticle extends DoFn<AnalyzedArticle, KV<Integer, KV<String, PairTally>>> {
    private final Counter nanos = StageTimes.counter(StageTimes.AGGREGATE);
    private transient BundleSums<PairTally> bundle;

    @StartBundle
    public void startBundle() {
      bundle = new BundleSums<>(PairTally::merge);
    }

    @ProcessElement
    public void process(@Element AnalyzedArticle a) {
      long started = StageTimes.now();
      for (CoMentions.Pair p : CoMentions.of(a.mentions)) {
        bundle.add(
            a.article.date + SEP + p.actorIdA + SEP + p.actorIdB,
            new PairTally(p.actorA, p.actorB, p.sentences, 1));
      }
      nanos.inc(StageTimes.now() - started);
    }

    @FinishBundle
    public void finishBundle(FinishBundleContext c) {
      long started = StageTimes.now();
      bundle.flushTo(c);
      nanos.inc(StageTimes.now() - started);
    }
  }
}
