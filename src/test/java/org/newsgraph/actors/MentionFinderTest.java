package org.newsgraph.actors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.Test;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

public class MentionFinderTest {
  private static final String REFERENCE =
      "The Kremlin on Friday confirmed that a meeting in Hungary between Russian President Vladimir Putin"
          + " and US President Donald Trump could take place within the next two weeks, Anadolu Agency"
          + " reported.\n\n\u2026 Trump had earlier confirmed that the meeting could be held in Budapest \u2026"
          + " He termed his Thursday conversation with Putin \"very productive.\" \u2026 the logistics of"
          + " Putin's travel \u2026";

  /** Finds mentions and checks the invariants every mention must keep. */
  private static List<Mention> find(String text, List<Sentence> sentences, NameSpan... spans) {
    return find(null, text, sentences, spans);
  }

  private static List<Mention> find(String date, String text, List<Sentence> sentences, NameSpan... spans) {
    List<Mention> ms = Fixtures.FINDER.find("a1", date, text, sentences, Arrays.asList(spans));
    Mention prev = null;
    for (Mention m : ms) {
      assertEquals("a1", m.articleId);
      assertEquals(text.substring(m.begin, m.end), m.text);
      Sentence s = sentences.get(m.sentence);
      assertTrue(m + " in its sentence", s.begin <= m.begin && m.end <= s.end);
      assertTrue("sorted", prev == null || prev.begin < m.begin || (prev.begin == m.begin && prev.end <= m.end));
      prev = m;
    }
    return ms;
  }

  private static List<Mention> find(String text, NameSpan... spans) {
    return find(text, Fixtures.analyze(text), spans);
  }

  /** Mentions as "text=actorId/kind". */
  private static List<String> brief(List<Mention> ms) {
    List<String> out = new ArrayList<>();
    for (Mention m : ms) {
      out.add(m.text + "=" + m.actorId + "/" + m.kind);
    }
    return out;
  }

  @Test
  public void referenceArticle() {
    List<Mention> ms = find(REFERENCE);
    assertEquals(
        List.of(
            "Kremlin=ng:kremlin/name",
            "Hungary=Q28/name",
            "Russian=Q159/adjectival",
            "Vladimir Putin=Q7747/name",
            "US=Q30/adjectival", // "US President Donald Trump": qualifies the title
            "Donald Trump=Q22686/name",
            "Anadolu Agency=ng:anadolu-agency/name",
            "Trump=Q22686/surname",
            "Budapest=Q1781/name",
            "Putin=Q7747/surname",
            "Putin=Q7747/surname"),
        brief(ms));
    Mention trump = ms.get(7);
    assertEquals("Donald Trump", trump.actor);
    assertEquals("PERSON", trump.actorType);
    assertEquals(REFERENCE.indexOf("Trump had"), trump.begin);
    assertEquals(REFERENCE.indexOf("Putin's"), ms.get(10).begin);
    assertEquals(REFERENCE.indexOf("Putin's") + 5, ms.get(10).end);
    assertEquals(0, ms.get(0).sentence);
    assertTrue(ms.get(7).sentence > 0);
    assertEquals(false, ms.get(2).counts());
    assertEquals("LOCATION", ms.get(2).actorType);
    assertEquals("Russia", ms.get(2).actor);
  }

  @Test
  public void referenceArticleWithModelSpansGivesTheSameMentions() {
    List<Sentence> ss = Fixtures.analyze(REFERENCE);
    List<Mention> plain = find(REFERENCE, ss);
    List<Mention> withModel = find(REFERENCE, ss,
        Fixtures.span(ss, 0, "Kremlin", ActorType.ORGANIZATION),
        Fixtures.span(ss, 0, "Russian President Vladimir Putin", ActorType.PERSON),
        Fixtures.span(ss, 0, "US President Donald Trump", ActorType.PERSON),
        Fixtures.span(ss, 0, "Anadolu Agency", ActorType.ORGANIZATION),
        Fixtures.span(ss, 1, "Trump", ActorType.PERSON),
        Fixtures.span(ss, 1, "Budapest", ActorType.LOCATION),
        Fixtures.span(ss, ss.size() - 1, "Putin 's", ActorType.PERSON));
    assertEquals(brief(plain), brief(withModel));
  }

  @Test
  public void titledAndPossessiveMentionsFoldIntoTheFullName() {
    assertEquals(
        List.of("Vladimir Putin=Q7747/name", "Putin=Q7747/titled", "Putin=Q7747/surname", "Putin=Q7747/titled"),
        brief(find("Vladimir Putin arrived. President Putin spoke. Putin\u2019s aide and Mr. Putin's wife left.")));
  }

  @Test
  public void surnameBeforeTheFullNameFoldsToo() {
    assertEquals(List.of("Trump=Q22686/surname", "Donald Trump=Q22686/name"),
        brief(find("Trump spoke first. Later, Donald Trump arrived.")));
    // without the full name anywhere in the article, a bare surname is nobody
    assertEquals(List.of(), brief(find("Trump spoke first. Later, he left.")));
  }

