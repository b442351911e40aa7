package org.newsgraph.aggregate;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.beam.sdk.values.KV;
import org.junit.Test;

public class BundleSumsTest {
  private static final char SEP = CountActors.SEP;

  @Test
  public void sumsEqualKeysOfABundleAndKeysThemByDateGroup() {
    BundleSums<PairTally> bundle = new BundleSums<>(PairTally::merge);
    String day1 = "2025-10-17" + SEP + "Q1" + SEP + "Q2";
    String day2 = "2025-10-18" + SEP + "Q1" + SEP + "Q2";
    bundle.add(day1, new PairTally("Putin", "Trump", 2, 1));
    bundle.add(day1, new PairTally("Vladimir Putin", "Trump", 1, 1));
    bundle.add(day2, new PairTally("Putin", "Trump", 1, 1));

    Map<String, KV<Integer, PairTally>> out = new HashMap<>();
    for (KV<Integer, KV<String, PairTally>> kv : bundle.drain()) {
      out.put(kv.getValue().getKey(), KV.of(kv.getKey(), kv.getValue().getValue()));
    }
    assertEquals(2, out.size());
    assertEquals(new PairTally("Putin", "Trump", 3, 2), out.get(day1).getValue());
    assertEquals(new PairTally("Putin", "Trump", 1, 1), out.get(day2).getValue());
    assertEquals(CountActors.dateGroup("2025-10-17"), (int) out.get(day1).getKey());
    assertEquals(CountActors.dateGroup("2025-10-18"), (int) out.get(day2).getKey());
  }

  @Test
  public void drainStartsAnEmptyBundle() {
    BundleSums<PairTally> bundle = new BundleSums<>(PairTally::merge);
    bundle.add("2025-10-17" + SEP + "Q1" + SEP + "Q2", new PairTally("A", "B", 1, 1));
    assertEquals(1, bundle.drain().size());
    List<KV<Integer, KV<String, PairTally>>> again = bundle.drain();
    assertTrue(again.isEmpty());
  }
}
