package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Test;

/** Sentences in capitals get their words' usual casing; mixed-case text is left alone. */
public class TruecaserTest {
  private final Truecaser truecaser =
      new Truecaser(Map.of("japan", "Japan", "get", "get", "lucky", "lucky", "win", "win", "nato", "NATO", "in", "in"));

  private static String[] toks(String s) {
    return s.split(" ");
  }

  @Test
  public void headlineGetsUsualCasing() {
    assertArrayEquals(toks("Japan get lucky win , NATO in Vilnius ."),
        truecaser.restore(toks("JAPAN GET LUCKY WIN , NATO IN VILNIUS .")));
  }

  @Test
  public void datelineAloneIsASentenceInCapitals() {
    assertTrue(Truecaser.inCapitals(toks("VILNIUS 1996-08-22")));
    assertArrayEquals(toks("Vilnius 1996-08-22"), truecaser.restore(toks("VILNIUS 1996-08-22")));
    assertArrayEquals(toks("NATO"), truecaser.restore(toks("NATO")));
  }

  @Test
  public void aLoneVBetweenTwoSidesIsVersus() {
    Truecaser withV = new Truecaser(Map.of("v", "V", "england", "England", "pakistan", "Pakistan", "test", "test"));
    assertArrayEquals(toks("England v Pakistan test"), withV.restore(toks("ENGLAND V PAKISTAN TEST")));
  }

  @Test
  public void firstWordStartsWithACapital() {
    assertArrayEquals(toks("- Lucky win"), truecaser.restore(toks("- LUCKY WIN")));
  }

  @Test
  public void mixedCaseTextIsLeftAsWritten() {
    assertFalse(Truecaser.inCapitals(toks("NATO and the EU met in Vilnius .")));
    assertFalse(Truecaser.inCapitals(toks("2 - 1 .")));
    assertTrue(Truecaser.inCapitals(toks("JAPAN GET LUCKY win .")));
  }

  @Test
  public void aWordOftenInNamesTakesItsCapitalNextToAName() {
    Truecaser t = new Truecaser(Map.of("new", "new", "york", "York", "city", "city", "homes", "homes", "in", "in"),
        Map.of("new", "New", "city", "City"));
    // "new" and "city" join the name York; "new" before a common word stays lower-case
    assertArrayEquals(toks("New York City homes in new homes"),
        t.restore(toks("NEW YORK CITY HOMES IN NEW HOMES")));
  }

  @Test
  public void aWordCapitalisedOnOneSideOfNamesOnlyTakesItsCapitalThereOnly() {
    // the text writes "New York" but "Google headquarters" and "downtown Taipei"
    Truecaser t = new Truecaser(Map.of("new", "new", "york", "York", "google", "Google", "headquarters", "headquarters",
        "downtown", "downtown", "taipei", "Taipei"), Map.of("new", "New", "headquarters", "Headquarters",
        "downtown", "Downtown"), Map.of(), Map.of("headquarters", "n", "downtown", "-"));
    assertArrayEquals(toks("Google headquarters"), t.restore(toks("GOOGLE HEADQUARTERS")));
    assertArrayEquals(toks("Headquarters Taipei"), t.restore(toks("HEADQUARTERS TAIPEI")));
    assertArrayEquals(toks("New York downtown Taipei"), t.restore(toks("NEW YORK DOWNTOWN TAIPEI")));
  }

  @Test
  public void aHeadlinesVerbBetweenTwoNamesStaysLowerCase() {
    Truecaser t = new Truecaser(Map.of("chelsea", "Chelsea", "beat", "beat", "leeds", "Leeds", "national", "national",
        "states", "States", "council", "Council", "security", "security"), Map.of("beat", "Beat", "national", "National"));
    assertArrayEquals(toks("Chelsea beat Leeds"), t.restore(toks("CHELSEA BEAT LEEDS")));
    // a word of a name between two names joins them
    assertArrayEquals(toks("States National Council"), t.restore(toks("STATES NATIONAL COUNCIL")));
  }

  @Test
  public void aPairOfWordsWithItsOwnCasingGetsIt() {
    Truecaser t = new Truecaser(Map.of("new", "new", "haven", "haven", "the", "the", "us", "us", "final", "final", "for", "for"),
        Map.of(), Map.of("new haven", "New Haven", "the us", "the US"));
    assertArrayEquals(toks("New Haven final for the US"), t.restore(toks("NEW HAVEN FINAL FOR THE US")));
    // "us" alone stays the pronoun
    assertArrayEquals(toks("Final for us"), t.restore(toks("FINAL FOR US")));
  }

