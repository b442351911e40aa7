package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name that an appositive calls a company or a group is an organisation. */
public class AppositivesTest {
  private static final Set<String> COMMON = Set.of("meanwhile", "rich");

  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> Appositives.apply(t, sp, COMMON::contains), sentence, spans);
  }

  @Test
  public void aSubsidiaryABreweryOrAMagazineIsAnOrganisationAfterAOrAn() {
    assertEquals("ORG:Bokamoso", apply("Bokamoso , a subsidiary of Johannesburg miner Thaba Resources , said"));
    assertEquals("ORG:Scalasaig Ales", apply("supports Scalasaig Ales , a small brewery established in 2007",
        new Span(1, 3, "PER")));
    assertEquals("ORG:Onebello", apply("in an interview with Onebello , a fashion magazine , when asked"));
    // after "the" such a noun opens a clause as often
    assertEquals("PER:Metalion", apply("filmed by their friend Metalion , the band meets a fan", new Span(4, 5, "PER")));
  }

  @Test
  public void aNameTheAppositiveCallsACompanyIsAnOrganisation() {
    assertEquals("ORG:Statoil", apply("Statoil , the state oil company , said"));
    // a start-up, with where it is right before the noun; not a person a broadcaster's name qualifies
    assertEquals("ORG:Pezani", apply("Pezani , a Nairobi start-up that lets shops take cards", new Span(0, 1, "PER")));
    assertEquals("PER:Jones", apply("Jones , a BBC broadcaster , said", new Span(0, 1, "PER")));
    // the noun must end the appositive: a person's noun or a clause's verb after it say it does not
    assertEquals("PER:Allen", apply("Allen , an experienced newspaper man , joined", new Span(0, 1, "PER")));
    assertEquals("PER:Ben Shaoul", apply("with Ben Shaoul , the company acquired part of it", new Span(1, 3, "PER")));
    assertEquals("ORG:GamFed", apply("GamFed , a company he founded in 2012", new Span(0, 1, "PER")));
    assertEquals("ORG:Miton", apply("owned by Miton , an online investment group from Jablonec",
        new Span(2, 3, "PER")));
    assertEquals("ORG:Centrepoint, ORG:Goldman Sachs", apply("Centrepoint , a charity that helps , and Goldman Sachs",
        new Span(8, 10, "ORG")));
  }

  @Test
  public void aNameTheAppositiveCallsATownIsAPlace() {
    assertEquals("LOC:Huludao", apply("based in Huludao , a port on the Bohai Sea"));
    assertEquals("LOC:Saupra", apply("he moved to Saupra , a small village near Nanadisa"));
    // the model's person too, when the place's noun heads the appositive
    assertEquals("LOC:Mnazini Juu", apply("a fisherman in Mnazini Juu , a fishing village where cases began",
        new Span(3, 5, "PER")));
    // not the head of its phrase; a list of places; a person the model found
    assertEquals("", apply("met Smithers , a city councillor"));
    assertEquals("", apply("The Förderverein , the city of Schleusingen and others"));
    assertEquals("PER:Jones", apply("met Jones , a town planner", new Span(1, 2, "PER")));
  }

  @Test
  public void placesPersonsAndCommonWordsStay() {
    assertEquals("LOC:Luxembourg", apply("based in Luxembourg , the company said", new Span(2, 3, "LOC")));
    assertEquals("PER:Shafee Ahmed Chowdhury",
        apply("filed by Shafee Ahmed Chowdhury , a shareholder of the bank", new Span(2, 5, "PER")));
    assertEquals("", apply("Meanwhile , a group of protesters"));
    assertEquals("", apply("known as Toño , the company 's adult hits format"));
    assertEquals("", apply("Medical Discoveries , Inc , a publicly traded company"));
  }
}
