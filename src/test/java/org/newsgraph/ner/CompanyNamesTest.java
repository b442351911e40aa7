package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A run of capitalised words ending in a legal form ("Corp", "Co", "AG", "plc") is one organisation. */
public class CompanyNamesTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(CompanyNames::apply, sentence, spans);
  }

  @Test
  public void aLegalFormMakesACompany() {
    assertEquals("ORG:Ford Motor Co, ORG:Chrysler Corp",
        apply("Ford Motor Co and Chrysler Corp were unchanged .", new Span(0, 3, "ORG")));
    // the model's reading of its words gives way: "General [Electric Co]" was a person
    assertEquals("ORG:General Electric Co", apply("General Electric Co said on Monday", new Span(1, 3, "PER")));
    assertEquals("ORG:Procter & Gamble Co, ORG:Deutsche Bank AG",
        apply("Procter & Gamble Co and Deutsche Bank AG agreed", new Span(0, 1, "PER"), new Span(2, 3, "LOC")));
    assertEquals("ORG:PT Indoexchange Tbk", apply("a stake in PT Indoexchange Tbk ."));
    assertEquals("ORG:Bank of Tokyo Ltd", apply("the Bank of Tokyo Ltd said"));
  }

  @Test
  public void titlesFunctionWordsAndCountiesAreNoPartOfIt() {
    assertEquals("ORG:Arete Ltd", apply("Chairman of Arete Ltd since 2001"));
    assertEquals("ORG:Chrysler Corp", apply("Shares of Chrysler Corp fell"));
    assertEquals("ORG:Crafti & Co", apply("After Crafti & Co closed"));
    assertEquals("ORG:McKesson Corp", apply("Wholesalers McKesson Corp said"));
    assertEquals("", apply("born in Knocknagree Co . Cork in 1920"));
    assertEquals("", apply("Texas AG Ken Paxton said"));
  }

  @Test
  public void namesJoinedByAnAmpersandAreOneCompany() {
    assertEquals("ORG:Pratt & Whitney", apply("engine makers Pratt & Whitney said", new Span(2, 3, "ORG"),
        new Span(4, 5, "PER")));
    assertEquals("ORG:Barnes & Noble", apply("Barnes & Noble shares", new Span(0, 1, "PER")));
    assertEquals("ORG:James Lumsden & Son", apply("he joined James Lumsden & Son", new Span(2, 4, "PER")));
    assertEquals("LOC:Jammu & Kashmir", apply("in Jammu & Kashmir", new Span(1, 2, "LOC"), new Span(3, 4, "LOC")));
  }

  @Test
  public void personsPlacesAndDictionaryNamesAroundAnAmpersandStayApart() {
    assertEquals("PER:Kobe, PER:Gianna Bryant", apply("Kobe & Gianna Bryant died", new Span(0, 1, "PER"),
        new Span(2, 4, "PER")));
    assertEquals("LOC:Ross, LOC:Cromarty", apply("Ross & Cromarty", new Span(0, 1, "LOC"), new Span(2, 3, "LOC")));
    assertEquals("LOC:Jharkhand, ORG:BJP", apply("Jharkhand & BJP", new Span(0, 1, "LOC"), new Span(2, 3, "ORG")));
    assertEquals("PER:Tina", apply("Tina & Her band", new Span(0, 1, "PER")));
  }

  @Test
  public void aLegalFormEndsAName() {
    assertEquals("ORG:Chrysler Corp, ORG:General Electric Co, ORG:Sony Corp",
        apply("Chrysler Corp and General Electric Co , Sony Corp fell", new Span(0, 8, "ORG")));
    // the company's home after it is a place
    assertEquals("ORG:Lyondell Petrochemical Co, LOC:Houston",
        apply("Lyondell Petrochemical Co of Houston said", new Span(0, 5, "LOC")));
  }

  private static final java.util.function.Predicate<String> GIVEN = java.util.Set.of("James", "Harrison")::contains;

  @Test
  public void aCompanyNamedWithItsLegalFormIsNamedWithoutItToo() {
    List<String[]> doc = List.of("Norsk Hydro sees higher oil output".split(" "),
        "Norsk Hydro ASA said on Tuesday".split(" "), "Shares in Norsk Hydro rose".split(" "));
    List<Span[]> spans = new ArrayList<>(List.of(new Span[0], new Span[] {new Span(0, 3, "ORG")},
        new Span[] {new Span(2, 4, "ORG")}));
    List<Span[]> out = CompanyNames.shortNames(doc, spans, GIVEN);
    assertEquals("ORG:Norsk Hydro", SpanText.of(doc.get(0), out.get(0)));
    assertEquals("ORG:Norsk Hydro", SpanText.of(doc.get(2), out.get(2)));
    // a company bearing a person's name: the person stays, and the name is not added
    List<String[]> author = List.of("the World of James Herriot Ltd board".split(" "),
        "James Herriot wrote".split(" "), "as James Herriot ,".split(" "));
    List<Span[]> authorSpans = new ArrayList<>(List.of(new Span[] {new Span(3, 6, "ORG")},
        new Span[] {new Span(0, 2, "PER")}, new Span[0]));
    List<Span[]> kept = CompanyNames.shortNames(author, authorSpans, GIVEN);
    assertEquals("PER:James Herriot", SpanText.of(author.get(1), kept.get(1)));
    assertEquals("", SpanText.of(author.get(2), kept.get(2)));
    // a firm named after its founders, which the model took for a person after the first mention
    List<String[]> firm = List.of("to buy Winthrop Hale Inc for $ 4.2 billion".split(" "),
        "Winthrop Hale , based in Parsippany , was founded in 1952".split(" "));
    List<Span[]> firmSpans = new ArrayList<>(List.of(new Span[] {new Span(2, 5, "ORG")},
        new Span[] {new Span(0, 2, "PER"), new Span(5, 6, "LOC")}));
    assertEquals("ORG:Winthrop Hale, LOC:Parsippany",
        SpanText.of(firm.get(1), CompanyNames.shortNames(firm, firmSpans, GIVEN).get(1)));
  }

  @Test
  public void aCompanyNamedInFullNamesItByItsFirstWordToo() {
    List<String[]> doc = List.of("Ford Motor Company said".split(" "), "Ford told reporters".split(" "),
        "US Marine Corp and US troops".split(" "));
    List<Span[]> spans = new ArrayList<>(List.of(new Span[] {new Span(0, 3, "ORG")}, new Span[] {new Span(0, 1, "PER")},
        new Span[] {new Span(0, 3, "ORG"), new Span(4, 5, "PER")}));
    List<Span[]> out = CompanyNames.shortNames(doc, spans, GIVEN);
    assertEquals("ORG:Ford", SpanText.of(doc.get(1), out.get(1)));
    assertEquals("a state stays", "ORG:US Marine Corp, PER:US", SpanText.of(doc.get(2), out.get(2)));
    // a person of the document holds the word: "Ford" stays the person
    List<String[]> actor = List.of("Ford Motor Company hired Harrison Ford".split(" "), "Ford said".split(" "));
    List<Span[]> actorSpans = new ArrayList<>(List.of(new Span[] {new Span(0, 3, "ORG"), new Span(4, 6, "PER")},
        new Span[] {new Span(0, 1, "PER")}));
    assertEquals("PER:Ford", SpanText.of(actor.get(1), CompanyNames.shortNames(actor, actorSpans, GIVEN).get(1)));
    // an airline: "Mahan Air", then "Mahan"
    List<String[]> airline = List.of("Germany bans Mahan Air".split(" "), "Mahan flies to Syria".split(" "));
    List<Span[]> airlineSpans = new ArrayList<>(List.of(new Span[] {new Span(0, 1, "LOC"), new Span(2, 4, "ORG")},
        new Span[] {new Span(0, 1, "PER"), new Span(3, 4, "LOC")}));
    assertEquals("ORG:Mahan, LOC:Syria",
        SpanText.of(airline.get(1), CompanyNames.shortNames(airline, airlineSpans, GIVEN).get(1)));
  }

  @Test
  public void aLongerNameOfTheModelStays() {
    assertEquals("ORG:Standard Dairy Co . Ltd",
        apply("The Standard Dairy Co . Ltd 's plant", new Span(1, 6, "ORG")));
  }
}
