package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name right after a person's occupation or kin is a person. */
public class OccupationsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> Occupations.apply(t, sp, Set.of("river", "sunday")::contains), sentence, spans);
  }

  @Test
  public void aNameAfterAnOccupationOrKinIsAPerson() {
    assertEquals("PER:Cedar Walton", apply("featured the pianist Cedar Walton .", new Span(3, 5, "LOC")));
    assertEquals("PER:Nneka Obi", apply("with her grandmother , Nneka Obi .", new Span(4, 6, "ORG")));
    assertEquals("PER:Tirupathi", apply("and his father Tirupathi accompanied him"));
  }

  @Test
  public void noOpenerALongerNameOrACommonWordStays() {
    assertEquals("LOC:Walton", apply("pianist Walton played", new Span(1, 2, "LOC")));
    assertEquals("", apply("her son Sunday"));
    assertEquals("LOC:Leeds", apply("the son Leeds United signed", new Span(2, 3, "LOC")));
  }
}
