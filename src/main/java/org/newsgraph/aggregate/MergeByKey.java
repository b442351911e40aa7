package org.newsgraph.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.CannotProvideCoderException;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.transforms.Combine;
import org.apache.beam.sdk.transforms.SerializableBiFunction;
import org.apache.beam.sdk.values.KV;
import org.newsgraph.output.StageTimes;

/**
 * Sums keyed tallies into one map per group: the groups are a few buckets of dates, the map keys
 * are (date, actor) or (date, pair). Runners like the DirectRunner pay a fixed cost per group
 * (a bundle per key), so one group per actor and date cost more than all the counting; a map per
 * bucket of dates keeps the groups few whatever the number of actors. {@link SumInState} merges
 * each tally into its group's map with {@link #addInput} as it arrives.
 */
final class MergeByKey<V> extends Combine.CombineFn<KV<String, V>, Map<String, V>, Map<String, V>> {
  private final SerializableBiFunction<V, V, V> merge;
  private final Counter nanos = StageTimes.counter(StageTimes.AGGREGATE);

  MergeByKey(SerializableBiFunction<V, V, V> merge) {
    this.merge = merge;
  }

  @Override
  public Map<String, V> createAccumulator() {
    return new HashMap<>();
  }

  @Override
  public Map<String, V> addInput(Map<String, V> acc, KV<String, V> input) {
    acc.merge(input.getKey(), input.getValue(), merge);
    return acc;
  }

  @Override
  public Map<String, V> mergeAccumulators(Iterable<Map<String, V>> accumulators) {
    long started = StageTimes.now();
    Map<String, V> out = null;
    for (Map<String, V> acc : accumulators) {
      if (out == null) {
        out = acc;
      } else {
        for (Map.Entry<String, V> e : acc.entrySet()) {
          out.merge(e.getKey(), e.getValue(), merge);
        }
      }
    }
    nanos.inc(StageTimes.now() - started);
    return out == null ? createAccumulator() : out;
  }

  @Override
  public Map<String, V> extractOutput(Map<String, V> acc) {
    return acc;
  }

  @Override
  @SuppressWarnings("unchecked")
  public Coder<Map<String, V>> getAccumulatorCoder(CoderRegistry registry, Coder<KV<String, V>> inputCoder)
      throws CannotProvideCoderException {
    if (!(inputCoder instanceof KvCoder)) {
      throw new CannotProvideCoderException("expected a KvCoder, got " + inputCoder);
    }
    return MapCoder.of(StringUtf8Coder.of(), ((KvCoder<String, V>) inputCoder).getValueCoder());
  }

  @Override
  public Coder<Map<String, V>> getDefaultOutputCoder(CoderRegistry registry, Coder<KV<String, V>> inputCoder)
      throws CannotProvideCoderException {
    return getAccumulatorCoder(registry, inputCoder);
  }
}
