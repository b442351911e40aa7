package org.newsgraph.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TupleTag;
import org.apache.beam.sdk.values.TupleTagList;
import org.apache.beam.sdk.values.TypeDescriptors;

/**
 * Keeps one copy of each article text. Since the id is a hash of the text, equal ids are exact
 * duplicates; the copy with the smallest (input, position) is kept, so the choice does not depend
 * on the order the runner delivers them, and every other copy becomes a reject naming the kept one.
 */
public final class DropDuplicates extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<Article>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<Reject>() {};

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles
        .apply("KeyByArticleId", WithKeys.of((Article a) -> a.articleId).withKeyType(TypeDescriptors.strings()))
        .apply("GroupCopies", GroupByKey.create())
        .apply("KeepFirstCopy", ParDo.of(new KeepFirstCopy()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(SchemaCoders.of(articles.getPipeline(), Article.class));
    out.get(DUPLICATES).setCoder(SchemaCoders.of(articles.getPipeline(), Reject.class));
    return out;
  }

  static final class KeepFirstCopy extends DoFn<KV<String, Iterable<Article>>, Article> {
    private static final Comparator<Article> ORDER =
        Comparator.<Article, String>comparing(a -> a.input).thenComparing(a -> a.position);
    private final Counter duplicates = Metrics.counter("newsgraph", "duplicates");

    @ProcessElement
    public void process(@Element KV<String, Iterable<Article>> copies, MultiOutputReceiver out) {
      List<Article> all = new ArrayList<>();
      copies.getValue().forEach(all::add);
      all.sort(ORDER);
      Article kept = all.get(0);
      out.get(UNIQUE).output(kept);
      for (Article dup : all.subList(1, all.size())) {
        duplicates.inc();
        out.get(DUPLICATES)
            .output(
                new Reject(
                    dup.input,
                    dup.position,
                    "dedup",
                    "duplicate of " + kept.articleId + " (" + kept.input + " " + kept.position + ")"));
      }
    }
  }
}
