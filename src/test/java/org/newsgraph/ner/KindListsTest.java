package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A plural kind before a list ("towns such as ...", "publishers including ...") names the kind of its names. */
public class KindListsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> KindLists.apply(t, sp, "Peter"::equals), sentence, spans);
  }

  @Test
  public void theNamesOfAListAfterAPluralKindAreOfThatKind() {
    assertEquals("LOC:Kashgar, LOC:Yarkand, LOC:Hotan, LOC:Aksu",
        apply("oasis towns such as Kashgar , Yarkand , Hotan and Aksu form a ring", new Span(10, 11, "PER")));
    assertEquals("LOC:Swift Current, LOC:Yorkton, LOC:Estevan",
        apply("smaller cities such as Swift Current , Yorkton and Estevan , while", new Span(4, 6, "ORG")));
    assertEquals("LOC:Kasese, LOC:Fort Portal", apply("the towns of Kasese and Fort Portal serve"));
    assertEquals("ORG:Budimex, ORG:Mostostal", apply("firms including Budimex and Mostostal bid",
        new Span(2, 3, "PER")));
  }

  @Test
  public void firmsKindsListWithIncludeAndLeaveOutPersons() {
    assertEquals("ORG:Flutterwave, ORG:Moniepoint", apply("Pezani 's rivals include Flutterwave and Moniepoint ,"));
    assertEquals("ORG:ZF Friedrichshafen, ORG:Continental, ORG:Schaeffler",
        apply("Larger suppliers including ZF Friedrichshafen , Continental and Schaeffler have"));
    assertEquals("ORG:Sequoia Capital", apply("backers including Sequoia Capital and Peter Thiel"));
  }

  @Test
  public void aRoundsOrAConsortiumsLeadersAndFundersAreFirms() {
    assertEquals("ORG:Peak XV Partners", apply("in a Series B round led by Peak XV Partners ."));
    assertEquals("ORG:Budimex",
        apply("a consortium led by Budimex and the smaller Kowalczyk Group", new Span(4, 5, "PER")));
    assertEquals("ORG:Y Combinator, ORG:Visa", apply("with participation from Y Combinator and Visa ."));
    assertEquals("ORG:Omnivore, ORG:Accel", apply("Existing investors Omnivore and Accel joined the round ,"));
    // a person leading, and investors named without "existing" or a connector
    assertEquals("", apply("a round led by Peter Thiel"));
    assertEquals("", apply("investors Omnivore and Accel"));
  }

  @Test
  public void otherWordsLongerNamesAndCutNamesStay() {
    // "of" makes a list of places only; a name longer than four words; a name cut at a hyphen
    assertEquals("", apply("the companies of Smith and Jones"));
    assertEquals("", apply("cities such as Rio Grande Do Sul Velho Porto"));
    assertEquals("LOC:Bevaix", apply("the municipalities of Bevaix , Saint - Aubin - Sauges and Vaumarcus"));
    assertEquals("PER:Jones", apply("towns where Jones lived", new Span(2, 3, "PER")));
  }

  @Test
  public void placesKindsListWithIncludeOrAreAndAPlacesPhraseMayComeBetween() {
    assertEquals("LOC:Belén, LOC:Andalgalá, LOC:Santa María",
        apply("other towns include Belén , Andalgalá and Santa María .", new Span(3, 4, "PER")));
    assertEquals("LOC:Suntar, LOC:Nyurba", apply("settlements along its course include Suntar and Nyurba ."));
    assertEquals("LOC:Chona, LOC:Markha, LOC:Tyung",
        apply("Its main tributaries are the Chona , Markha and Tyung ."));
    assertEquals("LOC:Ansnes, LOC:Nordbotn",
        apply("Other villages in the municipality included Ansnes and Nordbotn ."));
    // other words between the kind and "include": the list may be of persons
    assertEquals("PER:Selena Gomez", apply("organizations offering support have included Selena Gomez .",
        new Span(5, 7, "PER")));
  }

  @Test
  public void aFirmsPluralKindOpeningTheSentenceNamesTheListAfterIt() {
    assertEquals("ORG:Nomura Securities, ORG:Daiwa", apply("Rivals Nomura Securities and Daiwa said they would",
        new Span(0, 3, "ORG")));
    assertEquals("ORG:McKesson Corp, ORG:Owens Health", apply("Wholesalers McKesson Corp and Owens Health said"));
    // a place's kind, or a person after a kind that counts persons too
    assertEquals("", apply("Towns Kashgar and Hotan grew"));
    assertEquals("", apply("Rivals Peter Smith and Peter Jones said"));
  }
}
