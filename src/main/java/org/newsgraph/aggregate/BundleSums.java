package org.newsgraph.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.transforms.windowing.GlobalWindow;
import org.apache.beam.sdk.values.KV;

/**
 * Tallies summed within one bundle before they leave a step: an article's (date, actor) and (date,
 * pair) keys come back in the other articles of its bundle, so the stateful sum downstream ({@link
 * SumInState}) receives one tally per key and bundle instead of one per article. What this saves
 * is the runner's cost per element (the DirectRunner routes every element into keyed state), not
 * the adding. Memory is bounded by the keys of one bundle. Keys start with the date and {@link
 * CountActors#SEP}; {@link #drain} keys each sum by its date's group ({@link CountActors#dateGroup}).
 */
final class BundleSums<V> {
  private final SerializableBiFunction<V, V, V> merge;
  private final Map<String, V> sums = new HashMap<>();

  BundleSums(SerializableBiFunction<V, V, V> merge) {
    this.merge = merge;
  }

  /** Adds one tally under {@code key} (the date, {@link CountActors#SEP}, then the rest). */
  void add(String key, V tally) {
    sums.merge(key, tally, merge);
  }

  /** Emits the bundle's sums from a step's {@code @FinishBundle} (batch: the global window). */
  void flushTo(DoFn<?, KV<Integer, KV<String, V>>>.FinishBundleContext c) {
    for (KV<Integer, KV<String, V>> sum : drain()) {
      c.output(sum, BoundedWindow.TIMESTAMP_MIN_VALUE, GlobalWindow.INSTANCE);
    }
  }

  /** The sums so far, each keyed by its date group, and an empty bundle again. */
  List<KV<Integer, KV<String, V>>> drain() {
    List<KV<Integer, KV<String, V>>> out = new ArrayList<>(sums.size());
    for (Map.Entry<String, V> e : sums.entrySet()) {
      String key = e.getKey();
      int sep = key.indexOf(CountActors.SEP);
      String date = sep < 0 ? key : key.substring(0, sep);
      out.add(KV.of(CountActors.dateGroup(date), KV.of(key, e.getValue())));
    }
    sums.clear();
    return out;
  }
}
