package org.newsgraph.aggregate;

import org.newsgraph.io.SchemaCoders;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.TypeDescriptor;
import org.newsgraph.nlp.AnalyzedArticle;

/** Per date and pair of actors: shared sentences and shared articles ({@code comention_daily}). */
public final class CountCoMentions
    extends PTransform<PCollection<AnalyzedArticle>, PCollection<CoMentionDaily>> {

  private static final char SEP = CountActors.SEP;

  @Override
  public PCollection<CoMentionDaily> expand(PCollection<AnalyzedArticle> articles) {
    return articles
        .apply("PairsPerArticle", ParDo.of(new PairsPerArticle()))
        .setCoder(KvCoder.of(StringUtf8Coder.of(), SchemaCoders.of(articles.getPipeline(), PairTally.class)))
        .apply("SumPerDateAndPair", Combine.perKey(CountActors.binary(PairTally::merge)))
        .apply(
            "ToRows",
            MapElements.into(TypeDescriptor.of(CoMentionDaily.class))
                .via(
                    kv -> {
                      String[] key = kv.getKey().split(String.valueOf(SEP), 3);
                      PairTally t = kv.getValue();
                      return new CoMentionDaily(
                          key[0], key[1], t.actorA, key[2], t.actorB, t.sentences, t.articles);
                    }));
  }

  static final class PairsPerArticle extends DoFn<AnalyzedArticle, KV<String, PairTally>> {
    @ProcessElement
    public void process(@Element AnalyzedArticle a, OutputReceiver<KV<String, PairTally>> out) {
      for (CoMentions.Pair p : CoMentions.of(a.mentions)) {
        out.output(
            KV.of(
                a.article.date + SEP + p.actorIdA + SEP + p.actorIdB,
                new PairTally(p.actorA, p.actorB, p.sentences, 1)));
      }
    }
  }
}
