package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A place span is a club when a score, a sports verb or a squad role stands next to it. */
public class SportsTeamsTest {
  /** The types of the spans of a one-sentence document, each span given by its first and last token. */
  private static String types(String sentence, String... names) {
    return types(List.of(sentence), names);
  }

  private static String types(List<String> doc, String... names) {
    List<String[]> sentences = new ArrayList<>();
    List<Span[]> spans = new ArrayList<>();
    for (String s : doc) {
      String[] t = s.split(" ");
      List<Span> found = new ArrayList<>();
      for (String n : names) {
        String[] w = n.split(" ");
        for (int k = 0; k + w.length <= t.length; k++) {
          if (String.join(" ", java.util.Arrays.copyOfRange(t, k, k + w.length)).equals(n)) {
            found.add(new Span(k, k + w.length, "LOC"));
          }
        }
      }
      found.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
      sentences.add(t);
      spans.add(found.toArray(new Span[0]));
    }
    StringBuilder out = new StringBuilder();
    // as the tagger calls it: only in a document about sport
    List<Span[]> typed = SportsTeams.aboutSport(sentences) ? SportsTeams.retype(sentences, spans) : spans;
    for (int i = 0; i < typed.size(); i++) {
      for (Span s : typed.get(i)) {
        out.append(out.length() == 0 ? "" : " ").append(String.join(" ",
            java.util.Arrays.copyOfRange(sentences.get(i), s.getStart(), s.getEnd()))).append('=').append(s.getType());
      }
    }
    return out.toString();
  }

  @Test
  public void headCoachesAndBasketballScoresMakeClubsButYearsDoNot() {
    assertEquals("Brentford=ORG", types("Brentford head coach Keith Andrews praised the club .", "Brentford"));
    assertEquals("Denver Nuggets=ORG", types("the Denver Nuggets beat Phoenix 127-124 in the NBA", "Denver Nuggets"));
    assertEquals("Roman Empire=LOC", types("a season of games across the Roman Empire 379-395", "Roman Empire"));
  }

  @Test
  public void playersRolesStatisticsAndTakingTheLeadMakeClubs() {
    assertEquals("Toronto=ORG", types("The NHL suspended Toronto defenceman Marc Deschenes for three games .",
        "Toronto"));
    assertEquals("Pittsburgh=ORG", types("Ken Wregget made 31 saves for Pittsburgh in the NHL .", "Pittsburgh"));
    assertEquals("Bochum=ORG", types("Dariusz Wosz pulled one back for Bochum in the league .", "Bochum"));
    assertEquals("Rostock=ORG", types("Rostock went ahead through Oliver Neuville after 19 minutes of the match .",
        "Rostock"));
    assertEquals("Dunmore=ORG", types("For most of the century Dunmore competed in the East of Scotland League .",
        "Dunmore"));
    // a town's own news in a sports story stays a place
    assertEquals("Rostock=LOC", types("fans travelled for hours from Rostock to the match .", "Rostock"));
  }

  @Test
  public void aResultsVerbBetweenTwoPlacesMakesClubsWithoutAScore() {
    assertEquals("New England=ORG Miami=ORG", types("as New England beat Miami , who lost their quarterback in the NFL",
        "New England", "Miami"));
    // one side only, or a nation, stays a place
    assertEquals("Miami=LOC", types("the storm beat Miami hard during the season", "Miami"));
    assertEquals("Brazil=LOC Germany=LOC", types("Brazil beat Germany in the World Cup match", "Brazil", "Germany"));
  }

  @Test
  public void cricketResultsMakeCountySides() {
    assertEquals("Leicestershire=ORG", types("the first match here , losing to Leicestershire by six wickets",
        "Leicestershire"));
    assertEquals("Northamptonshire=ORG Glamorgan=ORG",
        types("the highest innings is 431 for seven declared by Northamptonshire against Glamorgan", "Northamptonshire",
            "Glamorgan"));
    assertEquals("Essex=ORG", types("in county cricket Colin Milburn made a century against Essex", "Essex"));
    // a county in a cricket story that is where something is stays a place
    assertEquals("Essex=LOC", types("he was born in Essex and took 8 for 41 in the match", "Essex"));
  }

  @Test
  public void aLeaguesClubAndALoanOrContractMakeClubs() {
    assertEquals("Stade Rennais=ORG", types("he joined Ligue 1 side Stade Rennais in the league", "Stade Rennais"));
    assertEquals("Moreirense=ORG Vitoria=ORG",
        types("two seasons on loan at Moreirense before a contract with Vitoria in the league", "Moreirense", "Vitoria"));
    // a town after "at" with no loan before it stays a place
    assertEquals("Lisbon=LOC", types("he scored at the stadium in the league at Lisbon", "Lisbon"));
  }

  @Test
  public void aOneWordPersonBeforeASquadRoleIsTheClub() {
    List<String[]> doc = List.<String[]>of("Valladolid coach Marcos Ibarra said the match was hard".split(" "),
        "Klopp 's side won the match".split(" "));
    List<Span[]> spans = List.of(new Span[] {new Span(0, 1, "PER"), new Span(2, 4, "PER")},
        new Span[] {new Span(0, 1, "PER")});
    List<Span[]> typed = SportsTeams.retype(doc, spans);
    assertEquals("ORG:Valladolid, PER:Marcos Ibarra", SpanText.of(doc.get(0), typed.get(0)));
    assertEquals("PER:Klopp", SpanText.of(doc.get(1), typed.get(1)));
  }

