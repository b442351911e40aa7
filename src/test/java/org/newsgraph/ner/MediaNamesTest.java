package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.Test;

/** An outlet named next to "newspaper", "news agency", "daily", ... is one organisation, in all its mentions. */
public class MediaNamesTest {
  private static final Predicate<String> COMMON = EntityTagger.commonWords(NerModels.shipped(), Truecaser.shipped());
  private static final Predicate<String> DEMONYM = EntityTagger.demonyms(NerModels.shipped(), COMMON);

  /** One sentence with the model's spans written as "start end TYPE" triples. */
  private static String apply(String sentence, Object... spans) {
    String[] t = sentence.split(" ");
    return SpanText.of(t, MediaNames.apply(t, spans(spans), COMMON, DEMONYM, new ArrayList<>()));
  }

  private static Span[] spans(Object... s) {
    Span[] out = new Span[s.length / 3];
    for (int i = 0; i < out.length; i++) {
      out[i] = new Span((Integer) s[3 * i], (Integer) s[3 * i + 1], (String) s[3 * i + 2]);
    }
    return out;
  }

  @Test
  public void namesAfterTheNounAreOutlets() {
    assertEquals("ORG:Tanjug", apply("Officials told the state news agency Tanjug that talks failed ."));
    assertEquals("ORG:El Comercio", apply("The newspaper El Comercio reported it .", 2, 4, "LOC"));
    assertEquals("ORG:Vecernje Novosti", apply("According to the daily Vecernje Novosti , he resigned ."));
    assertEquals("ORG:Guardian", apply("the newspaper The Guardian said"));
  }

  @Test
  public void namesBeforeTheNounAreOutlets() {
    assertEquals("ORG:Le Monde, PER:Alain Juppe",
        apply("Le Monde newspaper said Alain Juppe would stay .", 0, 2, "PER", 4, 6, "PER"));
    assertEquals("ORG:Itar - Tass", apply("Itar - Tass news agency quoted him ."));
    assertEquals("ORG:Kathimerini", apply("The Kathimerini daily carried the story ."));
  }

  @Test
  public void nationalitiesPlacesAndDatesAreNoOutlets() {
    assertEquals("", apply("the Hungarian daily reported"));
    assertEquals("LOC:Moscow", apply("a Moscow newspaper reported", 1, 2, "LOC"));
    assertEquals("", apply("the agency Monday said"));
    assertEquals("", apply("Local newspaper reports say so"));
    // a span the model ran across the run's end is left as the model read it
    assertEquals("ORG:Daily Mail reporters", apply("the newspaper Daily Mail reporters said", 2, 5, "ORG"));
  }

  @Test
  public void anOutletsOtherMentionsFollow() {
    List<String[]> doc = List.of("the newspaper Magyar Nemzet revealed a deal".split(" "),
        "the November issue of Magyar Nemzet carried it".split(" "), "Magyar Nemzet said".split(" "));
    List<Span[]> spans = new ArrayList<>(List.of(spans(2, 4, "PER"), spans(4, 6, "PER"), spans()));
    List<Span[]> out = MediaNames.retype(doc, new boolean[] {true, true, true}, spans, COMMON, DEMONYM);
    List<String> text = new ArrayList<>();
    for (int i = 0; i < doc.size(); i++) {
      text.add(SpanText.of(doc.get(i), out.get(i)));
    }
    assertEquals(Arrays.asList("ORG:Magyar Nemzet", "ORG:Magyar Nemzet", "ORG:Magyar Nemzet"), text);
  }
}
