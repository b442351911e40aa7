package org.newsgraph.ner;

import java.util.Map;

/**
 * Penn Treebank spellings of brackets and quotes ("-LRB-", "``", "''"), as OntoNotes-style CoNLL files
 * write them, read as the characters they stand for. The model and the truecaser learned "(" and '"';
 * "-LRB-" would look like an unknown word in capitals to both (GUM news dev in PTB spellings: 0.752
 * against 0.755).
 */
final class PtbTokens {
  private static final Map<String, String> PLAIN = Map.ofEntries(
      Map.entry("-LRB-", "("), Map.entry("-RRB-", ")"), Map.entry("-LSB-", "["), Map.entry("-RSB-", "]"),
      Map.entry("-LCB-", "{"), Map.entry("-RCB-", "}"), Map.entry("``", "\""), Map.entry("''", "\""),
      Map.entry("-lrb-", "("), Map.entry("-rrb-", ")"));

  private PtbTokens() {}

  /** The tokens with PTB spellings replaced; the same array when there are none. */
  static String[] plain(String[] tokens) {
    String[] out = tokens;
    for (int i = 0; i < tokens.length; i++) {
      String p = PLAIN.get(tokens[i]);
      if (p != null) {
        if (out == tokens) {
          out = tokens.clone();
        }
        out[i] = p;
      }
    }
    return out;
  }
}
