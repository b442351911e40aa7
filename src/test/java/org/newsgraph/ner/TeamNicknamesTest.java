package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.Set;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A town and a nickname in the plural are one team. */
public class TeamNicknamesTest {
  private static final Set<String> PLACES = Set.of("Mumbai", "Chennai", "Sydney", "South", "Las", "Vegas");

  private static String teams(String sentence, Span... spans) {
    return SpanText.applied((t, s) -> {
      TeamNicknames.apply(t, s, PLACES::contains, Set.of("Vegas")::contains);
      return s;
    }, sentence, spans);
  }

  @Test
  public void aTownAndItsNicknameAreATeam() {
    assertEquals("ORG:Chennai Super Kings, ORG:Mumbai Indians",
        teams("Chennai Super Kings beat Mumbai Indians by 27 runs", new Span(0, 3, "LOC"), new Span(4, 5, "LOC")));
    assertEquals("ORG:Sydney Swans", teams("routing Sydney Swans by 60 points", new Span(1, 2, "ORG")));
  }

  @Test
  public void eventsPlacesAndPeoplesStay() {
    assertEquals("LOC:Sydney", teams("the Sydney Olympics opened", new Span(1, 2, "LOC")));
    assertEquals("LOC:Las Vegas", teams("played in Las Vegas on Sunday", new Span(2, 4, "LOC")));
    assertEquals("LOC:South Africans", teams("black South Africans voted", new Span(1, 3, "LOC")));
    assertEquals("LOC:Sydney", teams("Sydney Swans Club", new Span(0, 1, "LOC"))); // a longer name
  }

  @Test
  public void aNicknameInTheSingularEndsATeamToo() {
    assertEquals("ORG:Sydney Storm", teams("routing Sydney Storm by 60 points", new Span(1, 2, "LOC")));
    assertEquals("LOC:Sydney", teams("the Sydney Union voted", new Span(1, 2, "LOC")));
  }
}