  @Test
  public void resultLinesAndScoresMakeClubs() {
    assertEquals("Leeds=ORG Chelsea=ORG", types(List.of("League results :", "Leeds 2 Chelsea 1"), "Leeds", "Chelsea"));
    assertEquals("Barcelona=ORG Sevilla=ORG", types("Barcelona defeated Sevilla 4-0 in the league .", "Barcelona", "Sevilla"));
    assertEquals("Everton=ORG Newcastle=ORG",
        types("Everton lost 3 - 1 at home to Newcastle in the match .", "Everton", "Newcastle"));
  }

  @Test
  public void squadRolesMakeClubs() {
    assertEquals("Liverpool=ORG", types("Liverpool manager Jurgen Klopp was pleased with the match .", "Liverpool"));
    assertEquals("Bayern=ORG", types("Bayern 's striker scored .", "Bayern"));
  }

  @Test
  public void aPlayersCareerAndMatchesMakeClubs() {
    assertEquals("Southampton=ORG Coventry=ORG Southampton=ORG", types(List.of(
        "Blackburn signed the striker from Southampton on Wednesday .", "He will make his debut against Coventry .",
        "He scored 10 goals for Southampton last season ."), "Southampton", "Coventry"));
    // nations stay places, and a war's raids are no match
    assertEquals("Wales=LOC", types("His debut against Wales came in the 1996 season .", "Wales"));
    assertEquals("Colombo=LOC", types("Raids against Colombo began as the season turned .", "Colombo"));
    assertEquals("Gothenburg=LOC",
        types("The two matches Chelsea played were relocated from Gothenburg to Nice .", "Gothenburg"));
  }

  @Test
  public void otherMentionsInTheDocumentFollow() {
    assertEquals("Leeds=ORG Leeds=ORG",
        types(List.of("Leeds beat Arsenal 2-0 .", "The win lifts Leeds to third in the league ."), "Leeds"));
    // but for the state a town is in
    assertEquals("Michigan=ORG East Lansing=LOC Michigan=LOC", types(List.of("A win against Michigan came late .",
        "The tournament was held in East Lansing , Michigan ."), "Michigan", "East Lansing"));
  }

  @Test
  public void rowsOfALeagueTableAreClubsButNotTheDateline() {
    assertEquals("New York=LOC NEW YORK=ORG Baltimore=ORG Japan=LOC", types(List.of("New York 1996-08-24",
        "Standings of the league :", "NEW YORK 74 55 .574 -", "Baltimore 68 62 .523 6 1/2", "Japan 3 2 1 0"),
        "New York", "NEW YORK", "Baltimore", "Japan"));
    // a club's other mentions follow whatever their case
    assertEquals("BOSTON=ORG Boston=ORG", types(List.of("Seattle 10 BOSTON 9 in the league", "Boston travel on ."),
        "BOSTON", "Boston"));
  }

  @Test
  public void aTeamBeforeItsScorersIsAClubWithoutItsGoals() {
    String[] t = "PSV Eindhoven 3 ( Luc Nilis 12 ) Ajax Amsterdam 1 ( Marc Overmars 30 ) in the league".split(" ");
    List<Span[]> typed = SportsTeams.retype(List.<String[]>of(t), new ArrayList<>(List.<Span[]>of(new Span[] {
        new Span(0, 2, "PER"), new Span(4, 6, "PER"), new Span(8, 11, "ORG"), new Span(12, 14, "PER")})));
    assertEquals("ORG:PSV Eindhoven, PER:Luc Nilis, ORG:Ajax Amsterdam, PER:Marc Overmars", SpanText.of(t, typed.get(0)));
  }

  @Test
  public void nationsAndPlainPlacesStayPlaces() {
    assertEquals("Japan=LOC Syria=LOC", types("Japan beat Syria 2-1 in the Asian Cup .", "Japan", "Syria"));
    assertEquals("England=LOC", types("England drew 1-1 with Wales .", "England"));
    assertEquals("former states too", "West Germany=LOC", types("West Germany beat Chile 2-1 .", "West Germany"));
    assertEquals("Toronto=LOC", types("Between 10-15 % of attendees at Toronto wore suits .", "Toronto"));
    assertEquals("Leeds=LOC", types("He moved to Leeds in 2019 to join the club .", "Leeds"));
    assertEquals("outside sport, a vote is no match", "Texas=LOC", types("The Senate voted 52-48 against Texas .", "Texas"));
  }

  @Test
  public void aSideAPlayerJoinsOrThatPicksAPlayerInADraftIsAClub() {
    assertEquals("Ceará=ORG", types("Feijão joined Ceará for the new league season .", "Ceará"));
    assertEquals("Houston=ORG", types("In the NBA draft Houston selected Amen Thompson fourth .", "Houston"));
    assertEquals("Detroit=ORG", types("In the NBA draft Detroit took his twin brother fifth .", "Detroit"));
    // a town the season's story only visits stays a place
    assertEquals("Houston=LOC", types("The NBA draft was held in Houston , where fans selected seats .", "Houston"));
  }

  @Test
  public void aClubsTownOpeningASentenceWithAVerbIsTheClub() {
    List<String[]> doc = List.of("Brown led the Boston Celtics in the NBA".split(" "),
        "Boston played without Tatum".split(" "), "Boston schools were closed".split(" "),
        "Boston on Tuesday was cold".split(" "));
    List<Span[]> spans = new ArrayList<>(List.of(new Span[] {new Span(3, 5, "ORG"), new Span(7, 8, "ORG")},
        new Span[] {new Span(0, 1, "LOC")}, new Span[] {new Span(0, 1, "LOC")}, new Span[] {new Span(0, 1, "LOC")}));
    List<Span[]> typed = SportsTeams.retype(doc, spans);
    assertEquals("ORG LOC LOC", typed.get(1)[0].getType() + " " + typed.get(2)[0].getType() + " "
        + typed.get(3)[0].getType());
  }
}
