package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name given again in other languages in brackets after a name is the same kind of name. */
public class GlossesTest {
  private static String apply(String sentence, Span... spans) {
    Set<String> languages = Set.of("German", "Hungarian", "French", "Russian", "English");
    return SpanText.applied((t, sp) -> Glosses.apply(t, sp, languages::contains), sentence, spans);
  }

  @Test
  public void namesInOtherLanguagesTakeTheNamesType() {
    assertEquals("LOC:Drava, LOC:Drau, LOC:Dráva", apply("The Drava ( German : Drau ; Hungarian : Dráva ) is a river",
        new Span(1, 2, "LOC")));
    assertEquals("ORG:French Foreign Legion, ORG:Légion étrangère",
        apply("the French Foreign Legion ( French : Légion étrangère ) ,", new Span(1, 4, "ORG")));
    assertEquals("PER:Pavel Tverdokhlebov, PER:Павел Твердохлебов",
        apply("Pavel Tverdokhlebov ( Russian : Павел Твердохлебов ) was", new Span(0, 2, "PER")));
  }

  @Test
  public void noLanguageNoCapitalOrNoNameBeforeAddsNothing() {
    assertEquals("LOC:Drava", apply("The Drava ( about 700 km ) is", new Span(1, 2, "LOC")));
    assertEquals("LOC:Drava", apply("The Drava ( German : meaning river ) is", new Span(1, 2, "LOC")));
    assertEquals("", apply("The river ( German : Drau ) is"));
  }

  @Test
  public void aGlossTheModelTypedOtherwiseTakesThePlacesOrBodysTypeButNotAPersons() {
    assertEquals("LOC:Llandovery, LOC:Llanymddyfri", apply("Llandovery ( Welsh : Llanymddyfri ) is a market town",
        new Span(0, 1, "LOC"), new Span(4, 5, "PER")));
    assertEquals("ORG:Veðurstofa Íslands, ORG:Icelandic Met Office",
        apply("Veðurstofa Íslands ( English : Icelandic Met Office ) is", new Span(0, 2, "ORG"),
            new Span(5, 8, "LOC")));
    // the model may have taken a place's name for a person: a person's gloss keeps its own type
    assertEquals("PER:Stadt Osnabrück, LOC:Osnabrück City", apply("Stadt Osnabrück ( English : Osnabrück City ) is",
        new Span(0, 2, "PER"), new Span(5, 7, "LOC")));
  }
}
