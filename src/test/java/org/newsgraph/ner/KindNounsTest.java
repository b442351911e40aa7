package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name right after a noun that names only organisations ("the regulator Ofwat") is an organisation. */
public class KindNounsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> SpanSets.put(sp, KindNouns.found(t, sp)), sentence, spans);
  }

  @Test
  public void aNameAfterAnOrganisationsNounIsAnOrganisation() {
    assertEquals("ORG:Ofwat", apply("powers for the regulator Ofwat , including"));
    assertEquals("ORG:Knight Frank", apply("according to consultancy Knight Frank .", new Span(3, 5, "PER")));
    assertEquals("ORG:IG Metall", apply("The engineering union IG Metall said", new Span(3, 5, "PER")));
    assertEquals("ORG:TSMC", apply("shares of chipmaker TSMC fell"));
    assertEquals("ORG:Meteorum", apply("The private weather service Meteorum in Sao Paulo forecast frost"));
    assertEquals("ORG:Metal Leve", apply("Shares in parts maker Metal Leve fell", new Span(4, 6, "PER")));
    assertEquals("ORG:Kessler", apply("Auto supplier Kessler files for insolvency", new Span(2, 3, "PER")));
    assertEquals("ORG:Andrade Capital", apply("the investment firm Andrade Capital of Sao Paulo said"));
    assertEquals("ORG:Coto", apply("Supermarket chain Coto said", new Span(2, 3, "PER")));
  }

  @Test
  public void bandsChannelsAndClubsAfterAnArticleOrAnAdjective() {
    assertEquals("ORG:Insomnium", apply("toured Europe with the Finnish band Insomnium in 2013"));
    assertEquals("ORG:TFM", apply("L'Observateur and the television channel TFM ."));
    assertEquals("ORG:Stevenage", apply("signed for League Two club Stevenage for a fee"));
    // a verb, a letter, a name cut at its "'s"
    assertEquals("", apply("they would network Feinberg 's allies"));
    assertEquals("", apply("Slovenia was assigned to group C ."));
    assertEquals("", apply("by Czech black metal band Master 's Hammer"));
  }

  @Test
  public void theNounOpeningTheSentenceOrInsideTheModelsSpan() {
    assertEquals("ORG:Drewry", apply("Consultancy Drewry said its index rose", new Span(0, 2, "PER")));
    assertEquals("ORG:Tata Steel", apply("shares of steelmaker Tata Steel fell", new Span(2, 5, "ORG")));
    // names that open with such a noun stay whole
    assertEquals("ORG:Union Pacific", apply("Union Pacific said", new Span(0, 2, "ORG")));
    assertEquals("ORG:Bank Leumi", apply("Bank Leumi said", new Span(0, 2, "ORG")));
  }

  @Test
  public void aFirmOfPartnersIsOneName() {
    assertEquals("ORG:Lucas and Cummings", apply("the law firm Lucas and Cummings designed it",
        new Span(3, 4, "PER"), new Span(5, 6, "PER")));
    assertEquals("ORG:Bastos & Lemos", apply("the consultancy Bastos & Lemos said"));
    assertEquals("ORG:KPN, LOC:Greece, ORG:OTE", apply("Dutch operator KPN and Greece 's OTE",
        new Span(4, 5, "LOC"), new Span(6, 7, "ORG")));
  }

  @Test
  public void aLongerNameOrAPersonIsNoBodyOfThatKind() {
    assertEquals("PER:Jong Woo Son", apply("its alleged operator Jong Woo Son from", new Span(3, 6, "PER")));
    assertEquals("", apply("electronics maker House of Marley sponsored"));
    assertEquals("PER:Alfred Hess", apply("the manufacturer Alfred Hess , who backed", new Span(2, 4, "PER")));
    assertEquals("PER:Ortega", apply("At the service Ortega awarded him", new Span(3, 4, "PER")));
    assertEquals("", apply("the film maker Wes said"));
  }

  @Test
  public void onlyNamesNotNamedLikePersonsStandForTheBodyElsewhere() {
    String[] t = "the company Taras Shevchenko and the exchange Bitrova".split(" ");
    List<Span> found = KindNouns.found(t, new Span[0]);
    assertEquals("ORG:Taras Shevchenko, ORG:Bitrova", SpanText.of(t, found.toArray(new Span[0])));
    assertEquals("ORG:Bitrova", SpanText.of(t, KindNouns.notPersons(t, found, "Taras"::equals).toArray(new Span[0])));
  }

  @Test
  public void personsTradesPlacesAndLongerNamesStay() {
    assertEquals("PER:Rob Reiner", apply("filmmaker Rob Reiner said", new Span(1, 3, "PER")));
    assertEquals("LOC:Jersey", apply("a bank Jersey regulates", new Span(2, 3, "LOC")));
    assertEquals("", apply("the firm Smith Barney Harris Upham said"));
  }
}
