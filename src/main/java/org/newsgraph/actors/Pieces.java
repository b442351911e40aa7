package org.newsgraph.actors;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.Sentence;

/**
 * A sentence's tokens cut into matching pieces: maximal runs of letters/digits, and every other
 * non-space character alone ({@code U.S.} → {@code U . S .}, {@code Putin's} → {@code Putin ' s}).
 *
 * <p>Why: the statistical tokenizer is not consistent ({@code Kyiv.} at a sentence end,
 * {@code Kyiv-} {@code based}, {@code -Ukraine}, {@code U.N} {@code .}), so dictionary forms and
 * sentence tokens are both cut by this one deterministic rule and compared piece by piece.
 * Whitespace is not a piece. Keys are NFC with typographic quotes/dashes folded to ASCII
 * ({@code ’} → {@code '}); offsets stay those of the article text.
 */
final class Pieces {
  final String[] keys;
  final int[] begins;
  final int[] ends;
  /** Index of the sentence token each piece comes from. */
  final int[] tokens;
  final boolean[] word;
  final int size;

  private Pieces(List<String> keys, List<int[]> spans) {
    size = keys.size();
    this.keys = keys.toArray(new String[0]);
    begins = new int[size];
    ends = new int[size];
    tokens = new int[size];
    word = new boolean[size];
    for (int i = 0; i < size; i++) {
      int[] s = spans.get(i);
      begins[i] = s[0];
      ends[i] = s[1];
      tokens[i] = s[2];
      word[i] = isWordChar(this.keys[i].codePointAt(0));
    }
  }

  static Pieces of(Sentence s) {
    List<String> keys = new ArrayList<>(s.size() + 8);
    List<int[]> spans = new ArrayList<>(s.size() + 8);
    for (int t = 0; t < s.size(); t++) {
      int tt = t;
      cut(s.tokens[t], (key, b, e) -> {
        keys.add(key);
        spans.add(new int[] {s.tokenBegins[tt] + b, s.tokenBegins[tt] + e, tt});
      });
    }
    return new Pieces(keys, spans);
  }

  /** The piece keys of a dictionary surface form. */
  static List<String> keysOf(String form) {
    List<String> out = new ArrayList<>();
    cut(form, (key, b, e) -> out.add(key));
    return out;
  }

  interface Sink {
    void piece(String key, int begin, int end);
  }

  static void cut(String s, Sink sink) {
    int n = s.length();
    int i = 0;
    while (i < n) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
        i += len;
      } else if (isWordChar(cp)) {
        int j = i + len;
        while (j < n) {
          int c = s.codePointAt(j);
          if (!isWordChar(c) && !isMark(c)) {
            break;
          }
          j += Character.charCount(c);
        }
        String run = s.substring(i, j);
        sink.piece(Normalizer.isNormalized(run, Normalizer.Form.NFC) ? run : Normalizer.normalize(run, Normalizer.Form.NFC), i, j);
        i = j;
      } else {
        sink.piece(punct(cp), i, i + len);
        i += len;
      }
    }
  }

  static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  private static boolean isMark(int cp) {
    int t = Character.getType(cp);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }

  /** Typographic apostrophes, quotes and dashes as their ASCII counterparts. */
  static String punct(int cp) {
    switch (cp) {
      case '\u2019': case '\u2018': case '\u02BC': case '\u2032': case '`': case '\u00B4':
        return "'";
      case '\u201C': case '\u201D': case '\u201E': case '\u00AB': case '\u00BB':
        return "\"";
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2212':
        return "-";
      default:
        return new String(Character.toChars(cp));
    }
  }

  private boolean glued(int i, int j) {
    return ends[i] == begins[j];
  }

  /**
   * A match may start at piece {@code i} only at a word start: not glued to a preceding word
   * ({@code Brien} in {@code O'Brien}, {@code S} in {@code U.S.}).
   */
  boolean startOk(int i) {
    if (i == 0 || !glued(i - 1, i)) {
      return true;
    }
    if (word[i - 1]) {
      return false;
    }
    String p = keys[i - 1];
    boolean joiner = p.equals("'") || p.equals(".");
    return !(joiner && i >= 2 && glued(i - 2, i - 1) && word[i - 2] && word[i]);
  }

  /** A match may end before piece {@code j} only at a word end ({@code U.S.} is not in {@code U.S.A.}). */
  boolean endOk(int j) {
    if (j >= size || !glued(j - 1, j) || !word[j]) {
      return true;
    }
    return !(word[j - 1] || keys[j - 1].equals("."));
  }
}
