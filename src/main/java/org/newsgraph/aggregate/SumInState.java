package org.newsgraph.aggregate;

import java.util.HashMap;
import java.util.Map;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.KvCoder;
import org.apache.beam.sdk.coders.MapCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.coders.VarIntCoder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.state.StateSpec;
import org.apache.beam.sdk.state.StateSpecs;
import org.apache.beam.sdk.state.TimeDomain;
import org.apache.beam.sdk.state.Timer;
import org.apache.beam.sdk.state.TimerSpec;
import org.apache.beam.sdk.state.TimerSpecs;
import org.apache.beam.sdk.state.ValueState;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.transforms.windowing.BoundedWindow;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollection;
import org.newsgraph.output.StageTimes;

/**
 * Sums keyed tallies into one map per group (a bucket of dates; the map keys are (date, actor) or
 * (date, pair)), merging each tally into the group's map as it arrives and emitting the map when
 * the input ends. A {@code Combine.perKey} does the same sums, but a runner that groups before
 * merging (the DirectRunner) first holds one partial map per bundle and group until the input
 * ends: with the read in many small bundles those partials grow with the input, while this state
 * is only the distinct keys.
 */
final class SumInState<V>
    extends PTransform<PCollection<KV<Integer, KV<String, V>>>, PCollection<KV<Integer, Map<String, V>>>> {
  private final MergeByKey<V> merge;

  SumInState(MergeByKey<V> merge) {
    this.merge = merge;
  }

  @Override
  @SuppressWarnings("unchecked")
  public PCollection<KV<Integer, Map<String, V>>> expand(PCollection<KV<Integer, KV<String, V>>> tallies) {
    KvCoder<String, V> tallyCoder = (KvCoder<String, V>) ((KvCoder<Integer, KV<String, V>>) tallies.getCoder()).getValueCoder();
    Coder<Map<String, V>> mapCoder = MapCoder.of(StringUtf8Coder.of(), tallyCoder.getValueCoder());
    return tallies
        .apply(ParDo.of(new SumFn<>(merge, mapCoder)))
        .setCoder(KvCoder.of(VarIntCoder.of(), mapCoder));
  }

  static final class SumFn<V> extends DoFn<KV<Integer, KV<String, V>>, KV<Integer, Map<String, V>>> {
    private final MergeByKey<V> merge;
    private final Counter nanos = StageTimes.counter(StageTimes.AGGREGATE);

    @StateId("sums")
    private final StateSpec<ValueState<Map<String, V>>> sums;

    @TimerId("end")
    private final TimerSpec end = TimerSpecs.timer(TimeDomain.EVENT_TIME);

    SumFn(MergeByKey<V> merge, Coder<Map<String, V>> mapCoder) {
      this.merge = merge;
      this.sums = StateSpecs.value(mapCoder);
    }

    @ProcessElement
    public void process(
        @Element KV<Integer, KV<String, V>> tally,
        @StateId("sums") ValueState<Map<String, V>> sums,
        @TimerId("end") Timer end,
        BoundedWindow window) {
      long started = StageTimes.now();
      Map<String, V> map = sums.read();
      if (map == null) {
        map = new HashMap<>();
        end.set(window.maxTimestamp());
      }
      sums.write(merge.addInput(map, tally.getValue()));
      nanos.inc(StageTimes.now() - started);
    }

    @OnTimer("end")
    public void emit(
        @Key Integer group,
        @StateId("sums") ValueState<Map<String, V>> sums,
        OutputReceiver<KV<Integer, Map<String, V>>> out) {
      Map<String, V> map = sums.read();
      if (map != null) {
        out.output(KV.of(group, map));
      }
      sums.clear();
    }
  }
}
