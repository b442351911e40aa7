package org.newsgraph.actors;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.newsgraph.nlp.Sentence;

public class DictionaryMatcherTest {
  private static final DictionaryMatcher MATCHER = Fixtures.FINDER.matcher();

  /** Hits as "text=id/kind", in order. */
  private static List<String> hits(String text) {
    List<Sentence> sentences = Fixtures.analyze(text);
    List<String> out = new ArrayList<>();
    for (DictionaryHit h : MATCHER.match(sentences)) {
      Sentence s = sentences.get(h.sentence);
      // the char span lies within its tokens
      assertEquals(true, s.tokenBegins[h.start] <= h.beginChar && h.endChar <= s.tokenEnds[h.end - 1]);
      out.add(text.substring(h.beginChar, h.endChar) + "=" + h.actor.id + "/" + h.kind);
    }
    return out;
  }

  @Test
  public void longestMultiTokenFormWins() {
    assertEquals(List.of("United States of America=Q30/alias", "United States=Q30/name"),
        hits("The United States of America and the United States are one."));
    // alias "Russian Federation" beats the adjective "Russian"
    assertEquals(List.of("Russian Federation=Q159/alias"), hits("The Russian Federation said no."));
    assertEquals(List.of("Kremlin=ng:kremlin/name", "Anadolu Agency=ng:anadolu-agency/name"),
        hits("The Kremlin said so, Anadolu Agency reported."));
  }

  @Test
  public void acronymsMatchWithTheirExactCaseOnly() {
    assertEquals(List.of("US=Q30/alias"), hits("US troops left."));
    assertEquals(List.of(), hits("Let us go, they told us."));
    assertEquals(List.of(), hits("Who knows what the who said?"));
    assertEquals(List.of("WHO=ng:who/alias"), hits("The WHO said so."));
  }

  @Test
  public void dottedAcronymsMatchMidSentenceAndAtTheEnd() {
    assertEquals(List.of("U.S.=Q30/alias", "U.S.=Q30/alias"),
        hits("Officials in the U.S. said so. He flew to the U.S."));
  }

  @Test
  public void possessivesAndCurlyApostrophesAndGluedPunctuation() {
    assertEquals(List.of("Russia=Q159/name", "Ukraine=Q212/name"), hits("Russia's army entered Ukraine\u2019s east."));
    // the tokenizer glues "Kyiv." and "Kyiv-": the hit is the name only
    assertEquals(List.of("Kyiv=Q1899/name", "Kyiv=Q1899/name"), hits("Kyiv-based officials met in Kyiv."));
  }

  @Test
  public void adjectivesAreAdjectival() {
    assertEquals(List.of("Russian=Q159/adjectival", "Vladimir Putin=Q7747/name", "Ukrainian=Q212/adjectival"),
        hits("Russian President Vladimir Putin rejected the Ukrainian plan."));
    assertEquals(List.of("Russian=Q159/adjectival"), hits("Russian-backed forces advanced."));
  }

  @Test
  public void lowerCaseFormsNeverMatch() {
    // the fixture lists the alias "kremlin": lower-case forms are not indexed
    assertEquals(List.of(), hits("He ate kremlin pie."));
  }

  @Test
  public void allCapsHeadlinesAndDatelines() {
    assertEquals(List.of("RUSSIA=Q159/name", "U.S.=Q30/alias", "KYIV=Q1899/name"),
        hits("RUSSIA AND THE U.S. CLASH OVER KYIV"));
    assertEquals(List.of("KYIV=Q1899/name", "Ukraine=Q212/name"), hits("KYIV, Ukraine (AP) \u2014 Talks resumed."));
  }

  @Test
  public void nameBeatsAliasThenFirstLoadedWins() {
    ActorDictionary d = ActorDictionary.builder()
        .add(new Actor("ng:a", "Alpha", ActorType.ORGANIZATION, List.of("Foo"), List.of(), null, List.of()))
        .add(Actor.named("ng:b", "Foo", ActorType.PERSON))
        .add(new Actor("ng:c", "Gamma", ActorType.ORGANIZATION, List.of("Bar"), List.of(), null, List.of()))
        .add(new Actor("ng:d", "Delta", ActorType.ORGANIZATION, List.of("Bar"), List.of(), null, List.of()))
        .build();
    List<Sentence> s = Fixtures.analyze("Foo met Bar.");
    List<DictionaryHit> h = new DictionaryMatcher(d).match(s.get(0));
    assertEquals("ng:b", h.get(0).actor.id);
    assertEquals("ng:c", h.get(1).actor.id);
  }
}
