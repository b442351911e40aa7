package org.newsgraph.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.VarIntCoder;
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
import org.newsgraph.output.StageTimes;

/**
 * Keeps one copy of each article text. Since the id is a hash of the text, equal ids are exact
 * duplicates; the copy with the smallest (input, position) is kept, so the choice does not depend
 * on the order the runner delivers them, and every other copy becomes a reject naming the kept one.
 *
 * <p>Copies meet in one of {@link #BUCKETS} groups by a hash of the id, not in one group per id:
 * runners such as the DirectRunner pay a fixed cost per group (a bundle per key), which per
 * article cost more than everything else the job does.
 */
public final class DropDuplicates extends PTransform<PCollection<Article>, PCollectionTuple> {
  public static final TupleTag<Article> UNIQUE = new TupleTag<Article>() {};
  public static final TupleTag<Reject> DUPLICATES = new TupleTag<Reject>() {};

  /** Groups of ids: enough to spread the work after the shuffle over the workers. */
  static final int BUCKETS = 16;

  @Override
  public PCollectionTuple expand(PCollection<Article> articles) {
    PCollectionTuple out = articles
        .apply("KeyByArticleId",
            WithKeys.of((Article a) -> bucket(a.articleId)).withKeyType(TypeDescriptors.integers()))
        .setCoder(KvCoder.of(VarIntCoder.of(), SchemaCoders.of(articles.getPipeline(), Article.class)))
        .apply("GroupCopies", GroupByKey.create())
        .apply("KeepFirstCopy", ParDo.of(new KeepFirstCopy()).withOutputTags(UNIQUE, TupleTagList.of(DUPLICATES)));
    out.get(UNIQUE).setCoder(SchemaCoders.of(articles.getPipeline(), Article.class));
    out.get(DUPLICATES).setCoder(SchemaCoders.of(articles.getPipeline(), Reject.class));
    return out;
  }

  static int bucket(String articleId) {
    return Math.floorMod(articleId.hashCode(), BUCKETS);
  }

  static final class KeepFirstCopy extends DoFn<KV<Integer, Iterable<Article>>, Article> {
    private static final Comparator<Article> ORDER =
        Comparator.<Article, String>comparing(a -> a.input).thenComparing(a -> a.position);
    private final Counter duplicates = Metrics.counter("newsgraph", "duplicates");
    private final Counter nanos = StageTimes.counter(StageTimes.READ);

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<Article>> group, MultiOutputReceiver out) {
      long started = StageTimes.now();
      Map<String, Article> kept = new HashMap<>();
      List<Article> others = new ArrayList<>();
      for (Article a : group.getValue()) {
        Article before = kept.putIfAbsent(a.articleId, a);
        if (before != null) {
          if (ORDER.compare(a, before) < 0) {
            kept.put(a.articleId, a);
            others.add(before);
          } else {
            others.add(a);
          }
        }
      }
      for (Article a : kept.values()) {
        out.get(UNIQUE).output(a);
      }
      others.sort(ORDER);
      for (Article dup : others) {
        Article first = kept.get(dup.articleId);
        duplicates.inc();
        out.get(DUPLICATES)
            .output(
                new Reject(
                    dup.input,
                    dup.position,
                    "dedup",
                    "duplicate of " + first.articleId + " (" + first.input + " " + first.position + ")"));
      }
      nanos.inc(StageTimes.now() - started);
    }
  }
}