  @Test
  public void aSentenceOpeningVerbDoesNotHideTheSurnameAfterIt() {
    assertEquals(List.of("Vladimir Putin=Q7747/name", "Putin=Q7747/surname"),
        brief(find("Vladimir Putin arrived. Recalling Putin's remarks, aides smiled.")));
  }

  @Test
  public void headlineSurnamesFoldInCapitals() {
    assertEquals(List.of("PUTIN=Q7747/surname", "BUDAPEST=Q1781/name", "Vladimir Putin=Q7747/name"),
        brief(find("PUTIN ARRIVES IN BUDAPEST\n\nVladimir Putin arrived on Friday.")));
  }

  @Test
  public void modelFoundPersonsFoldLikeDictionaryPersons() {
    String text = "Kremlin spokesman Dmitry Peskov said talks went well. Peskov added that Mr. Peskov's"
        + " schedule was full. Later Peskov left.";
    List<Sentence> ss = Fixtures.analyze(text);
    String peskov = ActorIds.derived(ActorType.PERSON, "Dmitry Peskov");
    List<Mention> ms = find(text, ss,
        Fixtures.span(ss, 0, "spokesman Dmitry Peskov", ActorType.PERSON),
        Fixtures.span(ss, 1, "Peskov", ActorType.PERSON),
        Fixtures.span(ss, 1, "Mr. Peskov 's", ActorType.PERSON));
    // the last "Peskov" has no model span: the token scan folds it
    assertEquals(
        List.of("Kremlin=ng:kremlin/name", "Dmitry Peskov=" + peskov + "/model", "Peskov=" + peskov + "/surname",
            "Peskov=" + peskov + "/titled", "Peskov=" + peskov + "/surname"),
        brief(ms));
    assertEquals("Dmitry Peskov", ms.get(1).actor);
    assertEquals("PERSON", ms.get(4).actorType);
  }

  @Test
  public void modelSpanTheDictionaryLacksBecomesANewActor() {
    ActorDictionary russiaOnly = ActorDictionary.builder().add(Fixtures.DICTIONARY.get("Q159")).build();
    String text = "Russian President Vladimir Putin met Peskov.";
    List<Sentence> ss = Fixtures.analyze(text);
    List<Mention> ms = new MentionFinder(russiaOnly).find("a1", text, ss, List.of(
        Fixtures.span(ss, 0, "Russian President Vladimir Putin", ActorType.PERSON),
        Fixtures.span(ss, 0, "Peskov", ActorType.PERSON)));
    assertEquals(
        List.of("Russian=Q159/adjectival",
            "Vladimir Putin=" + ActorIds.derived(ActorType.PERSON, "Vladimir Putin") + "/model",
            "Peskov=" + ActorIds.derived(ActorType.PERSON, "Peskov") + "/model"),
        brief(ms));
  }

  @Test
  public void aModelSpanThatIsOnlyAnAdjectiveStaysAnAdjectivalMention() {
    String text = "Ukrainian officials met in Kyiv.";
    List<Sentence> ss = Fixtures.analyze(text);
    assertEquals(List.of("Ukrainian=Q212/adjectival", "Kyiv=Q1899/name"),
        brief(find(text, ss, Fixtures.span(ss, 0, "Ukrainian", ActorType.LOCATION))));
  }

  @Test
  public void trailingLowerCaseWordsLeaveAModelSpan() {
    String text = "U.S. military personnel met the Chinese Academy of Sciences, Mahan workers and Russian diplomats.";
    List<Sentence> ss = Fixtures.analyze(text);
    List<Mention> ms = find(text, ss,
        Fixtures.span(ss, 0, "U.S. military personnel", ActorType.ORGANIZATION),
        Fixtures.span(ss, 0, "Chinese Academy of Sciences", ActorType.ORGANIZATION),
        Fixtures.span(ss, 0, "Mahan workers", ActorType.ORGANIZATION),
        // left with a nationality adjective: no name
        Fixtures.span(ss, 0, "Russian diplomats", ActorType.ORGANIZATION));
    assertEquals(
        List.of("U.S.=Q30/alias",
            // inner lower-case words stay: only the end of a name must be capitalised
            "Chinese Academy of Sciences=" + ActorIds.derived(ActorType.ORGANIZATION, "Chinese Academy of Sciences") + "/model",
            "Mahan=" + ActorIds.derived(ActorType.ORGANIZATION, "Mahan") + "/model",
            "Russian=Q159/adjectival"),
        brief(ms));
  }

  @Test
  public void dictionaryWinsOnTypeAndNameOverAnOverlappingModelSpan() {
    String text = "Georgia said US President Donald Trump and Pope Leo XIV met. The U.S. Army agreed.";
    List<Sentence> ss = Fixtures.analyze(text);
    List<Mention> ms = find(text, ss,
        Fixtures.span(ss, 0, "Georgia", ActorType.PERSON),
        Fixtures.span(ss, 0, "US President Donald Trump", ActorType.PERSON),
        Fixtures.span(ss, 0, "Pope Leo XIV", ActorType.PERSON),
        Fixtures.span(ss, 1, "U.S. Army", ActorType.ORGANIZATION));
    assertEquals(
        List.of("Georgia=Q230/name", "US=Q30/adjectival", "Donald Trump=Q22686/name",
            "Pope Leo XIV=ng:pope-leo-xiv/name",
            // an organization around a place: both stay
            "U.S.=Q30/alias", "U.S. Army=" + ActorIds.derived(ActorType.ORGANIZATION, "U.S. Army") + "/model"),
        brief(ms));
    assertEquals("LOCATION", ms.get(0).actorType);
  }

