package org.newsgraph.nlp;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class TextAnalyzerTest {
  @Test
  public void splitsSentencesAndTokensWithOffsetsIntoTheText() {
    String text = "Putin met Trump in Budapest. They talked.\n\nLavrov's aide said so.";
    List<Sentence> sentences = new TextAnalyzer().analyze(text);

    assertEquals(3, sentences.size());
    Sentence first = sentences.get(0);
    assertArrayEquals(new String[] {"Putin", "met", "Trump", "in", "Budapest", "."}, first.tokens);
    for (Sentence s : sentences) {
      assertEquals(s.index, sentences.indexOf(s));
      for (int i = 0; i < s.size(); i++) {
        assertEquals(s.tokens[i], text.substring(s.tokenBegins[i], s.tokenEnds[i]));
      }
    }
    assertArrayEquals(
        new String[] {"Lavrov", "'s", "aide", "said", "so", "."}, sentences.get(2).tokens);
    assertArrayEquals(new String[] {"The", "United", "States", "'", "envoy", "left", "."},
        new TextAnalyzer().analyze("The United States' envoy left.").get(0).tokens);
  }

  @Test
  public void aShortLineEndsTheSentence() {
    // a headline, a dateline and a results table's rows, one line each; prose wrapped at a fixed width stays one
    // sentence
    List<Sentence> sentences = new TextAnalyzer().analyze("SOCCER - DUTCH RESULTS\nAMSTERDAM 1996-09-01\n"
        + "NAC Breda 0 Heerenveen 1\nRoda JC Kerkrade 4 Sparta Rotterdam 0\n\n"
        + "Results of the Dutch first division matches played on Sunday, as\nReported by the league in Zeist.");
    assertEquals(5, sentences.size());
    assertArrayEquals(new String[] {"NAC", "Breda", "0", "Heerenveen", "1"}, sentences.get(2).tokens);
    assertEquals(19, sentences.get(4).tokens.length); // "Results ... Sunday , as Reported ... Zeist ."
  }

  @Test
  public void aDatelineStartsASentenceAfterALineOfAnyLength() {
    List<Sentence> sentences = new TextAnalyzer().analyze("Zelenskyy meets Trump at White House as Europe rallies "
        + "behind Kyiv\nWASHINGTON — Ukrainian President Volodymyr Zelenskyy met Donald Trump on Monday, as leaders of "
        + "Europe\nNATO and the EU looked on.");
    assertEquals(2, sentences.size());
    assertEquals("Kyiv", sentences.get(0).tokens[sentences.get(0).tokens.length - 1]);
    assertEquals("WASHINGTON", sentences.get(1).tokens[0]);
    String[] headline = new TextAnalyzer().analyze("Mumbai civic body to demolish illegal structures along SV Road in "
        + "Andheri\nMUMBAI: The civic body began on Monday.").get(0).tokens;
    assertEquals("Andheri", headline[headline.length - 1]);
    // prose wrapped before a word in capitals that no comma, bracket or dash follows goes on
    assertEquals("NATO", sentences.get(1).tokens[sentences.get(1).tokens.length - 7]);
  }

  @Test
  public void aDateWrittenWithHyphensIsOneToken() {
    List<Sentence> sentences = new TextAnalyzer().analyze("LEVERKUSEN, Germany 1996-09-10\nBayer said so.");
    assertArrayEquals(new String[] {"LEVERKUSEN", ",", "Germany", "1996-09-10"}, sentences.get(0).tokens);
  }

  @Test
  public void aMiddleInitialDoesNotEndTheSentence() {
    List<Sentence> sentences = new TextAnalyzer().analyze(
        "Trump asked for John R. Bolton's resignation. George W. Bush won. They chose Plan B. Then they left.");
    assertEquals(4, sentences.size());
    String first = String.join(" ", sentences.get(0).tokens);
    assertTrue(first, first.startsWith("Trump asked for John R") && first.endsWith("Bolton 's resignation ."));
    assertArrayEquals(new String[] {"Then", "they", "left", "."}, sentences.get(3).tokens);
  }

  @Test
  public void initialsWrittenTogetherDoNotEndTheSentence() {
    List<Sentence> sentences = new TextAnalyzer().analyze("Prime Minister H.D. Deve Gowda left for Dhaka. He met the press.");
    assertEquals(2, sentences.size());
    assertArrayEquals(new String[] {"Prime", "Minister", "H.D.", "Deve", "Gowda", "left", "for", "Dhaka", "."},
        sentences.get(0).tokens);
  }

  @Test
  public void initialsAfterAnyWordOrBeforeAParticleStayWithTheName() {
    List<Sentence> sentences = new TextAnalyzer().analyze(
        "He was referring to M.S. Dhoni. President F.W. de Klerk voted.");
    assertEquals(2, sentences.size());
    assertArrayEquals(new String[] {"He", "was", "referring", "to", "M.S.", "Dhoni", "."}, sentences.get(0).tokens);
    // the tokenizer had cut "F | .W."
    assertArrayEquals(new String[] {"President", "F.W.", "de", "Klerk", "voted", "."}, sentences.get(1).tokens);
  }

  @Test
  public void aStatesShortFormDoesNotEndADateline() {
    List<Sentence> sentences = new TextAnalyzer().analyze(
        "AUGUSTA, Ga. (AP) — Rory McIlroy won. JASPER, Alta. — A third of the town burned. He left for Japan. — Then."
        );
    assertEquals(4, sentences.size());
    assertArrayEquals(new String[] {"AUGUSTA", ",", "Ga.", "(", "AP", ")", "—", "Rory", "McIlroy", "won", "."},
        sentences.get(0).tokens);
    assertEquals("JASPER , Alta. —", String.join(" ", sentences.get(1).tokens).substring(0, 16));
  }

  @Test
  public void aTitleWrittenShortDoesNotEndTheSentence() {
    List<Sentence> sentences = new TextAnalyzer().analyze(
        "Gov. Josh Shapiro and Sen. John Fetterman listened. Rep. Nancy Mace came. He met Surya Sen. Then he left.");
    assertEquals(4, sentences.size());
    assertArrayEquals(new String[] {"Gov.", "Josh", "Shapiro", "and", "Sen.", "John", "Fetterman", "listened", "."},
        sentences.get(0).tokens);
    assertArrayEquals(new String[] {"Rep.", "Nancy", "Mace", "came", "."}, sentences.get(1).tokens);
    // a surname at the sentence's end keeps its full stop apart
    assertArrayEquals(new String[] {"He", "met", "Surya", "Sen", "."}, sentences.get(2).tokens);
  }

  @Test
  public void aHyphenKeptWithTheWordBeforeItIsSplitOff() {
    Sentence s = new TextAnalyzer().analyze("The UK-based firm and a Kyiv-based company met U.S.-led forces.").get(0);
    assertArrayEquals(new String[] {"The", "UK", "-", "based", "firm", "and", "a", "Kyiv", "-", "based", "company", "met",
        "U.S.", "-", "led", "forces", "."}, s.tokens);
    for (int i = 0; i < s.tokens.length; i++) {
      assertEquals(s.tokens[i], "The UK-based firm and a Kyiv-based company met U.S.-led forces."
          .substring(s.tokenBegins[i], s.tokenEnds[i]));
    }
  }

  @Test
  public void aWordOfLettersAndDigitsStaysWhole() {
    // the tokenizer's model alone cut "Le|if", "Fed|Ex", "IC|AM", "78|K"
    Sentence s = new TextAnalyzer().analyze("Leif Ryvarden of ICAM flew 78K miles to the FedEx Forum.").get(0);
    assertArrayEquals(new String[] {"Leif", "Ryvarden", "of", "ICAM", "flew", "78K", "miles", "to", "the", "FedEx",
        "Forum", "."}, s.tokens);
  }

  @Test
  public void aHyphenIsSplitOffTheWordAfterIt() {
    String text = "The Russia-Ukraine war cost -5 points, said \u2014Natasha Smith of North Cotabato\u2014in Mindanao.";
    Sentence s = new TextAnalyzer().analyze(text).get(0);
    assertArrayEquals(new String[] {"The", "Russia", "-", "Ukraine", "war", "cost", "-5", "points", ",", "said",
        "\u2014", "Natasha", "Smith", "of", "North", "Cotabato", "\u2014", "in", "Mindanao", "."}, s.tokens);
    for (int i = 0; i < s.tokens.length; i++) {
      assertEquals(s.tokens[i], text.substring(s.tokenBegins[i], s.tokenEnds[i]));
    }
  }

  @Test
  public void aSentencesLastFullStopLeavesAWordButNotAnAbbreviation() {
    List<Sentence> sentences = new TextAnalyzer().analyze(
        "Ursula von der Leyen visited Kyiv. She met Zelensky in Kyiv. He works for Acme Inc.");
    assertEquals(3, sentences.size());
    assertArrayEquals(new String[] {"She", "met", "Zelensky", "in", "Kyiv", "."}, sentences.get(1).tokens);
    assertArrayEquals(new String[] {"He", "works", "for", "Acme", "Inc."}, sentences.get(2).tokens);
    Sentence first = sentences.get(0);
    assertEquals("Kyiv", first.tokens[first.size() - 2]);
    assertEquals(".", first.tokens[first.size() - 1]);
  }

  @Test
  public void zeroWidthCharactersAreNoPartOfAToken() {
    String text = "Storms hit \u200dPuerto Rico\u200b on Monday.";
    Sentence s = new TextAnalyzer().analyze(text).get(0);
    assertArrayEquals(new String[] {"Storms", "hit", "Puerto", "Rico", "on", "Monday", "."}, s.tokens);
    assertEquals(text.indexOf("Puerto"), s.tokenBegins[2]);
  }

  @Test
  public void emptyTextHasNoSentences() {
    assertEquals(0, new TextAnalyzer().analyze("  \n\n ").size());
  }
}
