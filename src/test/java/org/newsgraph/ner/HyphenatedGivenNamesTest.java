package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** Korean and Chinese names with a hyphenated given name are one person, however the tokenizer and model cut them. */
public class HyphenatedGivenNamesTest {
  private static String applied(String sentence, Span... spans) {
    String[] t = sentence.split(" ");
    return SpanText.of(t, HyphenatedGivenNames.apply(t, spans));
  }

  @Test
  public void aSurnameAndAHyphenatedGivenNameAreOnePerson() {
    // missed, cut, called a place, and the given name in one token
    assertEquals("PER:Moon Jae - in", applied("President Moon Jae - in met", new Span[0]));
    assertEquals("PER:Ma Ying - jeou, LOC:Taipei",
        applied("Ma Ying - jeou left Taipei", new Span(0, 2, "PER"), new Span(5, 6, "LOC")));
    assertEquals("PER:Hau Lung - bin", applied("Premier Hau Lung - bin said", new Span(1, 3, "LOC")));
    assertEquals("PER:Park Geun-hye", applied("Park Geun-hye was there", new Span[0]));
    assertEquals("PER:Park Joo - Ho", applied("Park Joo - Ho scored", new Span(0, 2, "LOC")));
  }

  @Test
  public void compoundsLongerNamesAndOtherWordsStay() {
    assertEquals("LOC:Park Avenue", applied("a Park Avenue - based firm", new Span(1, 3, "LOC")));
    assertEquals("LOC:Park Ji-sung Road", applied("on Park Ji-sung Road", new Span(1, 4, "LOC")));
    assertEquals("LOC:Russia, LOC:Ukraine",
        applied("the Russia - Ukraine war", new Span(1, 2, "LOC"), new Span(3, 4, "LOC")));
    assertEquals("", applied("a well - known man", new Span[0]));
  }
}