  @Test
  public void ambiguousSurnameIsNotFolded() {
    String text = "Donald Trump and Melania Trump arrived. Trump waved.";
    List<Sentence> ss = Fixtures.analyze(text);
    assertEquals(List.of("Donald Trump=Q22686/name", "Melania Trump=ng:melania-trump/name"),
        brief(find(text, ss)));
    assertEquals(List.of("Donald Trump=Q22686/name", "Melania Trump=ng:melania-trump/name"),
        brief(find(text, ss, Fixtures.span(ss, 1, "Trump", ActorType.PERSON))));
  }

  @Test
  public void titleAndStopwordSpansAreDropped() {
    String text = "The President said He would go, the spokesman said.";
    List<Sentence> ss = Fixtures.analyze(text);
    assertEquals(List.of(), find(text, ss,
        Fixtures.span(ss, 0, "The President", ActorType.PERSON),
        Fixtures.span(ss, 0, "He", ActorType.PERSON),
        Fixtures.span(ss, 0, "spokesman", ActorType.PERSON)));
  }

  @Test
  public void aTitleAfterANationalityIsNoPlaceOrOrganisation() {
    String text = "Russian Foreign Minister Sergey Lavrov spoke.";
    List<Sentence> ss = Fixtures.analyze(text);
    assertEquals(List.of("Russian=Q159/adjectival"), brief(find(text, ss,
        Fixtures.span(ss, 0, "Russian Foreign Minister", ActorType.LOCATION),
        Fixtures.span(ss, 0, "Foreign Minister", ActorType.ORGANIZATION))));
    // an organisation whose name starts like a title is kept
    String ministry = "The Foreign Ministry spoke.";
    List<Sentence> ms = Fixtures.analyze(ministry);
    String id = ActorIds.derived(ActorType.ORGANIZATION, "Foreign Ministry");
    assertEquals(List.of("Foreign Ministry=" + id + "/model"), brief(find(ministry, ms,
        Fixtures.span(ms, 0, "The Foreign Ministry", ActorType.ORGANIZATION))));
  }

  @Test
  public void surnameNextToAnotherNameIsNotFolded() {
    assertEquals(List.of("Donald Trump=Q22686/name", "Budapest=Q1781/name"),
        brief(find("Donald Trump visited Ivanka Trump in Budapest. Trump Tower was closed.")));
  }

  @Test
  public void oneFinderServesManyThreads() throws Exception {
    List<Sentence> ss = Fixtures.analyze(REFERENCE);
    List<Mention> expected = find(REFERENCE, ss);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Mention>>> results = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        results.add(pool.submit(() -> Fixtures.FINDER.find("a1", REFERENCE, ss, List.of())));
      }
      for (Future<List<Mention>> r : results) {
        assertEquals(expected, r.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  public void oneSharedFinderPerJvm() {
    assertSame(MentionFinder.shared(), MentionFinder.shared());
    assertSame(ActorDictionary.shipped(), MentionFinder.shared().dictionary());
  }

  /**
   * "Orbán's frequent clashes" with no full name in the article (the model calls it a place): the
   * one office holder of that surname on the article's date, in a country the article names.
   */
  @Test
  public void aLoneSurnameIsTheOfficeHolderOfTheDateAndCountry() {
    String text = "Hungary has long quarrelled with Brussels. Orbán's frequent clashes with the EU are known."
        + " Orbán said so.";
    List<Sentence> ss = Fixtures.analyze(text);
    NameSpan orban = Fixtures.span(ss, 1, "Orbán", ActorType.LOCATION);
    assertEquals(
        List.of("Hungary=Q28/name", "Orbán=Q57641/surname", "Orbán=Q57641/surname"),
        brief(find("2025-10-17", text, ss, orban)));

    String asModel = "Orbán=" + ActorIds.derived(ActorType.LOCATION, "Orbán") + "/model";
    // out of office on that date (1998-2002, then since 2010), or no date: the model's actor
    assertEquals(List.of("Hungary=Q28/name", asModel), brief(find("2005-06-01", text, ss, orban)));
    assertEquals(List.of("Hungary=Q28/name", asModel), brief(find(null, text, ss, orban)));

    // in office, but the article never names his country
    String elsewhere = "Brussels was busy. Orbán's frequent clashes with the EU are known.";
    List<Sentence> ss2 = Fixtures.analyze(elsewhere);
    assertEquals(
        List.of(asModel),
        brief(find("2025-10-17", elsewhere, ss2, Fixtures.span(ss2, 1, "Orbán", ActorType.LOCATION))));
  }
}
