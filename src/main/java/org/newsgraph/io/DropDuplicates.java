package org.newsgraph.io;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.GroupByKey;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.View;
import org.apache.beam.sdk.transforms.WithKeys;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionView;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsgraph.output.StageTimes;

/**
 * Decides which copy of each article text is kept, on {@link ArticleRef}s alone (no texts held).
 * Since the id is a hash of the text, equal ids are exact duplicates; the first copy is kept: the
 * smallest input, and in it the first record (file order: {@code line 7} before {@code line 300},
 * which a comparison of the position strings would get wrong), so
 * the choice does not depend on the order the runner delivers them. The output is a side input:
 * every other copy, keyed by {@link ArticleRef#key}, mapped to its reject reason {@code duplicate
 * of <id> (<kept input> <kept position>)}; usually tiny. {@link ReadFileFn} turns those records
 * into {@code dedup} rejects as it reads.
 *
 * <p>Copies meet in one of {@link #BUCKETS} groups by a hash of the id, not in one group per id:
 * runners such as the DirectRunner pay a fixed cost per group (a bundle per key).
 */
public final class DropDuplicates
    extends PTransform<PCollection<ArticleRef>, PCollectionView<Map<String, String>>> {
  public static final String STAGE = "dedup";

  /** Groups of ids: enough to spread the work after the shuffle over the workers. */
  static final int BUCKETS = 16;

  @Override
  public PCollectionView<Map<String, String>> expand(PCollection<ArticleRef> refs) {
    return refs.apply("FindDuplicates", new FindDuplicates()).apply("AsMap", View.asMap());
  }

  static int bucket(String articleId) {
    return Math.floorMod(articleId.hashCode(), BUCKETS);
  }

  /** The losers as {@code key → reason}, one element per copy that is not kept. */
  static final class FindDuplicates extends PTransform<PCollection<ArticleRef>, PCollection<KV<String, String>>> {
    @Override
    public PCollection<KV<String, String>> expand(PCollection<ArticleRef> refs) {
      return refs
          .apply("KeyByArticleId",
              WithKeys.of((ArticleRef r) -> bucket(r.articleId)).withKeyType(TypeDescriptors.integers()))
          .setCoder(KvCoder.of(VarIntCoder.of(), SchemaCoders.of(refs.getPipeline(), ArticleRef.class)))
          .apply("GroupCopies", GroupByKey.create())
          .apply("KeepFirstCopy", ParDo.of(new KeepFirstCopy()))
          .setCoder(KvCoder.of(StringUtf8Coder.of(), StringUtf8Coder.of()));
    }
  }

  static final class KeepFirstCopy extends DoFn<KV<Integer, Iterable<ArticleRef>>, KV<String, String>> {
    private static final Comparator<ArticleRef> ORDER =
        Comparator.<ArticleRef, String>comparing(r -> r.input)
            .thenComparingLong(r -> r.record);
    private final org.apache.beam.sdk.metrics.Counter nanos = StageTimes.counter(StageTimes.READ);

    @ProcessElement
    public void process(@Element KV<Integer, Iterable<ArticleRef>> group, OutputReceiver<KV<String, String>> out) {
      long started = StageTimes.now();
      Map<String, ArticleRef> kept = new HashMap<>();
      List<ArticleRef> others = new ArrayList<>();
      for (ArticleRef r : group.getValue()) {
        ArticleRef before = kept.putIfAbsent(r.articleId, r);
        if (before != null) {
          if (ORDER.compare(r, before) < 0) {
            kept.put(r.articleId, r);
            others.add(before);
          } else {
            others.add(r);
          }
        }
      }
      others.sort(ORDER);
      for (ArticleRef dup : others) {
        ArticleRef first = kept.get(dup.articleId);
        out.output(KV.of(ArticleRef.key(dup.input, dup.record), reason(first)));
      }
      nanos.inc(StageTimes.now() - started);
    }

    static String reason(ArticleRef kept) {
      return "duplicate of " + kept.articleId + " (" + kept.input + " " + kept.position + ")";
    }
  }
}
