package org.newsgraph.ner;

import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/** The model shipped in the jar loads from the classpath and finds the names of a few sentences. */
public class ShippedModelTest {
  private static List<String> names(String text) {
    TextAnalyzer analyzer = new TextAnalyzer();
    List<Sentence> sentences = analyzer.analyze(text);
    List<String> out = new ArrayList<>();
    for (NameSpan ns : new EntityTagger().tag(sentences)) {
      Sentence s = sentences.get(ns.sentence);
      out.add(ns.type + " " + text.substring(s.tokenBegins[ns.start], s.tokenEnds[ns.end - 1]));
    }
    return out;
  }

  @Test
  public void loadsOncePerJvm() {
    assertSame(NerModels.shipped(), NerModels.shipped());
  }

  @Test
  public void findsPeopleAndPlaces() {
    List<String> n = names("Russian President Vladimir Putin met Donald Trump in Budapest.");
    assertTrue(n.toString(), n.contains("PERSON Vladimir Putin"));
    assertTrue(n.toString(), n.contains("PERSON Donald Trump"));
    assertTrue(n.toString(), n.contains("LOCATION Budapest"));
    assertTrue("a nationality adjective is not a name: " + n, n.stream().noneMatch(x -> x.endsWith(" Russian")));
  }

  @Test
  public void findsOrganisations() {
    List<String> n = names("German Chancellor Angela Merkel told the United Nations in New York that NATO would stay.");
    assertTrue(n.toString(), n.contains("PERSON Angela Merkel"));
    assertTrue(n.toString(), n.contains("ORGANIZATION United Nations"));
    assertTrue(n.toString(), n.contains("LOCATION New York"));
    assertTrue(n.toString(), n.contains("ORGANIZATION NATO"));
  }

  @Test
  public void surnameLaterInTheArticleKeepsItsType() {
    List<String> n = names("Emmanuel Macron arrived in Berlin on Monday.\n\nMacron said the talks went well.");
    assertTrue(n.toString(), n.contains("PERSON Emmanuel Macron"));
    assertTrue(n.toString(), n.contains("PERSON Macron"));
    assertTrue(n.toString(), n.contains("LOCATION Berlin"));
  }

  @Test
  public void findsOutletsAndPersonsOfTables() {
    List<String> n = names("Le Monde newspaper said the leader after two rounds was:\n\n138 Wim Jonk 69 69");
    assertTrue(n.toString(), n.contains("ORGANIZATION Le Monde"));
    assertTrue(n.toString(), n.contains("PERSON Wim Jonk"));
  }

  @Test
  public void readsAHeadlineInCapitals() {
    List<String> n = names("MERKEL AND MACRON MEET IN BERLIN OVER NATO BUDGET\n\nThe two leaders met on Monday.");
    assertTrue(n.toString(), n.contains("PERSON MERKEL"));
    assertTrue(n.toString(), n.contains("PERSON MACRON"));
    assertTrue(n.toString(), n.contains("LOCATION BERLIN"));
    assertTrue(n.toString(), n.contains("ORGANIZATION NATO"));
  }

  @Test
  public void aLoneGenericInstitutionIsNoName() {
    List<String> n = names("Government spokesman Zoltán Kovács said the summit would go ahead.");
    assertTrue(n.toString(), n.contains("PERSON Zoltán Kovács"));
    assertTrue("'Government' alone names no one: " + n, n.stream().noneMatch(x -> x.endsWith(" Government")));
  }
}
