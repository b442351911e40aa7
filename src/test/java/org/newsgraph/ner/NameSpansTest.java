package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;

import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.Test;

/**
 * Names end in a capitalised word: in a corpus of descriptive mentions, and after the tagger. A
 * person's name does not include the role.
 */
public class NameSpansTest {
  @Test
  public void aCorpusOfMentionsKeepsOnlyItsProperNames() {
    String[] tokens = "the Asad regime told our partners that Iraqi security forces hold Mosul".split(" ");
    String[] tags = {"B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC"};
    NerCorpus.LabeledSentence ls = new NerCorpus.LabeledSentence(tokens, tags);
    NerCorpus.keepProperNames(ls);
    assertArrayEquals(new String[] {"O", "B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-LOC"}, ls.tags);
    // leading lower-case words and a lone pronoun go too; a name's particle stays
    String[] more = "We met people of Syria in northern Iraq and bin Laden".split(" ");
    ls = new NerCorpus.LabeledSentence(more,
        new String[] {"B-ORG", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC", "I-LOC", "O", "B-PER", "I-PER"});
    NerCorpus.keepProperNames(ls);
    assertArrayEquals(new String[] {"O", "O", "O", "O", "B-ORG", "O", "O", "B-LOC", "O", "B-PER", "I-PER"}, ls.tags);
  }

  @Test
  public void theTaggerTrimsLeadingLowerCaseWordsOfCapitalisedNames() {
    String[] tokens = "residents of American Samoa met samantha Fox and rebel - held Azaz and taco bell".split(" ");
    Span[] spans = {new Span(0, 4, "LOC", 0.9), new Span(5, 7, "PER", 0.8), new Span(8, 12, "LOC", 0.7),
        new Span(13, 15, "ORG", 0.6)};
    EntityTagger.trimLowerCaseStarts(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    // "samantha" is usually written with a capital: part of the name; a name all in lower case is left alone
    assertArrayEquals(new Span[] {new Span(2, 4, "LOC", 0.9), new Span(5, 7, "PER", 0.8), new Span(11, 12, "LOC", 0.7),
        new Span(13, 15, "ORG", 0.6)}, spans);
    // a sentence's capitalised first word about a part of what the name names
    tokens = "Shares of International Business Machines Corp fell".split(" ");
    spans = new Span[] {new Span(0, 6, "ORG", 0.9)};
    EntityTagger.trimLowerCaseStarts(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    assertArrayEquals(new Span[] {new Span(2, 6, "ORG", 0.9)}, spans);
    // a common word with its "at"
    tokens = "Economists at Capital Economics expect cuts".split(" ");
    spans = new Span[] {new Span(0, 4, "ORG", 0.9)};
    EntityTagger.trimLowerCaseStarts(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    assertArrayEquals(new Span[] {new Span(2, 4, "ORG", 0.9)}, spans);
    tokens = "Bank of England officials".split(" ");
    spans = new Span[] {new Span(0, 3, "ORG", 0.9)};
    EntityTagger.trimLowerCaseStarts(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    assertArrayEquals(new Span[] {new Span(0, 3, "ORG", 0.9)}, spans);
  }

  @Test
  public void wordsOftenWrittenInLowerCaseLeaveANameToo() {
    // "province" and "western" are written with a capital in most of their uses in the unlabeled text (names),
    // but in lower case often enough to be common words; "samantha" is not
    String[] tokens = "in the province of Banten and the western United States met samantha Fox".split(" ");
    Span[] spans = {new Span(2, 5, "LOC", 0.9), new Span(7, 10, "LOC", 0.8), new Span(11, 13, "PER", 0.7)};
    EntityTagger.trimLowerCaseStarts(tokens, spans, EntityTagger.commonWords(NerModels.shipped(), Truecaser.shipped()));
    assertArrayEquals(new Span[] {new Span(4, 5, "LOC", 0.9), new Span(8, 10, "LOC", 0.8), new Span(11, 13, "PER", 0.7)},
        spans);
  }

  private static final Predicate<String> DEMONYM =
      EntityTagger.demonyms(NerModels.shipped(), EntityTagger.commonWords(NerModels.shipped(), Truecaser.shipped()));

  @Test
  public void aLonePronounOrNationalityIsNoName() {
    String[] tokens = "We met US officials and Ukrainians and the Puerto Rican governor".split(" ");
    assertArrayEquals(new Span[] {new Span(2, 3, "LOC", 0.9)}, EntityTagger.stripDeterminer(tokens,
        new Span[] {new Span(0, 1, "ORG", 0.5), new Span(2, 3, "LOC", 0.9), new Span(5, 6, "ORG", 0.6),
            new Span(8, 10, "LOC", 0.7)}, DEMONYM));
  }

  @Test
  public void aTitleInLowerCaseIsNoName() {
    // web text's lower-case names stay
    String[] tokens = "the first American pope visited kerala".split(" ");
    assertArrayEquals(new Span[] {new Span(5, 6, "LOC", 0.6)}, EntityTagger.stripDeterminer(tokens,
        new Span[] {new Span(3, 4, "PER", 0.9), new Span(5, 6, "LOC", 0.6)}, DEMONYM));
  }

  @Test
  public void aNameStartsAfterACommaTheModelTookIn() {
    String[] tokens = "in Oslo county , Norway .".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 2, "LOC", 0.9), new Span(4, 5, "LOC", 0.6)},
        EntityTagger.stripDeterminer(tokens, new Span[] {new Span(1, 2, "LOC", 0.9), new Span(3, 5, "LOC", 0.6)},
            DEMONYM));
  }

  @Test
  public void theDictionarysAdjectivesOfPlacesAreNoNames() {
    String[] tokens = "Chechen rebels and Basque separatists".split(" ");
    assertArrayEquals(new Span[0], EntityTagger.stripDeterminer(tokens,
        new Span[] {new Span(0, 1, "LOC", 0.9), new Span(3, 4, "LOC", 0.8)}, DEMONYM));
  }

  @Test
  public void peoplesAreNoNames() {
    String[] tokens = "Rwandan Hutu refugees fled as Tutsi and Zulu leaders met".split(" ");
    assertArrayEquals(new Span[0], EntityTagger.stripDeterminer(tokens,
        new Span[] {new Span(0, 2, "LOC", 0.9), new Span(5, 6, "ORG", 0.8), new Span(7, 8, "PER", 0.7)}, DEMONYM));
    String[] olympic = "beating Olympic champion Kerron Clement".split(" ");
    assertArrayEquals(new Span[] {new Span(3, 5, "PER", 0.9)}, EntityTagger.stripDeterminer(olympic,
        new Span[] {new Span(1, 2, "ORG", 0.9), new Span(3, 5, "PER", 0.9)}, DEMONYM));
    String[] serb = "Bosnian Serb army commanders".split(" ");
    assertArrayEquals(new Span[0], EntityTagger.stripDeterminer(serb, new Span[] {new Span(1, 2, "ORG", 0.9)}, DEMONYM));
  }

  @Test
  public void namesThatOnlyEndLikeANationalityStay() {
    String[] tokens = "the Guardian quoted Julian and Hungarian officials".split(" ");
    assertArrayEquals(new Span[] {new Span(1, 2, "ORG", 0.9), new Span(3, 4, "PER", 0.8)},
        EntityTagger.stripDeterminer(tokens, new Span[] {new Span(1, 2, "ORG", 0.9), new Span(3, 4, "PER", 0.8),
            new Span(5, 6, "LOC", 0.7)}, DEMONYM));
  }

  @Test
  public void theTaggerTrimsTrailingLowerCaseWordsOfCapitalisedNames() {
    String[] tokens = "Hamas leaders met taco bell staff".split(" ");
    Span[] spans = {new Span(0, 2, "ORG", 0.9), new Span(3, 5, "ORG", 0.6)};
    EntityTagger.trimLowerCaseEnds(tokens, spans);
    // a name written all in lower case is left alone
    assertArrayEquals(new Span[] {new Span(0, 1, "ORG", 0.9), new Span(3, 5, "ORG", 0.6)}, spans);
  }

  @Test
  public void aPersonsNameHasNoShortTitle() {
    String[] tokens = "Sen. John Fetterman met Lt. Gov. Austin Davis and Dr. Dre".split(" ");
    Span[] spans = {new Span(0, 3, "PER", 0.9), new Span(4, 8, "PER", 0.8), new Span(9, 11, "ORG", 0.5)};
    EntityTagger.withoutShortTitles(tokens, spans);
    // an organisation keeps its words
    assertArrayEquals(new Span[] {new Span(1, 3, "PER", 0.9), new Span(6, 8, "PER", 0.8), new Span(9, 11, "ORG", 0.5)},
        spans);
  }

  @Test
  public void aPersonsNameHasNoMilitaryRankBeforeTwoMoreWords() {
    String[] tokens = "Brigadier Sarath Munasinghe and Lieutenant General Mike Jackson met Captain America".split(" ");
    Span[] spans = {new Span(0, 3, "PER", 0.9), new Span(4, 8, "PER", 0.8), new Span(9, 11, "PER", 0.7)};
    EntityTagger.withoutShortTitles(tokens, spans);
    assertArrayEquals(new Span[] {new Span(1, 3, "PER", 0.9), new Span(6, 8, "PER", 0.8), new Span(9, 11, "PER", 0.7)},
        spans);
  }

  @Test
  public void aPersonsNameHasNoRoleBeforeTwoMoreWords() {
    String[] tokens = "Shadow Chancellor Rachel Reeves met Prince William Windsor and Chancellor Kohl".split(" ");
    Span[] spans = {new Span(0, 4, "PER", 0.9), new Span(5, 8, "PER", 0.8), new Span(9, 11, "PER", 0.7)};
    EntityTagger.withoutShortTitles(tokens, spans);
    // a name's title stays, and a role before one word is the model's
    assertArrayEquals(new Span[] {new Span(2, 4, "PER", 0.9), new Span(5, 8, "PER", 0.8), new Span(9, 11, "PER", 0.7)},
        spans);
  }

  @Test
  public void aPersonsNameHasNoRoleAndFieldBeforeIt() {
    String[] tokens = "Minister of Defense Hazem Shaalan met Governor of Texas Greg Abbott".split(" ");
    Span[] spans = {new Span(0, 5, "PER", 0.9), new Span(6, 11, "PER", 0.8)};
    EntityTagger.withoutRoleOfField(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    // "Texas" is a name, no field: left to the model
    assertArrayEquals(new Span[] {new Span(3, 5, "PER", 0.9), new Span(6, 11, "PER", 0.8)}, spans);
  }

  @Test
  public void aFieldAfterARoleIsNoPartOfThePersonTheModelStartedThere() {
    String[] tokens = "Director-General for Health Patrick Amoth said , as the chancellor of Prince Mieszko III did"
        .split(" ");
    Span[] spans = {new Span(2, 5, "PER", 0.9), new Span(11, 14, "PER", 0.8)};
    EntityTagger.withoutRoleOfField(tokens, spans, Truecaser.shipped()::usuallyLowerCase);
    // "Prince" after a role in lower case stays: the model's span starts no field there
    assertArrayEquals(new Span[] {new Span(3, 5, "PER", 0.9), new Span(11, 14, "PER", 0.8)}, spans);
  }

  @Test
  public void theTaggerTrimsATrailingHyphen() {
    String[] tokens = "the U.S. - led coalition and the African Union high - level panel".split(" ");
    Span[] spans = {new Span(1, 3, "ORG", 0.9), new Span(7, 11, "ORG", 0.8)};
    EntityTagger.trimLowerCaseEnds(tokens, spans);
    assertArrayEquals(new Span[] {new Span(1, 2, "ORG", 0.9), new Span(7, 9, "ORG", 0.8)}, spans);
  }

  private static String[] roles(String sentence, String... tags) {
    NerCorpus.LabeledSentence ls = new NerCorpus.LabeledSentence(sentence.split(" "), tags);
    NerCorpus.stripRoles(ls);
    return ls.tags;
  }

  @Test
  public void aPersonNameLosesItsRole() {
    assertArrayEquals(new String[] {"O", "O", "B-PER", "I-PER", "O"},
        roles("Foreign Secretary Boris Johnson said", "B-PER", "I-PER", "I-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"O", "O", "O", "O", "B-PER", "I-PER"},
        roles("Deputy Secretary of State Antony Blinken", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
    assertArrayEquals(new String[] {"O", "O", "O", "O", "O", "B-PER", "I-PER"},
        roles("Minister for the Middle East Tobias Ellwood", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
  }

  @Test
  public void theHolderOfARoleIsANameOfItsOwn() {
    assertArrayEquals(new String[] {"B-ORG", "O", "B-PER", "I-PER", "O"},
        roles("UN Secretary-General Ban Ki-moon said", "B-PER", "I-PER", "I-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"B-ORG", "I-ORG", "O", "B-PER", "I-PER", "I-PER", "I-PER"},
        roles("European Commission President Ursula von der Leyen", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
    assertArrayEquals("typed by the actor dictionary", new String[] {"B-LOC", "O", "O", "B-PER", "I-PER"},
        roles("US Defense Secretary Lloyd Austin", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
    assertArrayEquals("the holder of a role alone too", new String[] {"B-ORG", "O", "O", "O"},
        roles("UN Secretary-General arrived", "B-PER", "I-PER", "O", "O"));
    assertArrayEquals("a role in lower case is no surname", new String[] {"B-ORG", "O", "O"},
        roles("Kremlin spokesman said", "B-PER", "I-PER", "O"));
  }

  @Test
  public void aRoleWithoutANameIsNoName() {
    assertArrayEquals(new String[] {"O", "O", "O", "O"}, roles("the Iraqi Foreign Minister", "O", "B-PER", "I-PER", "I-PER"));
    assertArrayEquals(new String[] {"O", "O", "O", "O"}, roles("Secretary of State spoke", "B-PER", "I-PER", "I-PER", "O"));
  }

  @Test
  public void titlesThatNameAPersonAndSurnamesThatAreTitlesStay() {
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O"}, roles("Prince William said", "B-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O"}, roles("Julie Bishop said", "B-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"B-ORG", "O", "B-PER", "I-PER", "I-PER", "I-PER"},
        roles("Navy Capt. Scott C . Dayton", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
  }
}
