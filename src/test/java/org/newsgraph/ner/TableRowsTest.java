package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** The untagged names of a sports page's table rows: teams in results and standings, athletes, batsmen. */
public class TableRowsTest {
  /** Each row with the model's spans given as "start end TYPE" triples; the first row makes the page about sport. */
  private static List<String> fill(Object... rowsAndSpans) {
    List<String[]> rows = new ArrayList<>();
    List<Span[]> spans = new ArrayList<>();
    rows.add("Results of English league matches on Saturday :".split(" "));
    spans.add(new Span[0]);
    for (int i = 0; i < rowsAndSpans.length; i += 2) {
      rows.add(((String) rowsAndSpans[i]).split(" "));
      spans.add((Span[]) rowsAndSpans[i + 1]);
    }
    List<Span[]> out = TableRows.fill(rows, spans, java.util.Set.of("John", "Mary")::contains);
    List<String> text = new ArrayList<>();
    for (int i = 1; i < rows.size(); i++) {
      text.add(SpanText.of(rows.get(i), out.get(i)));
    }
    return text;
  }

  private static Span[] spans(Span... s) {
    return s;
  }

  @Test
  public void teamsOfResultsAndStandings() {
    assertEquals(List.of("ORG:Leeds, ORG:Sheffield Wednesday", "ORG:Baltimore, ORG:SEATTLE",
        "ORG:Sheffield Wednesday", "LOC:England, LOC:Pakistan"),
        fill("Leeds 3 Sheffield Wednesday 1", spans(new Span(0, 1, "ORG")),
            "Baltimore 6 SEATTLE 5 ( 10 innings )", spans(new Span(0, 1, "ORG")),
            "Sheffield Wednesday 3 2 0 1 4 3 6", spans(),
            "England 2 Pakistan 1", spans()));
    // a standings row's team takes the place of the model's names inside its words, not of one running past them
    assertEquals(List.of("ORG:PSV Eindhoven", "LOC:Italy", "PER:Groningen 4"),
        fill("PSV Eindhoven 4 3 0 1 10 4 9", spans(new Span(1, 2, "LOC")),
            "Italy 3 2 1 0 5 2 7", spans(new Span(0, 1, "LOC")),
            "Groningen 4 0 0 4 2 11 0", spans(new Span(0, 2, "PER"))));
  }

  @Test
  public void scorersArePersonsAndTheirTeamsTeams() {
    assertEquals(List.of("ORG:Feyenoord, PER:Van Gastel, PER:Larsson, ORG:NAC Breda, PER:Arnold",
        "ORG:Ajax Amsterdam, PER:Kluivert, PER:Litmanen, PER:Musampa, ORG:Vitesse Arnhem",
        "PER:Larsson, LOC:Sweden"),
        fill("Feyenoord 2 ( Van Gastel 9 , Larsson 55 ) NAC Breda 1 ( Arnold 70 ) .",
            spans(new Span(0, 1, "ORG"), new Span(3, 5, "PER"), new Span(7, 9, "ORG")),
            "Ajax Amsterdam 3 ( Kluivert 12 , Litmanen 40 pen , Musampa 88 ) Vitesse Arnhem 0 .",
            spans(new Span(0, 2, "ORG"), new Span(15, 17, "PER")),
            // not a result row: left as the model tagged it
            "Larsson scored 2 ( once in each half ) for Sweden", spans(new Span(0, 1, "PER"), new Span(10, 11, "LOC"))));
    // a result row's teams replace the model's spans across the score or of another type
    assertEquals(List.of("ORG:Borussia Dortmund, ORG:Freiburg", "ORG:Werder Bremen, ORG:Schalke"),
        fill("Borussia Dortmund 3 Freiburg 0", spans(new Span(0, 4, "ORG")),
            "Werder Bremen 1 Schalke 1", spans(new Span(0, 2, "PER"), new Span(3, 4, "ORG"))));
    // a note after the second team, even one that starts like a scorer, names nobody
    assertEquals(List.of("ORG:Leeds, ORG:Chelsea"), fill("Leeds 3 Chelsea 1 ( Zola 10 , after extra time )", spans()));
    // prose that looks like a result is left as the model tagged it
    assertEquals(List.of("PER:Larsson"), fill("On 6 Larsson 5", spans(new Span(2, 3, "PER"))));
  }

