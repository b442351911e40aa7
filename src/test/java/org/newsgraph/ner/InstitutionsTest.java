package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** An untagged one-word organisation of the actor dictionary after "the" is that organisation. */
public class InstitutionsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(Institutions::apply, sentence, spans);
  }

  @Test
  public void theKremlinAndTheFed() {
    assertEquals("ORG:Kremlin, ORG:Fed", apply("The Kremlin rejected the claim and the Fed raised rates"));
    assertEquals("ORG:Pentagon, ORG:Knesset", apply("the Pentagon and the Knesset", new Span(1, 2, "ORG")));
  }

  @Test
  public void notWithoutTheNorInElectionNames() {
    assertEquals("", apply("AP Photo by Kremlin staff"));
    assertEquals("", apply("in the Knesset election of 1999"));
    assertEquals("", apply("the kremlin"));
  }
}
