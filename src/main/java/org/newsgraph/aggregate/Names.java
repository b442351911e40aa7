package org.newsgraph.aggregate;

/**
 * Picks one display name when the same actor id arrives with different spellings (a model-found
 * actor's id ignores case, so "PUTIN" in a headline and "Putin" share it). Deterministic whatever
 * the merge order: mixed case beats all-caps, then the lexicographically smaller wins.
 */
final class Names {
  private Names() {}

  static String preferred(String a, String b) {
    boolean capsA = a.equals(a.toUpperCase()) && !a.equals(a.toLowerCase());
    boolean capsB = b.equals(b.toUpperCase()) && !b.equals(b.toLowerCase());
    if (capsA != capsB) {
      return capsA ? b : a;
    }
    return a.compareTo(b) <= 0 ? a : b;
  }
}
