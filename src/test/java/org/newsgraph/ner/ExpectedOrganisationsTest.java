package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** An organisation of the actor dictionary where news names an organisation is that organisation. */
public class ExpectedOrganisationsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(ExpectedOrganisations::apply, sentence, spans);
  }

  @Test
  public void aCompanyOrAnAgencyThatSpeaks() {
    assertEquals("ORG:Nokia", apply("Nokia said on Thursday it would cut jobs"));
    assertEquals("ORG:Norsk Hydro", apply("Norsk Hydro said output rose"));
    assertEquals("ORG:Xinhua", apply("Xinhua reports that the talks ended"));
    // a leading "The" stays out of the name
    assertEquals("ORG:Guardian", apply("The Guardian cited two officials"));
  }

  @Test
  public void aSourceQuoted() {
    assertEquals("ORG:Itar-Tass", apply("the minister told Itar-Tass on Friday"));
    assertEquals("ORG:Xinhua", apply("according to Xinhua , the talks ended"));
    assertEquals("ORG:Interfax", apply("he was quoted by Interfax as saying"));
    assertEquals("ORG:Xinhua News Agency", apply("he told Xinhua News Agency"));
    assertEquals("", apply("he told Xinhua Television"));
  }

  @Test
  public void anOwnerOrAWorkplace() {
    assertEquals("ORG:WHO", apply("the head of WHO 's office"));
    assertEquals("ORG:Commerzbank", apply("economists at Commerzbank expect a cut"));
    assertEquals("", apply("economists at Commerzbank Securities expect a cut"));
  }

  @Test
  public void theEmployerBeforeAPersonsRole() {
    assertEquals("ORG:OpenAI, PER:Sam Altman",
        apply("OpenAI Chief Executive Sam Altman said", new Span(3, 5, "PER")));
    // no person after the role: no employer
    assertEquals("", apply("an OpenAI spokesman declined to comment"));
  }

  @Test
  public void theOfficeBeforeAFormalTitle() {
    assertEquals("ORG:UN", apply("the UN High Commissioner said"));
    assertEquals("ORG:NATO", apply("the NATO Secretary-General met them"));
    assertEquals("ORG:Nokia", apply("the Nokia Chairman for Europe"));
    // a title in lower case, a name title, and a capitalised word after the title: no such office
    assertEquals("", apply("the NATO spokesman met them"));
    assertEquals("", apply("the Nokia King said"));
    assertEquals("", apply("at the NATO General Assembly"));
  }

  @Test
  public void everyClubOfTheDictionaryInADocumentAboutSport() {
    assertEquals("ORG:Udinese, ORG:Fiorentina", SpanText.applied(ExpectedOrganisations::everywhere,
        "a draw by Udinese and a draw with Fiorentina", new Span(8, 9, "PER")));
    // a date word the model cut off, and a leading "The"
    assertEquals("ORG:Sheffield Wednesday", SpanText.applied(ExpectedOrganisations::everywhere,
        "The Sheffield Wednesday side", new Span(1, 2, "LOC")));
    // inside a longer name or a compound: none
    assertEquals("", SpanText.applied(ExpectedOrganisations::everywhere, "Udinese Calcio and a PSV - style team"));
  }

  @Test
  public void listedWithAnOrganisationOfTheModel() {
    assertEquals("ORG:Deutsche Bank, ORG:Commerzbank",
        apply("economists at Deutsche Bank and Commerzbank expected", new Span(2, 4, "ORG")));
    assertEquals("ORG:Toshiba, ORG:Hitachi", apply("Toshiba , Hitachi and others", new Span(2, 3, "ORG")));
    // a place of the model lists no organisation, and a capitalised word after the name may go on with it
    assertEquals("LOC:Finland", apply("Finland and Nokia", new Span(0, 1, "LOC")));
    assertEquals("ORG:Siemens", apply("Siemens and Nokia Bell Labs", new Span(0, 1, "ORG")));
  }

  @Test
  public void theModelsTypeGivesWayButNotItsSpans() {
    assertEquals("ORG:Unilever", apply("Unilever said profits rose", new Span(0, 1, "LOC")));
    assertEquals("PER:Nokia Hydro", apply("Nokia Hydro said", new Span(0, 2, "PER")));
    // a part of the name gives way to the whole
    assertEquals("ORG:Elf Aquitaine", apply("Elf Aquitaine said", new Span(1, 2, "LOC")));
    // a dictionary name ending in a lower-case word is left to the model
    assertEquals("ORG:Houthi", apply("the Houthi movement said", new Span(1, 2, "ORG")));
  }

  @Test
  public void notInsideALongerNameNorAwayFromTheVerb() {
    assertEquals("", apply("Finnish Nokia said"));
    assertEquals("", apply("the Nokia board said"));
    assertEquals("", apply("nokia said"));
    assertEquals("", apply("Nokia phones sold well"));
  }
}
