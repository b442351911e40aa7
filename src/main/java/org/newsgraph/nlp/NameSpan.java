package org.newsgraph.nlp;

import org.newsgraph.actors.ActorType;

/**
 * A name found by the statistical name finder: tokens {@code [start, end)} of one sentence and
 * the type it was given.
 */
public final class NameSpan {
  public final int sentence;
  public final int start;
  public final int end;
  public final ActorType type;
  public final double probability;

  public NameSpan(int sentence, int start, int end, ActorType type, double probability) {
    this.sentence = sentence;
    this.start = start;
    this.end = end;
    this.type = type;
    this.probability = probability;
  }

  @Override
  public String toString() {
    return type + "[" + sentence + ":" + start + "," + end + ")";
  }
}
