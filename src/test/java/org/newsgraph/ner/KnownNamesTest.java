package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A span of the model inside a longer place or organisation of the actor dictionary grows to it. */
public class KnownNamesTest {
  private static String grow(String sentence, Span... spans) {
    return SpanText.applied(KnownNames::grow, sentence, spans);
  }

  @Test
  public void aSpanGrowsToTheDictionarysName() {
    assertEquals("ORG:United Nations General Assembly",
        grow("at the United Nations General Assembly on Monday", new Span(5, 6, "ORG")));
    // spans inside it give way to it, and it takes the dictionary's type
    assertEquals("LOC:Trinidad and Tobago, PER:Brian Lara",
        grow("Trinidad and Tobago 's Brian Lara", new Span(0, 1, "LOC"), new Span(2, 3, "ORG"),
            new Span(4, 6, "PER")));
  }

  @Test
  public void onlyANameThatStandsByItself() {
    // a capitalised word after it: the name may be longer still
    assertEquals("ORG:Assembly", grow("the United Nations General Assembly Hall", new Span(4, 5, "ORG")));
    // another span reaching out of it: both stay the model's
    assertEquals("ORG:the United Nations, ORG:Assembly", grow("at the United Nations General Assembly on Monday",
        new Span(1, 4, "ORG"), new Span(5, 6, "ORG")));
    // the dictionary's descriptive names are no names cut short
    assertEquals("ORG:Houthi", grow("the Houthi movement said", new Span(1, 2, "ORG")));
  }

  private static final Predicate<String> NATIONALITY =
      w -> w.equals("Russian") || w.equals("Chinese") || w.equals("German");

  private static String withoutNationality(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> {
      KnownNames.withoutNationality(t, sp, NATIONALITY);
      return sp;
    }, sentence, spans);
  }

  @Test
  public void aNationalityBeforeADictionaryOrganisationIsNoPartOfIt() {
    assertEquals("ORG:Gazprom", withoutNationality("Russian Gazprom signs deal", new Span(0, 2, "ORG")));
    // the whole is the dictionary's name, or the rest is none
    assertEquals("ORG:Chinese Communist Party",
        withoutNationality("the Chinese Communist Party said", new Span(1, 4, "ORG")));
    assertEquals("ORG:German Red Cross", withoutNationality("the German Red Cross said", new Span(1, 4, "ORG")));
  }
}
