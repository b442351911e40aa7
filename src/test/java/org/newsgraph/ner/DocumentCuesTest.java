package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

/**
 * A sure cue in one sentence types the name in every sentence of the document, by the shipped model and the tagger's
 * rules: the model alone read both names below as a person in all their mentions.
 */
public class DocumentCuesTest {
  private static List<String> typesOf(String name, String... sentences) {
    return SpanText.tagged(sentences).stream().filter(n -> n.endsWith(":" + name)).map(n -> n.split(":")[0]).toList();
  }

  @Test
  public void aMarketMoveMakesTheCompanyInEveryMention() {
    assertEquals(List.of("ORG", "ORG", "ORG"), typesOf("Danforth",
        "Danforth said its third-quarter profit rose 18 percent .",
        "Danforth shares rose 1-3/8 to 37-1/4 on the New York Stock Exchange .",
        "Pemberton said the sale would let Danforth focus on its core business ."));
  }

  @Test
  public void aPlacesKindMakesThePlaceInEveryMention() {
    assertEquals(List.of("LOC", "LOC", "LOC"), typesOf("Moreton",
        "Moreton was given a market charter in 1455 .",
        "Moreton had 312 inhabitants in 1900 .",
        "The statutes of the former village of Moreton were written in Latin ."));
  }

  @Test
  public void namesInOtherLanguagesFollowThePlaceTheSentenceDefines() {
    // the model left the river itself out: the definition ("is a river") names it, and the glosses follow it
    List<String> names = SpanText.tagged("The Drava ( German : Drau ; Hungarian : Dráva ) is a river in Europe .");
    assertEquals(List.of("LOC:Drava", "LOC:Drau", "LOC:Dráva", "LOC:Europe"), names);
  }
}
