package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;
import org.junit.Test;
import org.newsgraph.nlp.Sentence;

/** Hyphenated names written without spaces are joined; two dictionary names joined by a hyphen stay two. */
public class HyphenatedNamesTest {
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}.]+|[^\\p{L}\\s]");

  /** The spans after the rule, for the text's tokens and spans given as "TYPE:first-token-index:length". */
  private static String apply(String text, String... spans) {
    List<String> tokens = new ArrayList<>();
    List<Integer> begins = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      tokens.add(m.group());
      begins.add(m.start());
      ends.add(m.end());
    }
    String[] t = tokens.toArray(new String[0]);
    Sentence s = new Sentence(0, 0, text.length(), t, begins.stream().mapToInt(i -> i).toArray(),
        ends.stream().mapToInt(i -> i).toArray());
    Span[] in = Arrays.stream(spans).map(x -> x.split(":"))
        .map(x -> new Span(Integer.parseInt(x[1]), Integer.parseInt(x[1]) + Integer.parseInt(x[2]), x[0]))
        .toArray(Span[]::new);
    return SpanText.of(t, HyphenatedNames.apply(s, t, in));
  }

  @Test
  public void aPersonGoesOnThroughTheHyphen() {
    assertEquals("PER:Sam Bankman - Fried", apply("Sam Bankman-Fried was sentenced", "PER:0:2"));
    assertEquals("PER:Jean - Luc Mélenchon", apply("Jean-Luc Mélenchon spoke", "PER:0:1", "PER:2:2"));
    assertEquals("LOC:Baden - Württemberg", apply("in Baden-Württemberg", "LOC:1:1", "LOC:3:1"));
  }

  @Test
  public void anOrganisationGoesOnThroughTheHyphenToo() {
    assertEquals("ORG:Agence France - Presse", apply("told Agence France-Presse on Monday", "ORG:1:2"));
    // the whole is an organisation of the dictionary, whatever the model called its first words
    assertEquals("ORG:Agence France - Presse", apply("told Agence France-Presse on Monday", "LOC:1:2"));
    // a place of the actor dictionary after the hyphen stays out of the name
    assertEquals("ORG:Naftogaz", apply("the Naftogaz-Ukraine deal", "ORG:1:1"));
    // after a dictionary name, the dictionary's name is a name of its own, as in "US-China"
    assertEquals("ORG:Gazprom, LOC:Ukraine", apply("the Gazprom-Ukraine deal", "ORG:1:1"));
    assertEquals("LOC:U.S.", apply("the U.S.-Mexican border", "LOC:1:1"));
  }

  @Test
  public void twoNamesStayTwo() {
    assertEquals("the Clinton-Trump debate", "PER:Clinton, PER:Trump",
        apply("the Clinton-Trump debate", "PER:1:1", "PER:3:1"));
    assertEquals("LOC:Russia, LOC:Ukraine", apply("the Russia-Ukraine war", "LOC:1:1", "LOC:3:1"));
    assertEquals("a dictionary name after a dictionary name", "LOC:US, LOC:China", apply("US-China talks", "LOC:0:1"));
    assertEquals("with spaces, no hyphenated name", "PER:Sam Bankman", apply("Sam Bankman - Fried", "PER:0:2"));
  }

  @Test
  public void aWordsPrefixIsNoName() {
    assertEquals("PER:Jing", apply("Co-author Jing said", "LOC:0:1", "PER:3:1"));
  }
}
