package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A place's kind in lower case beside a name ("the Volta region", "the river Otta") makes the name a place. */
public class PlaceNounsTest {
  private static final Set<String> COMMON = Set.of("local", "multiple", "ray", "this");

  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> PlaceNouns.apply(t, sp, Set.of("Kurdish")::contains, COMMON::contains),
        sentence, spans);
  }

  @Test
  public void aSiteNamedByItsPlaceAfterTheOrItsIsAPlace() {
    assertEquals("LOC:Chuquicamata", apply("it would cut costs at its Chuquicamata mine ."));
    assertEquals("LOC:Adre", apply("keep the Adre border crossing open", new Span(2, 3, "PER")));
    assertEquals("LOC:Niseko", apply("the gateway to the Niseko ski area"));
    // not without "the" or "its", not a station
    assertEquals("", apply("Chuquicamata mine output fell"));
    assertEquals("", apply("the school 's TV station"));
  }

  @Test
  public void namesBeforeAPlacesKindArePlaces() {
    assertEquals("LOC:Volta, LOC:Brong-Ahafo", apply("stations in the Volta and Brong-Ahafo regions ."));
    assertEquals("LOC:Ray, LOC:Livingston", apply("parts of the neighboring Ray and Livingston counties .",
        new Span(4, 5, "PER"), new Span(6, 7, "PER")));
    assertEquals("LOC:Skjåk, LOC:Vågå, LOC:Lom", apply("the Skjåk , Vågå and Lom municipalities"));
    assertEquals("LOC:Jotunheimen, LOC:Breheimen", apply("the Jotunheimen and Breheimen mountain ranges lie"));
    assertEquals("LOC:Innlandet", apply("a municipality in Innlandet county ."));
    assertEquals("LOC:Otta", apply("the upper valley of the river Otta ."));
    assertEquals("LOC:Linden", apply("a traffic stop in the Linden neighborhood late Saturday", new Span(5, 6, "PER")));
    // waters and coasts (session 23)
    assertEquals("LOC:Govora", apply("It lies on the right bank of the Govora stream ,"));
    assertEquals("LOC:Yangtze", apply("linking the Yangtze basin with Guangzhou"));
    assertEquals("LOC:Ras El-Hekma", apply("to develop the Ras El-Hekma peninsula"));
  }

  @Test
  public void aSingularKindTakesOnlyTheNameBeforeIt() {
    assertEquals("LOC:Gouveia", apply("Curvelo and Gouveia district"));
  }

  @Test
  public void commonWordsNationalitiesLongerNamesAndOtherTypesStay() {
    assertEquals("", apply("Local municipalities in Italy"));
    assertEquals("", apply("Multiple rivers burst"));
    assertEquals("", apply("in the Kurdish region ."));
    assertEquals("", apply("the Western region ."));
    assertEquals("", apply("York and Isle of Wight counties"));
    assertEquals("", apply("the St . Anthony parish"));
    assertEquals("ORG:Hamas", apply("the Hamas district office", new Span(1, 2, "ORG")));
  }
}