  @Test
  public void aHeadlineInTitleCaseIsReadInUsualCasingButKeepsItsAcronyms() {
    Truecaser t = new Truecaser(Map.of("putin", "Putin", "says", "says", "nato", "NATO", "will", "will",
        "respond", "respond", "to", "to", "sanctions", "sanctions", "met", "met"));
    String[] headline = toks("Putin Says NATO Will Respond to Sanctions");
    assertTrue(t.inTitleCase(headline));
    assertArrayEquals(toks("Putin says NATO will respond to sanctions"), t.restoreTitleCase(headline));
    // a sentence of names, or one with a lower-case word of four letters or more, is no headline
    assertFalse(t.inTitleCase(toks("Putin Met NATO")));
    assertFalse(t.inTitleCase(toks("Putin Says NATO will respond")));
  }

  @Test
  public void aHeadlineReadsTheNamesOfItsStory() {
    Truecaser t = new Truecaser(Map.of("racing", "racing", "hill", "hill", "on", "on", "pole", "pole", "new", "new",
        "york", "York"),
        Map.of(), Map.of("new york", "New York"));
    List<String[]> story = List.of(toks("Damon Hill took pole in New York ahead of Hill 's rival ."),
        toks("Hill said the hill was steep , a new track on a new circuit ."));
    Map<String, String> forms = Truecaser.documentForms(story);
    // after a sentence's first word, "Hill" twice in three; "new" mostly in lower case, which the story does not give
    assertEquals("Hill", forms.get("hill"));
    assertEquals(null, forms.get("new"));
    assertArrayEquals(toks("Racing - Hill on pole"), t.restore(toks("RACING - HILL ON POLE"), forms));
    assertArrayEquals(toks("Racing - hill on pole"), t.restore(toks("RACING - HILL ON POLE")));
    // a pair of the table agrees with a word the story cased
    assertArrayEquals(toks("New York hill"), t.restore(toks("NEW YORK HILL"), Map.of("york", "York")));
    assertArrayEquals(toks("New york hill"), t.restore(toks("NEW YORK HILL"), Map.of("york", "york")));
  }

  @Test
  public void aTablesRowsAreNoHeadline() {
    Truecaser t = new Truecaser(Map.of("couples", "couples", "price", "price", "says", "says", "will", "will"));
    // common words as surnames between ranks and scores
    assertFalse(t.inTitleCase(toks("136 Fred Couples 69 67 , 137 Nick Price 70 67")));
    // a headline's few numbers, a date's days and telephone numbers leave it one
    assertTrue(t.inTitleCase(toks("Price Says 12 Will Go , 3 Stay")));
    assertTrue(t.inTitleCase(toks("Fred Says Couples Will Wed May 6 , May 13 and May 20 at 713-853-3242")));
  }

  @Test
  public void aWordUsuallyCapitalisedButOftenCommonIsLowerCaseUnlessNextToAName() {
    // "army": "Army" in most of the unlabeled text (inside names), "army" in a third of it
    Truecaser t = new Truecaser(Map.of("rebels", "rebels", "attack", "attack", "army", "Army", "base", "base",
        "us", "US"), Map.of("army", "Army"));
    assertArrayEquals(toks("Rebels attack army base"), t.restore(toks("REBELS ATTACK ARMY BASE")));
    assertArrayEquals(toks("US Army base"), t.restore(toks("US ARMY BASE")));
    // its usual form is still the capitalised one for the tagger's rules
    assertFalse(t.usuallyLowerCase("army"));
  }

  @Test
  public void shippedTableKnowsCommonWordsAndAcronyms() {
    assertArrayEquals(toks("Putin meets NATO leaders in Brussels"),
        Truecaser.shipped().restore(toks("PUTIN MEETS NATO LEADERS IN BRUSSELS")));
    assertArrayEquals(toks("Officials at the Home Office said the US and the WHO agreed"),
        Truecaser.shipped().restore(toks("OFFICIALS AT THE HOME OFFICE SAID THE US AND THE WHO AGREED")));
    // "farm" and "ministers" are capitalised right after a capitalised word less than 80% of the time
    assertArrayEquals(toks("EU farm ministers meet in Brussels"),
        Truecaser.shipped().restore(toks("EU FARM MINISTERS MEET IN BRUSSELS")));
    // a point of the compass is a name's word only next to a name
    assertArrayEquals(toks("Rebels kill 12 in north , North Korea says"),
        Truecaser.shipped().restore(toks("REBELS KILL 12 IN NORTH , NORTH KOREA SAYS")));
  }
}
