package org.newsgraph.ner;

/**
 * Feature names and their ids, for the CRF's lookups at tagging time: about fifty per token, in a table of several
 * hundred thousand names, so the lookup's memory accesses are most of {@code tag}'s time. Open addressing with the
 * names' hashes and ids in one int array: a probe reads one slot, and a name is compared only when its hash matches
 * (a {@code HashMap} reads a table slot, a node, the key and a boxed id).
 */
final class FeatureIndex {
  private final String[] names; // by id
  private final int[] slots; // per slot: hash, id + 1 (0: empty)
  private final int mask;

  FeatureIndex(String[] names) {
    this.names = names.clone();
    int capacity = Integer.highestOneBit(Math.max(2, names.length) * 2 - 1) << 1; // a power of two, load <= 1/2
    this.slots = new int[2 * capacity];
    this.mask = capacity - 1;
    for (int id = 0; id < names.length; id++) {
      int h = hash(names[id]);
      int i = h & mask;
      while (slots[2 * i + 1] != 0) {
        if (names[slots[2 * i + 1] - 1].equals(names[id])) {
          throw new IllegalArgumentException("feature name twice: " + names[id]);
        }
        i = (i + 1) & mask;
      }
      slots[2 * i] = h;
      slots[2 * i + 1] = id + 1;
    }
  }

  private static int hash(String s) {
    int h = s.hashCode();
    return h ^ (h >>> 16);
  }

  /** The id of a feature name, or -1. */
  int get(String name) {
    int h = hash(name);
    int i = h & mask;
    int id;
    while ((id = slots[2 * i + 1]) != 0) {
      if (slots[2 * i] == h && names[id - 1].equals(name)) {
        return id - 1;
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  int size() {
    return names.length;
  }

  /** The name of feature {@code id}. */
  String name(int id) {
    return names[id];
  }
}
