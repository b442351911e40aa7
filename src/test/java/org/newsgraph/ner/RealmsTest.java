package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A realm named by its kind and its seat is one place. */
public class RealmsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(Realms::apply, sentence, spans);
  }

  @Test
  public void aKindOfRealmAndItsSeatAreOnePlace() {
    assertEquals("LOC:Emirate of Córdoba", apply("the rise of the Emirate of Córdoba in 929", new Span(6, 7, "LOC")));
    assertEquals("LOC:Landgraviate of Hesse-Darmstadt", apply("born in the Landgraviate of Hesse-Darmstadt ,",
        new Span(5, 6, "PER")));
    assertEquals("LOC:Captaincy of Minas Gerais", apply("part of the Captaincy of Minas Gerais until 1720"));
    assertEquals("LOC:Grand Duchy of Baden", apply("in the Grand Duchy of Baden", new Span(5, 6, "LOC")));
  }

  @Test
  public void aLongerNameOrTheModelsWholeSpanStays() {
    assertEquals("LOC:Natal", apply("the British Colony of Natal", new Span(4, 5, "LOC")));
    assertEquals("ORG:Supreme Court of the Colony", apply("the Supreme Court of the Colony of Natal ruled",
        new Span(1, 6, "ORG")));
    assertEquals("LOC:Kingdom of Italy", apply("the Kingdom of Italy", new Span(1, 4, "LOC")));
    assertEquals("", apply("the Colony of stray cats"));
  }

  @Test
  public void aSeatAndThenARealmsKindAreOnePlace() {
    assertEquals("LOC:Sokoto Caliphate", apply("Kebbi resisted the Sokoto Caliphate , and", new Span(3, 5, "ORG")));
    assertEquals("LOC:Kebbi Kingdom", apply("the heart of the Kebbi Kingdom , founded"));
    // a longer name, a body ending in the kind, a state the tagger leaves out before an election
    assertEquals("", apply("the Empire State Building"));
    assertEquals("ORG:House of Commons of the United Kingdom",
        apply("the House of Commons of the United Kingdom voted", new Span(1, 8, "ORG")));
    assertEquals("", apply("in the 1987 United Kingdom general election"));
  }

  @Test
  public void aSiteNamedByItsKindAndOfIsOnePlace() {
    assertEquals("LOC:Palace of Holyroodhouse", apply("at the Palace of Holyroodhouse on", new Span(4, 5, "LOC")));
    assertEquals("LOC:Tomb of the Patriarchs", apply("near the Tomb of the Patriarchs in"));
  }
}
