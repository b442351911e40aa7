package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.junit.Test;

/** The model's string tables: every string finds its own id, any other string none, in any script. */
public class StringIndexTest {
  @Test
  public void everyNameFindsItsIdAndNoOtherNameOne() {
    String[] names = new String[5000];
    for (int i = 0; i < names.length; i++) {
      names[i] = "w=" + Integer.toString(i * 7919, 36);
    }
    StringIndex index = new StringIndex(names);
    assertEquals(5000, index.size());
    for (int i = 0; i < names.length; i++) {
      assertEquals(i, index.get(new String(names[i]))); // equal, not the same object
      assertEquals(names[i], index.name(i));
    }
    assertEquals(-1, index.get("w=unseen"));
    // "Aa" and "BB" have the same hash code
    StringIndex colliding = new StringIndex(new String[] {"Aa", "BB"});
    assertEquals(0, colliding.get("Aa"));
    assertEquals(1, colliding.get("BB"));
    assertEquals(-1, colliding.get("C#"));
    assertEquals(-1, new StringIndex(new String[0]).get("w=x"));
  }

  @Test
  public void findsStringsBeyondLatin1AmongLatin1Ones() {
    // the last two: a suffix cut between the two halves of an emoji, and the replacement character
    String[] names = {"w=paris", "w=москва", "w=zürich", "w=東京", "w=", "w=\ud83d\ude00", "suf=\ude00", "suf=\ufffd"};
    StringIndex index = new StringIndex(names);
    for (int i = 0; i < names.length; i++) {
      assertEquals(names[i], i, index.get(names[i]));
      assertEquals(names[i], index.name(i));
    }
    assertEquals(-1, index.get("w=москв"));
    assertEquals(-1, index.get("w=zurich"));
    assertEquals(-1, index.get("w=paris\u0000"));
  }

  @Test
  public void aNameTwiceIsAnError() {
    assertThrows(IllegalArgumentException.class, () -> new StringIndex(new String[] {"w=a", "w=a"}));
  }
}
