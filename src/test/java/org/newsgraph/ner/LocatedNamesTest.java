package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.function.Function;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name and the dictionary place after its "in" are two names; names that hold "in" stay whole. */
public class LocatedNamesTest {
  /** Stands in for the model: a phrase alone is one place. */
  private static final Function<String[], Span[]> ALONE = words -> new Span[] {new Span(0, words.length, "LOC")};

  private static String cut(String sentence, int start, int end, String type) {
    String[] t = sentence.split(" ");
    return SpanText.of(t, LocatedNames.atIn(t, new Span[] {new Span(start, end, type)}, ALONE));
  }

  @Test
  public void aNameInADictionaryPlaceIsTwoNames() {
    assertEquals("LOC:Kourou, LOC:French Guiana", cut("launched from Kourou in French Guiana", 2, 6, "ORG"));
    assertEquals("LOC:Cumberland University, LOC:Lebanon", cut("at Cumberland University in Lebanon", 1, 5, "ORG"));
  }

  @Test
  public void namesThatHoldInStayWhole() {
    assertEquals("a name of the dictionary before it", "ORG:al-Qaeda in Iraq", cut("al-Qaeda in Iraq", 0, 3, "ORG"));
    assertEquals("a church", "ORG:Presbyterian Church in America", cut("Presbyterian Church in America", 0, 4, "ORG"));
    assertEquals("a complement", "ORG:Sociologists for Women in Society",
        cut("Sociologists for Women in Society", 0, 5, "ORG"));
    assertEquals("no place of the dictionary after it", "ORG:Rose in the Fist", cut("Rose in the Fist", 0, 4, "ORG"));
  }
}
