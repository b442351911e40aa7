package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** An organisation span that stops at its head noun takes the capitalised complement after it. */
public class OrganisationNamesTest {
  private static Span[] extend(String sentence, Span... spans) {
    return OrganisationNames.extend(sentence.split(" "), spans);
  }

  @Test
  public void aDateIsNoComplement() {
    Span[] agency = {new Span(1, 4, "ORG", 0.7)};
    assertArrayEquals(agency, extend("the Environmental Protection Agency on February 21", agency.clone()));
  }

  @Test
  public void aHeadNounTakesItsComplement() {
    assertArrayEquals(new Span[] {new Span(1, 5, "ORG", 0.7)},
        extend("The Center for Biological Diversity said", new Span(1, 2, "ORG", 0.7)));
    // a place inside the complement becomes part of the name
    assertArrayEquals(new Span[] {new Span(0, 4, "ORG", 0.9)},
        extend("Election Commission of India said", new Span(0, 2, "ORG", 0.9), new Span(3, 4, "LOC", 0.8)));
    assertArrayEquals(new Span[] {new Span(0, 7, "ORG", 0.6)},
        extend("Joint Council for the Welfare of Immigrants warned", new Span(0, 2, "ORG", 0.6)));
  }

  @Test
  public void aPlaceEndingInAHeadNounTakesItsComplementAfterForOnly() {
    assertArrayEquals(new Span[] {new Span(1, 7, "ORG", 0.8)},
        extend("The Puerto Rico Center for Investigative Journalism obtained", new Span(1, 4, "LOC", 0.8)));
    Span[] bank = {new Span(1, 3, "LOC", 0.8)};
    assertArrayEquals(bank, extend("the West Bank of Jordan", bank.clone()));
  }

