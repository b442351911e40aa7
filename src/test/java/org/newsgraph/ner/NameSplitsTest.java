package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A place or organisation span is cut at a lower-case content word between capitalised words. */
public class NameSplitsTest {
  private static String split(String sentence, int start, int end, String type) {
    String[] t = sentence.split(" ");
    return SpanText.of(t, NameSplits.atLowerCaseWords(t, new Span[] {new Span(start, end, type)},
        EntityTagger.commonWords(NerModels.shipped(), Truecaser.shipped())));
  }

  @Test
  public void cutsTwoPlacesRunTogether() {
    assertEquals("LOC:West Bank, LOC:Ramallah", split("in the West Bank town of Ramallah .", 2, 7, "LOC"));
    assertEquals("LOC:U.S., LOC:El Paso", split("the U.S. border city of El Paso", 1, 7, "LOC"));
    assertEquals("LOC:Detroit, LOC:Syria", split("flew from Detroit via Syria", 2, 5, "LOC"));
  }

  @Test
  public void cutsEveryContentWord() {
    assertEquals("LOC:Red Sea, LOC:Mokha, LOC:Yemen",
        split("the Red Sea port town of Mokha city in Yemen", 1, 10, "LOC"));
  }

  @Test
  public void leavesFunctionWordsParticlesAndCompounds() {
    assertEquals("ORG:Bank of England", split("the Bank of England", 1, 4, "ORG"));
    assertEquals("ORG:Doctors without Borders", split("Doctors without Borders", 0, 3, "ORG"));
    assertEquals("ORG:Clann na Poblachta", split("Clann na Poblachta", 0, 3, "ORG"));
    assertEquals("ORG:Co - operative Commonwealth Federation",
        split("Co - operative Commonwealth Federation", 0, 5, "ORG"));
  }

  @Test
  public void cutsAScorecardLine() {
    assertEquals("PER:Saeed Anwar, PER:Croft, PER:Cork", split("Saeed Anwar c Croft b Cork 176", 0, 6, "PER"));
    assertEquals("PER:Mark Taylor, PER:Ambrose", split("Mark Taylor lbw b Ambrose 43", 0, 5, "PER"));
  }

  @Test
  public void cutsPersonsAtACommonWordButNotAtAParticle() {
    assertEquals("PER:Pope Pius XII, PER:Jaro", split("Pope Pius XII elevated Jaro", 0, 5, "PER"));
    assertEquals("PER:Arnel dela Vega", split("Arnel dela Vega", 0, 3, "PER"));
    assertEquals("PER:Eamonn mac Maolmhordha", split("Eamonn mac Maolmhordha", 0, 3, "PER"));
  }

  @Test
  public void cutsPersonsAtAnInflectionTooRareToBeACommonWord() {
    assertEquals("PER:Holyfield, PER:Tyson", split("Holyfield stuns Tyson in 11th round", 0, 3, "PER"));
    // only persons: other names hold such words
    assertEquals("ORG:Holyfield stuns Tyson", split("Holyfield stuns Tyson in 11th round", 0, 3, "ORG"));
  }

  @Test
  public void aNumberAfterAndIsNoPartOfTheNameBeforeTheCut() {
    assertEquals("LOC:Appleby-in-Westmorland, LOC:Penrith",
        split("north-west of Appleby-in-Westmorland and 14 miles south-east of Penrith", 2, 9, "LOC"));
    assertEquals("ORG:Ligue 1", split("Ligue 1", 0, 2, "ORG"));
  }

  @Test
  public void cutsAtVersus() {
    assertEquals("ORG:Leeds, ORG:Chelsea", split("Leeds vs. Chelsea", 0, 3, "ORG"));
    assertEquals("LOC:England", split("England v Pakistan", 0, 2, "LOC"));
    assertEquals("PER:Smith, PER:Jones", split("Smith v Jones", 0, 3, "PER"));
  }

  @Test
  public void cutsAPersonRunOverACommaAndANationality() {
    String[] t = "joined by Zuelle , Frenchman Laurent Brochard and Oscar Camenzind".split(" ");
    assertEquals("PER:Zuelle, PER:Laurent Brochard, PER:Oscar Camenzind", SpanText.of(t,
        NameSplits.atCommaAndNationality(t, new Span[] {new Span(2, 7, "PER"), new Span(8, 10, "PER")})));
    String[] jr = "Thomas Martin , Jr. said".split(" ");
    assertEquals("PER:Thomas Martin , Jr.", SpanText.of(jr,
        NameSplits.atCommaAndNationality(jr, new Span[] {new Span(0, 4, "PER")})));
  }
}
