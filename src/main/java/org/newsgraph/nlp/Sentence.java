package org.newsgraph.nlp;

/**
 * One sentence of an article: its character span and its tokens, each token as text plus
 * absolute character offsets into the article text (so mentions can point back into it).
 */
public final class Sentence {
  public final int index;
  public final int begin;
  public final int end;
  public final String[] tokens;
  public final int[] tokenBegins;
  public final int[] tokenEnds;

  public Sentence(int index, int begin, int end, String[] tokens, int[] tokenBegins, int[] tokenEnds) {
    if (tokens.length != tokenBegins.length || tokens.length != tokenEnds.length) {
      throw new IllegalArgumentException("token arrays differ in length");
    }
    this.index = index;
    this.begin = begin;
    this.end = end;
    this.tokens = tokens;
    this.tokenBegins = tokenBegins;
    this.tokenEnds = tokenEnds;
  }

  public int size() {
    return tokens.length;
  }
}
