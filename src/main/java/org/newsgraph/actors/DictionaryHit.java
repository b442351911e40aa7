package org.newsgraph.actors;

/**
 * A dictionary surface form found in a sentence: tokens {@code [start, end)} of sentence
 * {@code sentence}, characters {@code [begin, end)} of the article text.
 *
 * <p>The character span can be narrower than its tokens when the tokenizer glued punctuation to
 * the name ({@code Kyiv.}, {@code Russian-} in {@code Russian-backed}).
 */
public final class DictionaryHit {
  public static final String NAME = "name";
  public static final String ALIAS = "alias";
  public static final String ADJECTIVAL = Mention.ADJECTIVAL;

  public final int sentence;
  public final int start;
  public final int end;
  public final int beginChar;
  public final int endChar;
  public final Actor actor;
  /** {@link #NAME}, {@link #ALIAS} or {@link #ADJECTIVAL}. */
  public final String kind;

  public DictionaryHit(int sentence, int start, int end, int beginChar, int endChar, Actor actor, String kind) {
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.beginChar = beginChar;
    this.endChar = endChar;
    this.actor = actor;
    this.kind = kind;
  }

  public boolean adjectival() {
    return ADJECTIVAL.equals(kind);
  }

  @Override
  public String toString() {
    return actor.name + "/" + kind + "[" + sentence + ":" + start + "," + end + ")";
  }
}
