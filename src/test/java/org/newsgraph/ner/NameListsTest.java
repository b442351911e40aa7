package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import java.util.function.Function;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A span of two names joined by "and" is cut in two; names that hold "and" stay whole. */
public class NameListsTest {
  private static final Set<String> PLACES = Set.of("Lebanon", "Turkey", "Bosnia", "Herzegovina", "Iraq");

  /** Stands in for the model: a phrase alone is one name, a place when it is one of PLACES, else an organisation. */
  private static final Function<String[], Span[]> ALONE = words -> new Span[] {
      new Span(0, words.length, words.length == 1 && PLACES.contains(words[0]) ? "LOC" : "ORG")};

  private static String cut(String sentence, int start, int end, String type) {
    String[] t = sentence.split(" ");
    return SpanText.of(t, NameLists.atAnd(t, new Span[] {new Span(start, end, type)}, ALONE));
  }

  @Test
  public void andTheStartsASecondName() {
    assertEquals("ORG:Investigative Committee, ORG:Federal Security Service",
        cut("the Investigative Committee and the Federal Security Service", 1, 8, "ORG"));
  }

  @Test
  public void twoPlacesAreTwoNames() {
    assertEquals("LOC:Lebanon, LOC:Turkey", cut("Lebanon and Turkey", 0, 3, "ORG"));
  }

  @Test
  public void aDictionaryNameAndAnotherNameAreTwoNames() {
    assertEquals("ORG:World Health Organization, ORG:Doctors Without Borders",
        cut("World Health Organization and Doctors Without Borders", 0, 7, "ORG"));
  }

  @Test
  public void twoNamesWithOneHeadNounAreTwoNames() {
    assertEquals("ORG:Zenith Bank, ORG:First Bank", cut("Zenith Bank and First Bank", 0, 5, "ORG"));
    // one word on a side is no head
    assertEquals("ORG:Arts and Crafts", cut("Arts and Crafts", 0, 3, "ORG"));
  }

  @Test
  public void namesThatHoldAndStayWhole() {
    assertEquals("organisations whose halves look like names",
        "ORG:National Oceanic and Atmospheric Administration",
        cut("National Oceanic and Atmospheric Administration", 0, 5, "ORG"));
    assertEquals("ORG:Islamic State of Iraq and the Levant", cut("Islamic State of Iraq and the Levant", 0, 7, "ORG"));
    assertEquals("a name of the actor dictionary", "LOC:Bosnia and Herzegovina",
        cut("Bosnia and Herzegovina", 0, 3, "LOC"));
  }
}
