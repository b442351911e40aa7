package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A span that is a state's name is a place, unless a person of the document holds the name. */
public class NationsTest {
  private static String noPersons(String[] sentences, Span[]... spans) {
    List<String[]> tokens = new ArrayList<>();
    for (String s : sentences) {
      tokens.add(s.split(" "));
    }
    List<Span[]> out = Nations.noPersons(tokens, new ArrayList<>(List.of(spans)));
    List<String> text = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      text.add(SpanText.of(tokens.get(i), out.get(i)));
    }
    return String.join(" | ", text);
  }

  @Test
  public void aStateIsAPlace() {
    assertEquals("LOC:Turkey | LOC:South Korea, PER:Erdogan, LOC:Ghana, ORG:Hamas",
        noPersons(new String[] {"after Turkey began an offensive", "South Korea and Erdogan and Ghana and Hamas"},
            new Span[] {new Span(1, 2, "PER", 0.6)}, new Span[] {new Span(0, 2, "PER", 0.5), new Span(3, 4, "PER", 0.9),
                new Span(5, 6, "ORG", 0.7), new Span(7, 8, "ORG", 0.9)}));
  }

  @Test
  public void anOrganisationOfTheDictionaryIsNoPerson() {
    // but a place of the dictionary may be a surname
    assertEquals("ORG:Kremlin, PER:Dmitry Peskov | PER:Washington",
        noPersons(new String[] {"Kremlin spokesman Dmitry Peskov said", "leaders such as Washington retired"},
            new Span[] {new Span(0, 1, "PER", 0.6), new Span(2, 4, "PER", 0.9)}, new Span[] {new Span(3, 4, "PER", 0.7)}));
  }

  @Test
  public void anOrganisationOfTheDictionaryIsNoPlaceButForASeat() {
    assertEquals("ORG:National Hurricane Center | LOC:White House",
        noPersons(new String[] {"the National Hurricane Center said", "at the White House"},
            new Span[] {new Span(1, 4, "LOC", 0.6)}, new Span[] {new Span(2, 4, "LOC", 0.7)}));
  }

  @Test
  public void aPersonWhoHoldsTheNameKeepsIt() {
    assertEquals("PER:Michael Jordan | PER:Jordan",
        noPersons(new String[] {"Michael Jordan retired", "Jordan said so"},
            new Span[] {new Span(0, 2, "PER", 0.9)}, new Span[] {new Span(0, 1, "PER", 0.8)}));
    assertEquals("LOC:Jordan", noPersons(new String[] {"Jordan said so"}, new Span[] {new Span(0, 1, "PER", 0.8)}));
    // however long the state's name
    assertEquals("LOC:Islamic Republic of Iran",
        noPersons(new String[] {"the Islamic Republic of Iran said"}, new Span[] {new Span(1, 5, "ORG", 0.8)}));
  }
}
