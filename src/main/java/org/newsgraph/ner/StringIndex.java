package org.newsgraph.ner;

import java.util.BitSet;

/**
 * Strings and their ids, for the model's tables: the CRF's feature names (several hundred thousand, about fifty
 * looked up per token when {@code tag} began) and the words of the cluster tables (600k in five tables).
 *
 * <p>Open addressing with the strings' hashes and ids in one int array: a probe reads one slot, and a string is
 * compared only when its hash matches (a {@code HashMap} reads a table slot, a node, the key and a boxed id). The
 * strings themselves are packed into one byte array (one byte per character where all are Latin-1, else two): a
 * million {@code String} objects were a third of a tagging JVM's heap, and the garbage collector copied them all
 * once after every model load.
 */
final class StringIndex {
  private final byte[] bytes; // the strings one after the other
  private final int[] starts; // string i is bytes[starts[i] .. starts[i + 1])
  private final BitSet wide; // strings stored as UTF-16 (two bytes per char, high byte first)
  private final int[] slots; // per slot: hash, id + 1 (0: empty)
  private final int mask;

  /** @throws IllegalArgumentException if a string is there twice */
  StringIndex(String[] strings) {
    int n = strings.length;
    this.starts = new int[n + 1];
    this.wide = new BitSet();
    long length = 0;
    for (int i = 0; i < n; i++) {
      boolean latin1 = isLatin1(strings[i]);
      if (!latin1) {
        wide.set(i);
      }
      length += latin1 ? strings[i].length() : 2L * strings[i].length();
    }
    if (length > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("strings too long for one index: " + length + " bytes");
    }
    this.bytes = new byte[(int) length];
    int at = 0;
    for (int i = 0; i < n; i++) {
      starts[i] = at;
      at = put(strings[i], wide.get(i), at);
    }
    starts[n] = at;
    int capacity = Integer.highestOneBit(Math.max(2, n) * 2 - 1) << 1; // a power of two, load <= 1/2
    this.slots = new int[2 * capacity];
    this.mask = capacity - 1;
    for (int id = 0; id < n; id++) {
      int h = hash(strings[id]);
      int i = h & mask;
      while (slots[2 * i + 1] != 0) {
        if (slots[2 * i] == h && matches(slots[2 * i + 1] - 1, strings[id])) {
          throw new IllegalArgumentException("string twice: " + strings[id]);
        }
        i = (i + 1) & mask;
      }
      slots[2 * i] = h;
      slots[2 * i + 1] = id + 1;
    }
  }

  /** Writes s's chars from {@code at} (char by char, not through a charset: a lone surrogate stays itself). */
  private int put(String s, boolean asWide, int at) {
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (asWide) {
        bytes[at++] = (byte) (c >>> 8);
      }
      bytes[at++] = (byte) c;
    }
    return at;
  }

  private static boolean isLatin1(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) > 0xff) {
        return false;
      }
    }
    return true;
  }

  private static int hash(String s) {
    int h = s.hashCode();
    return h ^ (h >>> 16);
  }

  /** The id of a string, or -1. */
  int get(String s) {
    int h = hash(s);
    int i = h & mask;
    int id;
    while ((id = slots[2 * i + 1]) != 0) {
      if (slots[2 * i] == h && matches(id - 1, s)) {
        return id - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  private boolean matches(int id, String s) {
    int from = starts[id];
    boolean asWide = wide.get(id);
    if (starts[id + 1] - from != (asWide ? 2 : 1) * s.length()) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (s.charAt(k) != charAt(from, k, asWide)) {
        return false;
      }
    }
    return true;
  }

  /** The k-th char of the string stored from {@code from}. */
  private char charAt(int from, int k, boolean asWide) {
    return asWide ? (char) ((bytes[from + 2 * k] & 0xff) << 8 | bytes[from + 2 * k + 1] & 0xff)
        : (char) (bytes[from + k] & 0xff);
  }

  int size() {
    return starts.length - 1;
  }

  /** The string of {@code id}. */
  String name(int id) {
    int from = starts[id];
    boolean asWide = wide.get(id);
    char[] chars = new char[(starts[id + 1] - from) / (asWide ? 2 : 1)];
    for (int k = 0; k < chars.length; k++) {
      chars[k] = charAt(from, k, asWide);
    }
    return new String(chars);
  }
}