  @Test
  public void athletesBeforeTheirNationAndBatsmenBeforeHowTheyWereOut() {
    assertEquals(List.of("PER:Thomas Muster, LOC:Austria, PER:Marcelo Rios, LOC:Chile",
        "PER:Ato Boldon, LOC:Trinidad and Tobago", "PER:M. Atherton, PER:Rashid Latif, PER:Wasim Akram",
        "PER:G. Thorpe"),
        fill("1 - Thomas Muster ( Austria ) beat Marcelo Rios ( Chile ) 6-4 7-5",
            spans(new Span(5, 6, "LOC"), new Span(8, 10, "PER"), new Span(11, 12, "LOC")),
            "2. Ato Boldon ( Trinidad and Tobago ) 20.05", spans(new Span(4, 7, "LOC")),
            "M. Atherton c Rashid Latif b Wasim Akram 31", spans(new Span(3, 5, "PER"), new Span(6, 8, "PER")),
            "G. Thorpe not out 54", spans()));
    // an athlete the model typed otherwise in a match row is a person; prose before a place in brackets is left
    assertEquals(List.of("PER:Steffi Graf, LOC:Germany, PER:Yayuk Basuki, LOC:Indonesia",
        "LOC:Chicago, ORG:BB King Blues Club, LOC:Memphis"),
        fill("1 - Steffi Graf ( Germany ) beat Yayuk Basuki ( Indonesia ) 6-3 7-6",
            spans(new Span(2, 4, "PER"), new Span(5, 6, "LOC"), new Span(8, 10, "ORG"), new Span(11, 12, "LOC")),
            "He played Chicago and BB King Blues Club ( Memphis ) and left",
            spans(new Span(2, 3, "LOC"), new Span(4, 8, "ORG"), new Span(9, 10, "LOC"))));
  }

  @Test
  public void doublesPairsAndOneWordAthletesInARowOfSetScores() {
    assertEquals(List.of("PER:Sun Jun, LOC:China, PER:Hendrawan, LOC:Indonesia",
        "PER:Ha Tae-kwon, PER:Kim Dong-moon, LOC:South Korea, PER:Yuko Mizuhara, PER:Emi Takeshita, LOC:Japan"),
        fill("1 - Sun Jun ( China ) beat Hendrawan ( Indonesia ) 15-9 15-12",
            spans(new Span(2, 4, "PER"), new Span(5, 6, "LOC"), new Span(10, 11, "LOC")),
            "Ha Tae-kwon / Kim Dong-moon ( South Korea ) beat Yuko Mizuhara / Emi Takeshita ( Japan ) 15-8 15-6",
            spans(new Span(3, 5, "PER"), new Span(6, 8, "LOC"), new Span(10, 12, "PER"), new Span(13, 15, "ORG"),
                new Span(16, 17, "LOC"))));
    // one word before a nation without set scores is no athlete: a club in a cup's results
    assertEquals(List.of("LOC:Netherlands, LOC:France"),
        fill("Ajax ( Netherlands ) 2 Auxerre ( France ) 1", spans(new Span(2, 3, "LOC"), new Span(7, 8, "LOC"))));
  }

