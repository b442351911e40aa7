package org.newsgraph.aggregate;

import org.newsgraph.io.SchemaCoders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.KvCoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.FlatMapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsgraph.actors.Mention;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.output.StageTimes;

/** Per date and actor: mentions, articles and distinct sources ({@code actor_daily}). */
public final class CountActors
    extends PTransform<PCollection<AnalyzedArticle>, PCollection<ActorDaily>> {

  static final char SEP = '\u0001';

  /** Groups of dates the tallies are summed in (see {@link MergeByKey}). */
  static final int DATE_GROUPS = 8;

  @Override
  public PCollection<ActorDaily> expand(PCollection<AnalyzedArticle> articles) {
    return articles
        .apply("TallyPerArticle", ParDo.of(new TallyPerArticle()))
        .setCoder(
            KvCoder.of(
                VarIntCoder.of(),
                KvCoder.of(StringUtf8Coder.of(), SchemaCoders.of(articles.getPipeline(), ActorTally.class))))
        .apply("SumPerDateAndActor", new SumInState<>(new MergeByKey<ActorTally>(ActorTally::merge)))
        .apply(
            "ToRows",
            FlatMapElements.into(TypeDescriptor.of(ActorDaily.class))
                .via(
                    (KV<Integer, Map<String, ActorTally>> kv) -> {
                      List<ActorDaily> rows = new ArrayList<>(kv.getValue().size());
                      kv.getValue().forEach((k, t) -> {
                        String[] key = k.split(String.valueOf(SEP), 2);
                        rows.add(new ActorDaily(
                            key[0], key[1], t.actor, t.actorType, t.mentions, t.articles, t.sources.size()));
                      });
                      return rows;
                    }));
  }

  /** Which of {@link #DATE_GROUPS} groups a date belongs to. */
  public static int dateGroup(String date) {
    return Math.floorMod(date.hashCode(), DATE_GROUPS);
  }

  /**
   * One tally per actor with counted mentions in the article, keyed by date and actor id; summed
   * within the bundle ({@link BundleSums}) and emitted when it ends.
   */
  static final class TallyPerArticle extends DoFn<AnalyzedArticle, KV<Integer, KV<String, ActorTally>>> {
    private final Counter nanos = StageTimes.counter(StageTimes.AGGREGATE);
    private transient BundleSums<ActorTally> bundle;

    @StartBundle
    public void startBundle() {
      bundle = new BundleSums<>(ActorTally::merge);
    }

    @ProcessElement
    public void process(@Element AnalyzedArticle a) {
      long started = StageTimes.now();
      Map<String, Mention> first = new HashMap<>();
      Map<String, Long> counts = new HashMap<>();
      for (Mention m : a.mentions) {
        if (m.counts()) {
          first.putIfAbsent(m.actorId, m);
          counts.merge(m.actorId, 1L, Long::sum);
        }
      }
      List<String> sources =
          a.article.source == null ? Collections.emptyList() : List.of(a.article.source);
      for (Map.Entry<String, Long> e : counts.entrySet()) {
        Mention m = first.get(e.getKey());
        bundle.add(
            a.article.date + SEP + e.getKey(),
            new ActorTally(m.actor, m.actorType, e.getValue(), 1, sources));
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
