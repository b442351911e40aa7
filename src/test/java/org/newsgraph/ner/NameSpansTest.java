package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;

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
    // "the Asad" stays a span here: a leading "the" is dropped later, for every corpus alike
    assertArrayEquals(new String[] {"B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "B-LOC"}, ls.tags);
  }

  @Test
  public void theTaggerTrimsTrailingLowerCaseWordsOfCapitalisedNames() {
    String[] tokens = "Hamas leaders met taco bell staff".split(" ");
    Span[] spans = {new Span(0, 2, "ORG", 0.9), new Span(3, 5, "ORG", 0.6)};
    EntityTagger.trimLowerCaseEnds(tokens, spans);
    // a name written all in lower case is left alone
    assertArrayEquals(new Span[] {new Span(0, 1, "ORG", 0.9), new Span(3, 5, "ORG", 0.6)}, spans);
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
  public void aRoleWithoutANameIsNoName() {
    assertArrayEquals(new String[] {"O", "O", "O", "O"}, roles("the Iraqi Foreign Minister", "O", "B-PER", "I-PER", "I-PER"));
    assertArrayEquals(new String[] {"O", "O", "O", "O"}, roles("Secretary of State spoke", "B-PER", "I-PER", "I-PER", "O"));
  }

  @Test
  public void titlesThatNameAPersonAndSurnamesThatAreTitlesStay() {
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O"}, roles("Prince William said", "B-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"B-PER", "I-PER", "O"}, roles("Julie Bishop said", "B-PER", "I-PER", "O"));
    assertArrayEquals(new String[] {"O", "O", "B-PER", "I-PER", "I-PER", "I-PER"},
        roles("Navy Capt. Scott C . Dayton", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "I-PER"));
  }
}
