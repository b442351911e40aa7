package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** Brackets and quotes in Penn Treebank spellings are read as the characters they stand for. */
public class PtbTokensTest {
  @Test
  public void replacesBracketsAndQuotes() {
    String[] in = {"``", "Hi", "''", "-LRB-", "FAA", "-RRB-", "-LSB-", "x", "-RSB-"};
    assertArrayEquals(new String[] {"\"", "Hi", "\"", "(", "FAA", ")", "[", "x", "]"}, PtbTokens.plain(in));
    assertEquals("the input is left as it is", "-LRB-", in[3]);
  }

  @Test
  public void sentenceWithoutThemIsTheSameArray() {
    String[] in = {"The", "FAA", "(", "x", ")", "said", "."};
    assertSame(in, PtbTokens.plain(in));
  }

  @Test
  public void theTaggerFindsTheSameNamesInBothSpellings() {
    // in PTB spellings the session 7 model lost "CPJ" and "AP" (brackets) and "Orban" (before "-LRB-")
    List<String[]> plain = List.of(
        "The Committee to Protect Journalists ( CPJ ) said so .".split(" "),
        "( AP ) Kenya 's President Uhuru Kenyatta said .".split(" "),
        "Mr. Kovacs ( left ) met Mr. Orban ( right ) in Budapest .".split(" "),
        "\" The FAA acted too late , \" said Senator Maria Cantwell of Washington .".split(" "));
    List<String[]> ptb = List.of(
        "The Committee to Protect Journalists -LRB- CPJ -RRB- said so .".split(" "),
        "-LRB- AP -RRB- Kenya 's President Uhuru Kenyatta said .".split(" "),
        "Mr. Kovacs -LRB- left -RRB- met Mr. Orban -LRB- right -RRB- in Budapest .".split(" "),
        "`` The FAA acted too late , '' said Senator Maria Cantwell of Washington .".split(" "));
    EntityTagger tagger = new EntityTagger();
    List<Span[]> expected = tagger.tagTokens(plain);
    List<Span[]> got = tagger.tagTokens(ptb);
    for (int i = 0; i < expected.size(); i++) {
      assertArrayEquals("sentence " + i, expected.get(i), got.get(i));
    }
    assertTrue("CPJ is found", covers(ptb.get(0), got.get(0), "CPJ"));
    assertTrue("AP is found", covers(ptb.get(1), got.get(1), "AP"));
    assertTrue("Orban is found", covers(ptb.get(2), got.get(2), "Orban"));
  }

  private static boolean covers(String[] tokens, Span[] spans, String name) {
    for (Span s : spans) {
      if (s.length() == 1 && tokens[s.getStart()].equals(name)) {
        return true;
      }
    }
    return false;
  }
}