  @Test
  public void aRidersTeamAfterTheNationIsATeamWhereverTheStoryNamesIt() {
    assertEquals(List.of("ORG:Mapei, LOC:Saviese", "PER:Marco Fontanelli, LOC:Italy, ORG:Mapei",
        "PER:Laurent Brochard, LOC:France, ORG:Festina", "PER:Alex Zuelle, LOC:Switzerland, ORG:ONCE",
        "PER:Alex Zuelle, ORG:ONCE"),
        fill("Mapei won above Saviese .", spans(new Span(0, 1, "LOC"), new Span(3, 4, "LOC")),
            "1. Marco Fontanelli ( Italy ) Mapei 4 hours 31 minutes 12 seconds",
            spans(new Span(1, 3, "PER"), new Span(4, 5, "LOC"), new Span(6, 7, "LOC")),
            "2. Laurent Brochard ( France ) Festina same time", spans(new Span(4, 5, "LOC")),
            "3. Alex Zuelle ( Switzerland ) ONCE", spans(new Span(1, 3, "PER"), new Span(4, 5, "LOC")),
            "Alex Zuelle of ONCE finished fourth .", spans(new Span(0, 2, "PER"))));
  }

  @Test
  public void aPlayersCareerListsClubs() {
    assertEquals(List.of("ORG:Atlético Mineiro, ORG:América de Natal, ORG:Boa Esporte",
        "ORG:Sport Recife, ORG:Fortaleza",
        "PER:John F. Plante", "PER:John Hale, PER:Mary Ross"),
        fill("2010-2013 : Atlético Mineiro ; 2011 : América de Natal ( loan ) ; 2012 : Boa Esporte ( loan ) .",
            spans(new Span(2, 4, "PER"), new Span(7, 10, "LOC"), new Span(16, 18, "PER")),
            "2019-2021 : Sport Recife ; 2021- : Fortaleza .", spans(new Span(7, 8, "LOC")),
            "1990 : John F. Plante", spans(new Span(2, 5, "PER")),
            "2005 : John Hale ; 2006 : Mary Ross", spans(new Span(2, 4, "PER"), new Span(7, 9, "PER"))));
  }

  @Test
  public void aFixturesSidesAreTeamsOrNations() {
    assertEquals(List.of("ORG:Celtic, ORG:Hibernian", "ORG:Ross County, ORG:Forfar", "LOC:England, LOC:Pakistan",
        "LOC:Fiji, LOC:Western Samoa", ""),
        fill("Celtic v Hibernian", spans(),
            "Ross County v Forfar", spans(new Span(0, 2, "LOC")),
            "England v Pakistan .", spans(new Span(0, 1, "LOC")),
            "Fiji v Western Samoa", spans(new Span(2, 4, "ORG")),
            "Clinton v Dole on Tuesday", spans()));
  }

  @Test
  public void fieldersBowlersAndOneWordBatsmenOfAScorecard() {
    assertEquals(List.of("PER:Saeed Anwar, PER:Kaluwitharana, PER:Vaas",
        "PER:Ijaz Ahmed, PER:de Silva, PER:Muralitharan", "PER:Inzamam-ul-Haq", "PER:Vaas, PER:de Silva", ""),
        fill("Saeed Anwar c Kaluwitharana b Vaas 62", spans(new Span(0, 2, "PER")),
            "Ijaz Ahmed c de Silva b Muralitharan 38", spans(new Span(0, 2, "PER")),
            "Inzamam-ul-Haq run out 47", spans(),
            "Bowling : Vaas 10-1-44-2 , de Silva 2-0-11-0", spans(),
            "Extras b 4 lb 6 10", spans()));
  }

  @Test
  public void proseDatesAndOtherPagesAreLeft() {
    assertEquals(List.of("", "", "", ""),
        fill("On 6 September 125 ( Lancashire Fusiliers ) attacked", spans(),
            "Fall of wickets : 1-64 2-85 3-101", spans(),
            "Total ( for 3 wickets ) 153", spans(),
            "Results from the Canadian Open ( Toronto ) on Wednesday", spans()));
    // the tagger fills rows in a document about sport only: a vote's tally is no result
    assertFalse(SportsTeams.aboutSport(List.<String[]>of("Senate 52 House 48".split(" "))));
  }
}
