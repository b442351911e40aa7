package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name given again in other languages in brackets after a name is the same kind of name. */
public class GlossesTest {
  private static String apply(String sentence, Span... spans) {
    Set<String> languages = Set.of("German", "Hungarian", "French", "Russian");
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
}
