package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The CRF's feature ids: every name finds its own id, any other name none. */
public class FeatureIndexTest {
  @Test
  public void everyNameFindsItsIdAndNoOtherNameOne() {
    String[] names = new String[5000];
    for (int i = 0; i < names.length; i++) {
      names[i] = "w=" + Integer.toString(i * 7919, 36);
    }
    FeatureIndex index = new FeatureIndex(names);
    assertEquals(5000, index.size());
    for (int i = 0; i < names.length; i++) {
      assertEquals(i, index.get(new String(names[i]))); // equal, not the same object
      assertEquals(names[i], index.name(i));
    }
    assertEquals(-1, index.get("w=unseen"));
    // "Aa" and "BB" have the same hash code
    FeatureIndex colliding = new FeatureIndex(new String[] {"Aa", "BB"});
    assertEquals(0, colliding.get("Aa"));
    assertEquals(1, colliding.get("BB"));
    assertEquals(-1, colliding.get("C#"));
    assertEquals(-1, new FeatureIndex(new String[0]).get("w=x"));
  }

  @Test
  public void aNameTwiceIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new FeatureIndex(new String[] {"w=a", "w=a"}));
  }
}
