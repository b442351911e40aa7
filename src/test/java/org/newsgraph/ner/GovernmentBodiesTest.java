package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** An untagged run of capitalised words ending in "Ministry", "Commission", ... is one organisation. */
public class GovernmentBodiesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(GovernmentBodies::apply, sentence, spans);
  }

  @Test
  public void aFieldAndAKindNameABody() {
    assertEquals("LOC:Ukraine, ORG:Interior Ministry",
        apply("Ukraine 's Interior Ministry said on Tuesday", new Span(0, 1, "LOC")));
    assertEquals("ORG:Election Commission", apply("The Election Commission of India announced it"));
    assertEquals("ORG:Foreign Ministry", apply("After Foreign Ministry talks"));
    // the model's names stay as they are
    assertEquals("ORG:Defence Ministry, ORG:Health", apply("The Defence Ministry and the Health Ministry",
        new Span(5, 6, "ORG")));
  }

  @Test
  public void aKindTaggedAloneTakesItsField() {
    assertEquals("ORG:Foreign Ministry, PER:Shen Guofang", apply("Foreign Ministry spokesman Shen Guofang said",
        new Span(1, 2, "ORG"), new Span(3, 5, "PER")));
    assertEquals("ORG:Foreign Office", apply("The Foreign Office said"));
    assertEquals("ORG:Foreign Office", apply("A Foreign Office spokesman declined", new Span(2, 3, "ORG")));
    // "Office" is a kind only after a department's field
    assertEquals("", apply("in the Oval Office on Monday"));
  }

  @Test
  public void aFieldAloneBeforeATitleIsNoName() {
    assertEquals("PER:Franz Fischler", SpanText.applied(GovernmentBodies::noFieldBeforeTitle,
        "said Agriculture Commissioner Franz Fischler", new Span(1, 2, "ORG"), new Span(3, 5, "PER")));
    assertEquals("ORG:Finance Ministry", SpanText.applied(GovernmentBodies::noFieldBeforeTitle,
        "the Finance Ministry said", new Span(1, 3, "ORG")));
    assertEquals("LOC:U.S., PER:Robert Pitman", SpanText.applied(GovernmentBodies::noFieldBeforeTitle,
        "U.S. District Judge Robert Pitman wrote", new Span(0, 2, "LOC"), new Span(3, 5, "PER")));
  }

  @Test
  public void descriptionsElectionsAndHeadingsAreLeft() {
    assertEquals("", apply("2003 requested a Parliamentary Commission on the role"));
    assertEquals("", apply("the 2003 Colchester Borough Council election"));
    assertEquals("", apply("HEALTH MINISTRY WARNS"));
    assertEquals("", apply("the Ministry said"));
  }
}