  @Test
  public void aClubsAUniversitysOrABodysOpeningWordMakesAnOrganisation() {
    assertArrayEquals(new Span[] {new Span(1, 3, "ORG", 0.7)}, OrganisationNames.retype(
        "for Atlético Paranaense in".split(" "), new Span[] {new Span(1, 3, "PER", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.7)}, OrganisationNames.retype(
        "Universidad Las Villas students".split(" "), new Span[] {new Span(0, 3, "LOC", 0.7)}));
    // an institute's, a brewery's opening word (session 25); not "Partido", a district too
    assertArrayEquals(new Span[] {new Span(0, 2, "ORG", 0.7)}, OrganisationNames.retype(
        "Instituto Gonzaga , a catholic school".split(" "), new Span[] {new Span(0, 2, "PER", 0.7)}));
    assertArrayEquals(new Span[] {new Span(2, 4, "ORG", 0.7)}, OrganisationNames.retype(
        "also owns Pivovar Hranice".split(" "), new Span[] {new Span(2, 4, "PER", 0.7)}));
    assertArrayEquals(new Span[] {new Span(1, 4, "LOC", 0.7)}, OrganisationNames.retype(
        "in Partido de Ponce".split(" "), new Span[] {new Span(1, 4, "LOC", 0.7)}));
    // one word alone is no such name
    assertArrayEquals(new Span[] {new Span(0, 1, "LOC", 0.7)}, OrganisationNames.retype(
        "Dinamo said".split(" "), new Span[] {new Span(0, 1, "LOC", 0.7)}));
  }

  @Test
  public void aPlaceEndingInAHospitalIsAnOrganisation() {
    // the corpora mark hospitals as organisations (EWT 3 of 4, WikiGold 5 of 5, CrossNER 7 of 9)
    assertArrayEquals(new Span[] {new Span(3, 5, "ORG", 0.7)}, OrganisationNames.retype(
        "a nurse at Beaumont Hospital said".split(" "), new Span[] {new Span(3, 5, "LOC", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.7)}, OrganisationNames.retype(
        "Glasgow Royal Infirmary opened".split(" "), new Span[] {new Span(0, 3, "LOC", 0.7)}));
  }

  @Test
  public void aPowerStationOrADamIsAPlaceButNotOtherStations() {
    assertArrayEquals(new Span[] {new Span(2, 5, "LOC", 0.7)}, OrganisationNames.retype(
        "supply the Kendal Power Station .".split(" "), new Span[] {new Span(2, 5, "ORG", 0.7)}));
    assertArrayEquals(new Span[] {new Span(1, 5, "LOC", 0.7)}, OrganisationNames.retype(
        "the Grand Ethiopian Renaissance Dam".split(" "), new Span[] {new Span(1, 5, "ORG", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.7)}, OrganisationNames.retype(
        "Naval Air Station Pensacola".split(" "), new Span[] {new Span(0, 3, "ORG", 0.7)}));
  }

  @Test
  public void anOrganisationEndingInABuildingsNounIsAPlace() {
    assertArrayEquals(new Span[] {new Span(0, 2, "LOC", 0.7)},
        OrganisationNames.retype("Grenfell Tower burned".split(" "), new Span[] {new Span(0, 2, "ORG", 0.7)}));
    assertArrayEquals(new Span[] {new Span(2, 4, "LOC", 0.7)},
        OrganisationNames.retype("at the Westin Hotel".split(" "), new Span[] {new Span(2, 4, "ORG", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 4, "LOC", 0.7)}, OrganisationNames.retype(
        "Metro Toronto Convention Centre Saturday".split(" "), new Span[] {new Span(0, 4, "ORG", 0.7)}));
    Span[] nasa = {new Span(0, 3, "ORG", 0.7)};
    assertArrayEquals(nasa, OrganisationNames.retype("Kennedy Space Center said".split(" "), nasa.clone()));
    // one word is the organisation's own name ("Hotel" alone is no building's name)
    assertArrayEquals(new Span[] {new Span(0, 1, "ORG", 0.7)},
        OrganisationNames.retype("Tower said".split(" "), new Span[] {new Span(0, 1, "ORG", 0.7)}));
  }

  @Test
  public void aPersonOrPlaceEndingInAClubsOrFirmsNounIsAnOrganisation() {
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.7)},
        OrganisationNames.retype("Molesey Boat Club won".split(" "), new Span[] {new Span(0, 3, "LOC", 0.7)}));
    assertArrayEquals(new Span[] {new Span(3, 5, "ORG", 0.7)},
        OrganisationNames.retype("owned by the Halvorsen Shipping of Bergen".split(" "),
            new Span[] {new Span(3, 5, "PER", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.7)},
        OrganisationNames.retype("Falk Odelberg Bank will".split(" "), new Span[] {new Span(0, 3, "PER", 0.7)}));
    assertArrayEquals(new Span[] {new Span(0, 2, "ORG", 0.7)},
        OrganisationNames.retype("Tembea Labs signed".split(" "), new Span[] {new Span(0, 2, "LOC", 0.7)}));
    // session 25: advisers, lithium, electric, therapeutics
    assertArrayEquals(new Span[] {new Span(3, 5, "ORG", 0.7)},
        OrganisationNames.retype("a partner at Gulfstone Advisory in Dubai".split(" "),
            new Span[] {new Span(3, 5, "LOC", 0.7)}));
    assertArrayEquals(new Span[] {new Span(2, 4, "ORG", 0.7)},
        OrganisationNames.retype("opposition from Tianqi Lithium".split(" "), new Span[] {new Span(2, 4, "LOC", 0.7)}));
    assertArrayEquals(new Span[] {new Span(1, 3, "ORG", 0.7)},
        OrganisationNames.retype("rival Ola Electric".split(" "), new Span[] {new Span(1, 3, "PER", 0.7)}));
  }

  @Test
  public void aWordAndBeforeAnOrganisationJoinsIt() {
    Span[] truth = {new Span(5, 7, "ORG", 0.8)};
    OrganisationNames.andBefore("He told the Truth and Reconciliation Commission".split(" "), truth);
    assertArrayEquals(new Span[] {new Span(3, 7, "ORG", 0.8)}, truth);
    // an organisation's noun before "and" names its own body; a list without "the"; a one-word organisation
    String[][] apart = {"the Senate and House of Representatives".split(" "),
        "on WhatsApp and Telegram Messenger".split(" "), "the Oil and Gas".split(" ")};
    Span[][] spans = {{new Span(3, 6, "ORG", 0.8)}, {new Span(3, 5, "ORG", 0.8)}, {new Span(3, 4, "ORG", 0.8)}};
    for (int i = 0; i < apart.length; i++) {
      Span[] before = spans[i].clone();
      OrganisationNames.andBefore(apart[i], spans[i]);
      assertArrayEquals(before, spans[i]);
    }
  }

  @Test
  public void aPlaceHeadedByAnOrganisationsNounAndOfIsAnOrganisation() {
    assertArrayEquals(new Span[] {new Span(3, 7, "ORG", 0.7)}, OrganisationNames.retype(
        "a lecturer at University of Cape Town".split(" "), new Span[] {new Span(3, 7, "LOC", 0.7)}));
    // a church or a union of states stays a place
    Span[] church = {new Span(1, 5, "LOC", 0.7)};
    assertArrayEquals(church, OrganisationNames.retype("the Church of the Nativity".split(" "), church.clone()));
    Span[] ussr = {new Span(0, 5, "LOC", 0.7)};
    assertArrayEquals(ussr, OrganisationNames.retype("Union of Soviet Socialist Republics".split(" "), ussr.clone()));
  }

  @Test
  public void aChamberIsNoSurname() {
    // the model called "Lima Chamber" a person: an organisation's noun that is no surname takes its complement
    assertArrayEquals(new Span[] {new Span(1, 5, "ORG", 0.6)},
        extend("The Lima Chamber of Commerce estimated", new Span(1, 3, "PER", 0.6)));
  }

  @Test
  public void anAirlineIsNoPerson() {
    assertArrayEquals(new Span[] {new Span(0, 2, "ORG", 0.7)},
        OrganisationNames.retype("Mahan Air flew".split(" "), new Span[] {new Span(0, 2, "PER", 0.7)}));
  }

  @Test
  public void aPlaceAfterAnUntaggedHeadNounAndOfIsInsideTheOrganisation() {
    assertArrayEquals(new Span[] {new Span(1, 5, "ORG", 0.8)}, OrganisationNames.headOfPlace(
        "the Medical Journal of Australia said".split(" "), new Span[] {new Span(4, 5, "LOC", 0.8)}));
    assertArrayEquals(new Span[] {new Span(2, 8, "ORG", 0.9)}, OrganisationNames.headOfPlace(
        "at the Superior Court of Los Angeles County".split(" "), new Span[] {new Span(5, 8, "LOC", 0.9)}));
    // not after "for"; not a head noun; not when the head belongs to a span (extend's case); not a person
    Span[] wrexham = {new Span(1, 4, "ORG", 0.9), new Span(5, 6, "LOC", 0.9)};
    String[] league = "the English Football League for Wrexham".split(" ");
    assertArrayEquals(wrexham, OrganisationNames.headOfPlace(league, wrexham));
    Span[] gulf = {new Span(3, 4, "LOC", 0.9)};
    assertArrayEquals(gulf, OrganisationNames.headOfPlace("the Gulf of Mexico".split(" "), gulf));
    Span[] tagged = {new Span(0, 1, "ORG", 0.9), new Span(2, 3, "LOC", 0.9)};
    assertArrayEquals(tagged, OrganisationNames.headOfPlace("Bank of England".split(" "), tagged));
    Span[] person = {new Span(2, 4, "PER", 0.9)};
    assertArrayEquals(person, OrganisationNames.headOfPlace("Office of John Smith".split(" "), person));
  }

  @Test
  public void aSpanTakenIntoAGrownNameDoesNotGrowAgain() {
    assertArrayEquals(new Span[] {new Span(0, 6, "ORG", 0.8)},
        extend("Commission of Inquiry Board of Trade", new Span(0, 1, "ORG", 0.8), new Span(2, 4, "ORG", 0.7)));
  }

  @Test
  public void otherSpansAndSecondOrganisationsAreLeftAlone() {
    // not a head noun; a person after "of"; "and" starting a second organisation
    Span[] google = {new Span(0, 1, "ORG", 0.9), new Span(2, 3, "LOC", 0.9)};
    assertArrayEquals(google, extend("Google of California", google));
    Span[] office = {new Span(0, 1, "ORG", 0.9), new Span(2, 4, "PER", 0.9)};
    assertArrayEquals(office, extend("Office of John Smith", office));
    assertArrayEquals(new Span[] {new Span(0, 4, "ORG", 0.9)},
        extend("Center for Biological Diversity and Center for Food Safety", new Span(0, 1, "ORG", 0.9)));
    // the complement ends before "in", "on", "and", "'s" and what follows them
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.9), new Span(4, 5, "LOC", 0.9)},
        extend("Bank of England in London", new Span(0, 1, "ORG", 0.9), new Span(2, 3, "LOC", 0.9), new Span(4, 5, "LOC", 0.9)));
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.9)},
        extend("Ministry of Defence on Tuesday", new Span(0, 1, "ORG", 0.9)));
  }

  // words the unlabeled text usually writes in lower case (the tagger reads them from the model's tables)
  private static final Set<String> COMMON = Set.of("urban", "development", "culture", "media", "sport", "rural",
      "plaid", "national", "party", "tobacco", "firearms", "explosives");

  private static String joinLists(String sentence, Span... spans) {
    String[] tokens = sentence.split(" ");
    return SpanText.of(tokens, OrganisationNames.joinLists(tokens, spans, COMMON::contains));
  }

  @Test
  public void aListOfCommonWordsAfterAComplementBelongsToTheName() {
    assertEquals("ORG:U.S. Department of Housing and Urban Development",
        joinLists("U.S. Department of Housing and Urban Development said", new Span(0, 4, "ORG", 0.9),
            new Span(5, 7, "ORG", 0.6)));
    assertEquals("ORG:Department for Digital , Culture , Media and Sport",
        joinLists("Department for Digital , Culture , Media and Sport published", new Span(0, 3, "ORG", 0.9)));
    // a place whose head noun is an organisation's only ("Bureau") takes its list and becomes an organisation
    assertEquals("ORG:Bureau of Alcohol , Tobacco , Firearms and Explosives",
        joinLists("Bureau of Alcohol , Tobacco , Firearms and Explosives traced it", new Span(0, 3, "LOC", 0.6)));
    // a span the list runs into joins as well
    assertEquals("ORG:Ministry of Agriculture and Rural Development of Vietnam",
        joinLists("Ministry of Agriculture and Rural Development of Vietnam said", new Span(0, 3, "ORG", 0.9),
            new Span(4, 8, "ORG", 0.7)));
  }

  @Test
  public void namesOfTheirOwnAfterAndStayApart() {
    // a name, a head noun, "the", no complement, not an organisation
    assertEquals("ORG:University of Illinois, ORG:Purdue University",
        joinLists("University of Illinois and Purdue University", new Span(0, 3, "ORG", 0.9),
            new Span(4, 6, "ORG", 0.9)));
    assertEquals("ORG:Green Party of England and Wales, ORG:Plaid Cymru",
        joinLists("Green Party of England and Wales and Plaid Cymru", new Span(0, 6, "ORG", 0.9),
            new Span(7, 9, "ORG", 0.9)));
    assertEquals("ORG:Liberal Party of Canada, ORG:National Party",
        joinLists("Liberal Party of Canada and National Party", new Span(0, 4, "ORG", 0.9), new Span(5, 7, "ORG", 0.9)));
    assertEquals("ORG:Department of Homeland Security",
        joinLists("Department of Homeland Security and the Rural Development agency", new Span(0, 4, "ORG", 0.9)));
    assertEquals("ORG:Rural Development",
        joinLists("Rural Development and Culture", new Span(0, 2, "ORG", 0.9)));
    assertEquals("LOC:Bank of England",
        joinLists("Bank of England and Culture", new Span(0, 3, "LOC", 0.9)));
  }

  @Test
  public void aPlaceEndingInAnOrganisationsHeadNounIsAnOrganisation() {
    String[] tokens = "the United States Navy left the West Bank for Florida".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 4, "ORG", 0.8), new Span(6, 8, "LOC", 0.9), new Span(9, 10, "LOC", 0.9)},
        OrganisationNames.retype(tokens,
            new Span[] {new Span(1, 4, "LOC", 0.8), new Span(6, 8, "LOC", 0.9), new Span(9, 10, "LOC", 0.9)}));
    assertArrayEquals(new Span[] {new Span(0, 1, "ORG", 0.6)},
        OrganisationNames.retype(new String[] {"Parliament", "voted"}, new Span[] {new Span(0, 1, "LOC", 0.6)}));
    // exchanges are named after their city
    String[] bourse = "the Paris Bourse 's CAC-40 index fell".split(" ");
    assertEquals("ORG:Paris Bourse", SpanText.of(bourse, OrganisationNames.retype(bourse, new Span[] {new Span(1, 3, "LOC")})));
  }

  @Test
  public void aPlaceEndingInBankAfterABanksKindOrATownIsABank() {
    String[] banks = "the Central Bank and Bangkok Bank , not the West Bank".split(" ");
    assertEquals("ORG:Central Bank, ORG:Bangkok Bank, LOC:West Bank", SpanText.of(banks, OrganisationNames.retype(banks,
        new Span[] {new Span(1, 3, "LOC"), new Span(4, 6, "LOC"), new Span(9, 11, "LOC")})));
  }

  @Test
  public void aPersonEndingInAnOrganisationsNounThatIsNoSurnameIsAnOrganisation() {
    String[] tokens = "Malcolm Smith Motorsports hired Margaret Court".split(" ");
    // "Court" ends surnames too: left alone
    assertEquals("ORG:Malcolm Smith Motorsports, PER:Margaret Court", SpanText.of(tokens,
        OrganisationNames.retype(tokens, new Span[] {new Span(0, 3, "PER", 0.7), new Span(4, 6, "PER", 0.9)})));
    String[] trust = "land granted to the Rajiv Gandhi Charitable Trust".split(" ");
    assertEquals("ORG:Rajiv Gandhi Charitable Trust",
        SpanText.of(trust, OrganisationNames.retype(trust, new Span[] {new Span(4, 8, "PER", 0.7)})));
    String[] company = "after Sun Hung Kai Properties reported".split(" ");
    assertEquals("ORG:Sun Hung Kai Properties",
        SpanText.of(company, OrganisationNames.retype(company, new Span[] {new Span(1, 5, "PER", 0.7)})));
    String[] lithium = "Tianqi Lithium , a major shareholder , opposed the deal".split(" ");
    assertEquals("ORG:Tianqi Lithium",
        SpanText.of(lithium, OrganisationNames.retype(lithium, new Span[] {new Span(0, 2, "PER", 0.7)})));
  }

  @Test
  public void aHeadNounAndItsComplementThatTheModelLeftOutAreAnOrganisation() {
    assertEquals("ORG:Association of Muslim Scholars", SpanText.applied(OrganisationNames::untagged,
        "members of the respected Association of Muslim Scholars said"));
    assertEquals("ORG:Ministry of Foreign Affairs", SpanText.applied(OrganisationNames::untagged,
        "the Ministry of Foreign Affairs on Monday"));
    // a board, a longer name, a name the model has
    assertEquals("", SpanText.applied(OrganisationNames::untagged, "the Board of Directors met"));
    // a date after "of" is no complement (this once threw)
    assertEquals("", SpanText.applied(OrganisationNames::untagged, "the Council of March 1996"));
    assertEquals("", SpanText.applied(OrganisationNames::untagged, "the Royal Society of Chemistry"));
    assertEquals("LOC:Bank of England", SpanText.applied(OrganisationNames::untagged, "the Bank of England said",
        new Span(1, 4, "LOC")));
  }

  @Test
  public void anOrganisationStartingWithItsHeadGrowsOverTheWordsBeforeIt() {
    String[] t = "he led the 13th Army and joined the Imperial Russian Army .".split(" ");
    Span[] spans = {new Span(4, 5, "ORG"), new Span(10, 11, "ORG")};
    OrganisationNames.growLeft(t, spans, w -> false);
    assertEquals("ORG:13th Army, ORG:Imperial Russian Army", SpanText.of(t, spans));
    String[] first = "Officials Council met".split(" ");
    Span[] council = {new Span(1, 2, "ORG")};
    OrganisationNames.growLeft(first, council, "officials"::equals);
    assertEquals("ORG:Council", SpanText.of(first, council));
    // an ordinal before a span with a head noun further in, also after a sentence's "The"
    String[] court = "the 5th U.S. Circuit Court of Appeals in New Orleans".split(" ");
    Span[] appeals = {new Span(2, 7, "ORG"), new Span(8, 10, "LOC")};
    OrganisationNames.growLeft(court, appeals, w -> false);
    assertEquals("ORG:5th U.S. Circuit Court of Appeals, LOC:New Orleans", SpanText.of(court, appeals));
    String[] texas = "The 14th Court of Appeals ruled".split(" ");
    Span[] fourteenth = {new Span(2, 5, "ORG")};
    OrganisationNames.growLeft(texas, fourteenth, w -> false);
    assertEquals("ORG:14th Court of Appeals", SpanText.of(texas, fourteenth));
    String[] amendment = "the 25th Amendment Act".split(" ");
    Span[] act = {new Span(2, 4, "ORG")};
    OrganisationNames.growLeft(amendment, act, w -> false);
    assertEquals("ORG:Amendment Act", SpanText.of(amendment, act));
  }

  @Test
  public void teamsNamedSo() {
    assertEquals("ORG:Team Polti VisitMalta", SpanText.applied((t, sp) -> OrganisationNames.teams(t, sp,
        Set.of("event")::contains), "rides for the second-tier Team Polti VisitMalta , broke"));
    assertEquals("", SpanText.applied((t, sp) -> OrganisationNames.teams(t, sp, Set.of("event")::contains),
        "won the Team Event on Sunday"));
    assertEquals("ORG:UAE Team Emirates", SpanText.of("UAE Team Emirates set".split(" "),
        OrganisationNames.retype("UAE Team Emirates set".split(" "), new Span[] {new Span(0, 3, "LOC", 0.7)})));
  }

  @Test
  public void aPersonEndingInAPlacesHeadNounIsAPlace() {
    String[] tokens = "flights to José Martí International Airport by Michael Bay".split(" ");
    // "Bay" ends places and surnames alike: left alone
    assertArrayEquals(new Span[] {new Span(2, 6, "LOC", 0.7), new Span(7, 9, "PER", 0.9)},
        OrganisationNames.retype(tokens, new Span[] {new Span(2, 6, "PER", 0.7), new Span(7, 9, "PER", 0.9)}));
    String[] zone = "in the Gandaki Zone of Nepal".split(" ");
    assertEquals("LOC:Gandaki Zone",
        SpanText.of(zone, OrganisationNames.retype(zone, new Span[] {new Span(2, 4, "PER")})));
  }
}
