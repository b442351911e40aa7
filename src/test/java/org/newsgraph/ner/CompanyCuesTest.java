package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A name that says "it" of itself, has a chief executive or a spokesman, makes things or reports profits is a body. */
public class CompanyCuesTest {
  private static String found(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> SpanSets.put(sp, CompanyCues.found(t, sp, Set.of("Smith")::contains,
        Set.of("officials")::contains)), sentence, spans);
  }

  @Test
  public void aNameThatSaysItOfItselfIsAnOrganisation() {
    assertEquals("ORG:Safaricom", found("Safaricom said on Monday it would lay fibre", new Span(0, 1, "PER")));
    assertEquals("ORG:Telstra", found("Telstra said in a statement it had installed batteries"));
    assertEquals("ORG:Euroclear", found("a spokesman said Euroclear confirmed it expects no losses"));
  }

  @Test
  public void aNameWithAChiefExecutiveASpokesmanAProfitOrAWorkforceIsAnOrganisation() {
    assertEquals("ORG:Telstra, PER:Vicki Brady", found("Telstra chief executive Vicki Brady said",
        new Span(3, 5, "PER")));
    assertEquals("ORG:Kering", found("Kering 's board approved the deal", new Span(0, 1, "PER")));
    assertEquals("ORG:Euroclear", found("A spokesman for Euroclear said"));
    assertEquals("ORG:Airwars", found("An Airwars spokesperson responded"));
    assertEquals("ORG:Bosch", found("Bosch , which makes car parts , said", new Span(0, 1, "PER")));
    assertEquals("ORG:Kitefin", found("Kitefin , which lets small businesses pay suppliers , has raised"));
    assertEquals("ORG:Telstra, PER:Michelle Lim", found("Telstra regional general manager Michelle Lim said",
        new Span(4, 6, "PER")));
    assertEquals("PER:Diego Arrieta, ORG:Stripe", found("Diego Arrieta , a former Stripe engineer , founded it",
        new Span(0, 2, "PER")));
    // a person's staff, and an adjective before no role, are no cue
    assertEquals("", found("a former Smith staffer said"));
    assertEquals("", found("the Telstra regional office said"));
    assertEquals("PER:Nguyen Thi Thu Ha, ORG:Hanwell", found("Nguyen Thi Thu Ha , Hanwell 's general director for",
        new Span(0, 4, "PER"), new Span(5, 6, "PER")));
    assertEquals("ORG:Geely", found("Geely reported a net profit of $ 3 billion"));
    assertEquals("ORG:Schaeffler", found("Schaeffler employs 80,000 people"));
    assertEquals("ORG:Telstra, PER:Michelle Lim", found("Telstra general manager Michelle Lim said",
        new Span(3, 5, "PER")));
    assertEquals("ORG:Tencent", found("Tencent has acquired a 30 % stake in the studio", new Span(0, 1, "LOC")));
    // a person's spokesman, a party's adjective, a legal form alone, a place's kind
    assertEquals("PER:Smith", found("a spokesman for Smith said", new Span(3, 4, "PER")));
    assertEquals("", found("Cummings , the Democratic chairman of the committee"));
    assertEquals("", found("SportsMyx Holdings , LLC , which owns the site"));
    assertEquals("LOC:Copperbelt Province", found("the party 's Copperbelt Province chairman",
        new Span(3, 5, "LOC")));
  }

  @Test
  public void aFirmsHeadBeforeAPersonMakesAFirmEvenOfAPersonsWord() {
    assertEquals("ORG:Smith, PER:Gunnar Ekdahl", found("Smith chief executive Gunnar Ekdahl told a news conference",
        new Span(0, 1, "PER"), new Span(3, 5, "PER")));
    assertEquals("ORG:Smith, PER:Ann Lee", found("Smith chief operating officer Ann Lee said",
        new Span(0, 1, "PER"), new Span(4, 6, "PER")));
    // a person's spokesman, or a head with "'s", or no person after the role
    assertEquals("PER:Smith, PER:Mark Regev", found("Smith spokesman Mark Regev said",
        new Span(0, 1, "PER"), new Span(2, 4, "PER")));
    assertEquals("PER:Smith, PER:Ann Lee", found("Smith 's chairman Ann Lee said",
        new Span(0, 1, "PER"), new Span(3, 5, "PER")));
    assertEquals("PER:Smith", found("Smith chief executive since 2019 , said", new Span(0, 1, "PER")));
  }

  @Test
  public void personsPlacesLongerNamesAndDummySubjectsStay() {
    assertEquals("PER:Smith", found("Smith said it would cut the budget", new Span(0, 1, "PER")));
    assertEquals("PER:Sufianov", found("Sufianov said it was English", new Span(0, 1, "PER")));
    assertEquals("PER:Ivanov", found("Ivanov said it would be difficult", new Span(0, 1, "PER")));
    assertEquals("LOC:Russia", found("Russia said it would retaliate", new Span(0, 1, "LOC")));
    assertEquals("", found("Officials said it would reopen"));
    assertEquals("ORG:Ministry of Labour", found("the Ministry of Labour and Employment said it had formed a panel",
        new Span(1, 4, "ORG")));
  }
}
