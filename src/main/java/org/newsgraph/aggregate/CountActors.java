package org.newsgraph.aggregate;

import org.newsgraph.io.SchemaCoders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.KvCoder;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsgraph.actors.Mention;
import org.newsgraph.nlp.AnalyzedArticle;

/** Per date and actor: mentions, articles and distinct sources ({@code actor_daily}). */
public final class CountActors
    extends PTransform<PCollection<AnalyzedArticle>, PCollection<ActorDaily>> {

  static final char SEP = '\u0001';

  @Override
  public PCollection<ActorDaily> expand(PCollection<AnalyzedArticle> articles) {
    return articles
        .apply("TallyPerArticle", ParDo.of(new TallyPerArticle()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SchemaCoders.of(articles.getPipeline(), ActorTally.class)))
        .apply("SumPerDateAndActor", Combine.perKey(binary(ActorTally::merge)))
        .apply(
            "ToRows",
            MapElements.into(TypeDescriptor.of(ActorDaily.class))
                .via(
                    kv -> {
                      String[] key = kv.getKey().split(String.valueOf(SEP), 2);
                      ActorTally t = kv.getValue();
                      return new ActorDaily(
                          key[0], key[1], t.actor, t.actorType, t.mentions, t.articles,
                          t.sources.size());
                    }));
  }

  /** One tally per actor with counted mentions in the article, keyed by date and actor id. */
  static final class TallyPerArticle extends DoFn<AnalyzedArticle, KV<String, ActorTally>> {
    @ProcessElement
    public void process(@Element AnalyzedArticle a, OutputReceiver<KV<String, ActorTally>> out) {
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
        out.output(
            KV.of(
                a.article.date + SEP + e.getKey(),
                new ActorTally(m.actor, m.actorType, e.getValue(), 1, sources)));
      }
    }
  }

  static <T> Combine.BinaryCombineFn<T> binary(SerializableBiFunction<T, T, T> merge) {
    return new Combine.BinaryCombineFn<T>() {
      @Override
      public T apply(T left, T right) {
        return merge.apply(left, right);
      }
    };
  }
}
