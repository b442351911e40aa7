package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A role inside a span parts the name before it from the person after it. */
public class RoleSplitsTest {
  // the phrase before the role, as the model names it alone: an organisation when it ends in "Service"
  private static Span[] alone(String[] words) {
    return words[words.length - 1].equals("Service") ? new Span[] {new Span(0, words.length, "ORG")} : new Span[0];
  }

  private static String split(String sentence, Span span) {
    return SpanText.applied((t, s) -> RoleSplits.apply(t, s, RoleSplitsTest::alone), sentence, span);
  }

  @Test
  public void aRoleInsideASpanPartsIt() {
    assertEquals("ORG:NSW Rural Fire Service, PER:Trent Curtin",
        split("NSW Rural Fire Service Commissioner Trent Curtin said", new Span(0, 7, "ORG")));
    assertEquals("PER:S.K. Mishra", split("Chief Electoral Officer S.K. Mishra said", new Span(1, 5, "PER")));
    assertEquals("PER:Toshitami Kaihara", split("Hyogo Gov. Toshitami Kaihara said", new Span(0, 4, "PER")));
  }

  @Test
  public void namesWithRoleWordsStay() {
    assertEquals("ORG:Major League Rugby", split("the Major League Rugby", new Span(1, 4, "ORG")));
    assertEquals("ORG:Office of the Director of National Intelligence",
        split("Office of the Director of National Intelligence", new Span(0, 7, "ORG")));
    assertEquals("ORG:Federal Reserve Chairman Search Committee",
        split("Federal Reserve Chairman Search Committee", new Span(0, 5, "ORG")));
    assertEquals("PER:Prince Sheikh Mohammed", split("Prince Sheikh Mohammed", new Span(0, 3, "PER")));
  }
}
