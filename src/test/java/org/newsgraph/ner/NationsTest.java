package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A span that is a state's name is a place, unless a person of the document holds the name. */
public class NationsTest {
  private static String noPersons(String[] sentences, Span[]... spans) {
    return applied(Nations::noPersons, sentences, spans);
  }

  private interface DocumentRule {
    List<Span[]> apply(List<String[]> sentences, List<Span[]> spans);
  }

  /** The document's spans after a rule, sentence by sentence. */
  private static String applied(DocumentRule rule, String[] sentences, Span[]... spans) {
    List<String[]> tokens = new ArrayList<>();
    for (String s : sentences) {
      tokens.add(s.split(" "));
    }
    List<Span[]> out = rule.apply(tokens, new ArrayList<>(List.of(spans)));
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
    // nor one the dictionary names with a possessive ("Moody's")
    assertEquals("ORG:Moody", noPersons(new String[] {"Moody 's cut its rating"}, new Span[] {new Span(0, 1, "PER")}));
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

  /** The spans after {@link Nations#untagged}, the label prior standing in as "every word but Jordan is a place's". */
  private static String untagged(String[] sentences, Span[]... spans) {
    return applied((t, sp) -> Nations.untagged(t, sp, w -> !w.equals("Jordan")), sentences, spans);
  }

  @Test
  public void aStateTheModelLeftOutIsAPlace() {
    assertEquals("LOC:Madagascar | LOC:United Kingdom", untagged(
        new String[] {"he represents Madagascar abroad", "the United Kingdom said"}, new Span[0], new Span[0]));
  }

  @Test
  public void aDictionaryPlaceAfterTheIsAPlaceUnlessItModifiesANoun() {
    assertEquals("LOC:Mediterranean | ", untagged(new String[] {"ships in the Mediterranean , said",
        "the Mediterranean squadrons sailed"}, new Span[0], new Span[0]));
  }

  @Test
  public void aStateInALongerNameOrAPersonsNameIsLeftAlone() {
    assertEquals("names of their own", " | ", untagged(
        new String[] {"the 1992 United States presidential election", "an Iran Cartoon contest"}, new Span[0],
        new Span[0]));
    assertEquals("a person of the document holds it", "PER:Chad Johnson | ", untagged(
        new String[] {"Chad Johnson scored", "then Chad met officials"}, new Span[] {new Span(0, 2, "PER")},
        new Span[0]));
    assertEquals("the label prior has it as no place's", "", untagged(new String[] {"Collins and Jordan played"},
        new Span[0]));
  }

  @Test
  public void aStateBeforeCentsOrDollarsIsAPlaceAfterAnAmount() {
    assertEquals("LOC:U.S. | ", untagged(new String[] {"the dollar rose to 74.20 U.S. cents", "won 3 Brazil titles"},
        new Span[0], new Span[0]));
  }
}
