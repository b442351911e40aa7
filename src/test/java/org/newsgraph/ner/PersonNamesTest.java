package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import opennlp.tools.util.Span;
import org.junit.Test;

/** A person's name stops before "of" and where the person is from. */
public class PersonNamesTest {
  // stands in for the model on a phrase alone: a place when it is "Florida", an organisation when it holds "Bank",
  // else a person (as the model calls names it does not know)
  private static Span[] tagAlone(String[] words) {
    if (words[0].equals("Milltech")) {
      return new Span[0]; // a name the model does not find without its context
    }
    String type = words[0].equals("Florida") ? "LOC" : List.of(words).contains("Bank") ? "ORG" : "PER";
    return new Span[] {new Span(0, words.length, type, 0.5)};
  }

  private static Span[] split(String sentence, Span... spans) {
    return PersonNames.splitAtOf(sentence.split(" "), spans, PersonNamesTest::tagAlone);
  }

  @Test
  public void aPersonIsCutBeforeOfAndTheRestIsTaggedAlone() {
    assertArrayEquals(new Span[] {new Span(1, 3, "PER", 0.9), new Span(4, 5, "LOC", 0.5), new Span(6, 8, "PER", 0.8)},
        split("Senators Marco Rubio of Florida , Mike Lee", new Span(1, 5, "PER", 0.9), new Span(6, 8, "PER", 0.8)));
    assertArrayEquals(new Span[] {new Span(0, 2, "PER", 0.9), new Span(4, 6, "ORG", 0.5)},
        split("Carl Hensman of the Gates Foundation said", new Span(0, 6, "PER", 0.9)));
    // after "of" a name is no person: one word is a place, more an organisation
    assertArrayEquals(new Span[] {new Span(0, 2, "PER", 0.9), new Span(3, 4, "LOC", 0.5)},
        split("Patrick Crusius of Allen", new Span(0, 4, "PER", 0.9)));
  }

  @Test
  public void namesWithOfStay() {
    // one name before "of", a royal style, no capital after "of", or not a person
    Span[] gaunt = {new Span(0, 3, "PER", 0.9)};
    assertArrayEquals(gaunt, split("John of Gaunt", gaunt));
    Span[] king = {new Span(0, 5, "PER", 0.9)};
    assertArrayEquals(king, split("King Charles II of England", king));
    Span[] lower = {new Span(0, 4, "PER", 0.9)};
    assertArrayEquals(lower, split("Mary Smith of counsel", lower));
    // an organisation whose words before "of" are no person alone
    Span[] bank = {new Span(0, 4, "ORG", 0.9)};
    assertArrayEquals(bank, split("Central Bank of Ireland", bank));
  }

  @Test
  public void aPersonTypedAsAnOrganisationIsCutToo() {
    // "Karsten Warholm" alone is a person, so "Karsten Warholm of Norway" was a person and a place
    assertArrayEquals(new Span[] {new Span(0, 2, "PER", 0.7), new Span(3, 4, "LOC", 0.5)},
        split("Karsten Warholm of Norway won", new Span(0, 4, "ORG", 0.7)));
  }

  @Test
  public void anOrganisationsNounBeforeOfIsNoSurname() {
    // the model alone reads "Ludwig Maximilian University" as a person: still one organisation
    assertArrayEquals(new Span[] {new Span(2, 7, "ORG", 0.6)},
        split("moving to Ludwig Maximilian University of Munich", new Span(2, 7, "PER", 0.6)));
    Span[] org = {new Span(2, 7, "ORG", 0.6)};
    assertArrayEquals(org, split("moving to Ludwig Maximilian University of Munich", org));
    // a company's last word that takes no complement: the place after "of" is a name of its own
    assertArrayEquals(new Span[] {new Span(2, 4, "PER", 0.6), new Span(5, 6, "LOC", 0.5)},
        split("Germany bans Mahan Air of Iran", new Span(2, 6, "PER", 0.6)));
  }

  @Test
  public void whatTheModelDoesNotFindAloneAfterOfIsStillAName() {
    assertArrayEquals(new Span[] {new Span(0, 2, "PER", 0.9), new Span(3, 5, "ORG", 0.9)},
        split("Doug Miller of Milltech Marine said", new Span(0, 5, "PER", 0.9)));
  }

  @Test
  public void anOrganisationRunTogetherWithAPersonIsCut() {
    String[] tokens = "of the Central Bank John Smith said , and Florida Rico Senate voted".split(" ");
    Span[] spans = {new Span(2, 6, "ORG", 0.7), new Span(9, 12, "ORG", 0.7)};
    // "Rico" is no given name, so "Florida Rico Senate" stays whole
    Span[] out = PersonNames.splitBeforePerson(tokens, spans, PersonNamesTest::tagAlone, w -> !w.equals("Rico"));
    assertEquals("ORG:Central Bank, PER:John Smith, ORG:Florida Rico Senate", SpanText.of(tokens, out));
    // a person span stays whole ("Chad Michael Murray")
    Span[] person = {new Span(0, 3, "PER", 0.9)};
    assertArrayEquals(person, PersonNames.splitBeforePerson("Florida Michael Murray".split(" "), person,
        PersonNamesTest::tagAlone, w -> true));
  }

  @Test
  public void aGivenNameTheModelLeftOutBelongsToTheName() {
    // the label prior knows "Frank" as a first name and "Called" as no name; "Dries" only as the verb "dries"
    Set<String> known = Set.of("Called", "Said");
    String[] tokens = "Dries Mertens scored , Senator Lee said and my cat Called Frank left , Uncle John said".split(" ");
    Span[] spans = {new Span(1, 2, "PER"), new Span(5, 6, "PER"), new Span(11, 12, "PER"), new Span(15, 16, "PER")};
    PersonNames.withGivenNames(tokens, spans, w -> !known.contains(w));
    assertEquals("PER:Dries Mertens, PER:Lee, PER:Frank, PER:John", SpanText.of(tokens, spans));
  }

  @Test
  public void aPersonGoesOnThroughAParticleOfDescent() {
    String[] tokens = "President Daniel arap Moi met Ngugi wa Thiong'o , Daniel arap Moi and Osama bin laden"
        .split(" ");
    Span[] spans = {new Span(1, 2, "PER"), new Span(5, 6, "PER"), new Span(9, 10, "PER"), new Span(11, 12, "PER"),
        new Span(13, 14, "PER")};
    PersonNames.throughParticles(tokens, spans, w -> Character.isLowerCase(w.charAt(0)));
    // the second "Moi" is tagged already, and "laden" is written in lower case
    assertEquals("PER:Daniel arap Moi, PER:Ngugi wa Thiong'o, PER:Daniel, PER:Moi, PER:Osama",
        SpanText.of(tokens, spans));
  }

  @Test
  public void aOneWordPersonBeforeAFullNamesPossessiveIsItsTeamOrOutlet() {
    Set<String> first = Set.of("Michael", "Scott", "Tim");
    String[] tokens = "Ferrari 's Michael Schumacher , Muller 's Shadow Cabinet and Britain 's Tim Henman".split(" ");
    Span[] spans = {new Span(0, 1, "PER"), new Span(2, 4, "PER"), new Span(5, 6, "PER"), new Span(7, 9, "PER"),
        new Span(10, 11, "PER"), new Span(12, 14, "PER")};
    PersonNames.teamsOfPersons(tokens, spans, first::contains);
    assertEquals("ORG:Ferrari, PER:Michael Schumacher, PER:Muller, PER:Shadow Cabinet, LOC:Britain, PER:Tim Henman",
        SpanText.of(tokens, spans));
  }

  @Test
  public void aOneWordNameBeforeAPlayersRoleAndAFullNameIsTheTeam() {
    Set<String> first = Set.of("Damon", "Jean", "Michael");
    String[] tokens = "Williams driver Damon Hill , Benetton driver Jean Alesi and England captain Michael Atherton"
        .split(" ");
    Span[] spans = {new Span(0, 1, "PER"), new Span(2, 4, "PER"), new Span(5, 6, "LOC"), new Span(7, 9, "PER"),
        new Span(10, 11, "LOC"), new Span(12, 14, "PER")};
    PersonNames.teamsOfPersons(tokens, spans, first::contains);
    assertEquals("ORG:Williams, PER:Damon Hill, ORG:Benetton, PER:Jean Alesi, LOC:England, PER:Michael Atherton",
        SpanText.of(tokens, spans));
  }

  @Test
  public void aNameTheModelLeftOutOfATableIsAPerson() {
    // the label prior has "Billy", "Thomas" and "Ferrari" as first words of persons, "Cup" as no person's word
    Set<String> first = Set.of("Billy", "Thomas", "Ferrari", "Baron");
    String[] tokens = "138 Billy Mayfair 69 , Thomas Cup 70 , Baron Strathclyde , album \" Thomas Smith \"".split(" ");
    Span[] out = PersonNames.untagged(tokens, new Span[0], first::contains, w -> !w.equals("Cup"), w -> false);
    assertEquals("PER:Billy Mayfair", SpanText.of(tokens, out));
    // tagged words and longer capitalised runs are the model's
    tokens = "Billy Mayfair and Billy Mayfair Jones Smith Brown".split(" ");
    out = PersonNames.untagged(tokens, new Span[] {new Span(0, 1, "LOC")}, first::contains, w -> true, w -> false);
    assertEquals("LOC:Billy", SpanText.of(tokens, out));
  }

  @Test
  public void aPersonStartsAfterANationality() {
    String[] tokens = "coached by Uruguayan Oscar Tabarez , Roman Karl Scholz and Uruguayan Gomez".split(" ");
    Span[] spans = {new Span(2, 5, "PER"), new Span(6, 9, "PER"), new Span(10, 12, "PER")};
    PersonNames.withoutNationality(tokens, spans, w -> w.equals("Uruguayan"), w -> new Span[0]);
    assertEquals("PER:Oscar Tabarez, PER:Roman Karl Scholz, PER:Uruguayan Gomez", SpanText.of(tokens, spans));
    // a noun of nationality, not a given name ("Dane Lillegard")
    String[] nouns = "Spaniard Carlos Moya and Dane Lillegard".split(" ");
    Span[] nounSpans = {new Span(0, 3, "PER"), new Span(4, 6, "PER")};
    PersonNames.withoutNationality(nouns, nounSpans, w -> false, w -> new Span[0]);
    assertEquals("PER:Carlos Moya, PER:Dane Lillegard", SpanText.of(nouns, nounSpans));
  }

  @Test
  public void anOrganisationAfterANationalityIsAPersonWhenItsWordsReadAloneAreOne() {
    String[] tokens = "won by Ethiopian Tirunesh Dibaba , not British American Tobacco".split(" ");
    Span[] spans = {new Span(2, 5, "ORG"), new Span(7, 10, "ORG")};
    Function<String[], Span[]> phrase =
        w -> new Span[] {new Span(0, w.length, w[0].equals("Tirunesh") ? "PER" : "ORG")};
    PersonNames.withoutNationality(tokens, spans, w -> w.equals("Ethiopian") || w.equals("British"), phrase);
    assertEquals("PER:Tirunesh Dibaba, ORG:British American Tobacco", SpanText.of(tokens, spans));
  }

  @Test
  public void aPersonAfterAPersonAndAndIsFoundThoughItsFirstWordIsACommonWord() {
    String[] tokens = "named Beatrice Chebet and Faith Kipyegon in the squad".split(" ");
    Span[] out = PersonNames.untagged(tokens, new Span[] {new Span(1, 3, "PER")}, w -> false,
        w -> !w.equals("Faith"), w -> false);
    assertEquals("PER:Beatrice Chebet, PER:Faith Kipyegon", SpanText.of(tokens, out));
  }

  @Test
  public void aPersonAfterANationalityAloneIsFoundThoughTheModelMissedIt() {
    // "Hiwot" is unknown to the label prior: after a nationality it may start a person, as after a role
    String[] tokens = "won by Ethiopian Hiwot Gebremariam in 2:21:05".split(" ");
    Span[] out = PersonNames.untagged(tokens, new Span[0], w -> false, w -> true, w -> w.equals("Ethiopian"));
    assertEquals("PER:Hiwot Gebremariam", SpanText.of(tokens, out));
  }

  @Test
  public void aNameAfterARoleInLowerCaseIsAPerson() {
    // "Yasuo" is unknown to the label prior: after a role it may start a person; "Cup" is no person's word
    Set<String> first = Set.of("Billy");
    Predicate<String> nameWord = w -> !w.equals("Cup");
    String[] tokens = "by former copper chief Yasuo Hamanaka , chief Thomas Cup and Yasuo Hamanaka".split(" ");
    Span[] out = PersonNames.untagged(tokens, new Span[0], first::contains, nameWord, w -> false);
    assertEquals("PER:Yasuo Hamanaka", SpanText.of(tokens, out));
    // so after an office written with a capital, but not a capitalised word that is no office
    String[] office = "OPEC Secretary-General Rilwanu Lukman said , as Opec Leader Rilwanu Lukman said".split(" ");
    assertEquals("PER:Rilwanu Lukman",
        SpanText.of(office, PersonNames.untagged(office, new Span[0], first::contains, nameWord, w -> false)));
  }

  @Test
  public void aLeaderBoardsRowNamesAPersonWhoseSurnameIsACommonWord() {
    // "Couples" is a common word: a person's last word only between a rank and the scores
    Set<String> first = Set.of("Fred", "Nick");
    Predicate<String> nameWord = w -> !w.equals("Couples") && !w.equals("Price");
    String[] tokens = "136 Fred Couples 69 67 , 137 Nick Price ( Zimbabwe ) , Fred Couples said".split(" ");
    Span[] out = PersonNames.untagged(tokens, new Span[0], first::contains, nameWord, w -> false);
    assertEquals("PER:Fred Couples, PER:Nick Price", SpanText.of(tokens, out));
  }

  @Test
  public void initialsBelongToTheName() {
    String[] tokens = "Bush nominated A. Noel Kramer and J. R. R. Tolkien met U.S. officials".split(" ");
    Span[] spans = {new Span(0, 1, "PER"), new Span(3, 5, "PER"), new Span(9, 10, "PER"), new Span(11, 12, "LOC")};
    PersonNames.withInitials(tokens, spans);
    assertArrayEquals(new Span[] {new Span(0, 1, "PER"), new Span(2, 5, "PER"), new Span(6, 10, "PER"),
        new Span(11, 12, "LOC")}, spans);
    // initials written together, which the model made a person of their own; not a dictionary name ("U.S.")
    tokens = "Prime Minister H.D. Deve Gowda met U.S. John Smith".split(" ");
    assertEquals("PER:H.D. Deve Gowda, LOC:U.S., PER:John Smith", SpanText.of(tokens, PersonNames.withInitials(tokens,
        new Span[] {new Span(2, 3, "PER"), new Span(3, 5, "PER"), new Span(6, 7, "LOC"), new Span(7, 9, "PER")})));
    assertEquals("PER:P.N. Sahni", SpanText.of(tokens = "P.N. Sahni wrote".split(" "),
        PersonNames.withInitials(tokens, new Span[] {new Span(1, 2, "PER")})));
  }

  @Test
  public void aTownAfterAnInitialIsASurname() {
    String[] tokens = "M. Atherton b Waqar Younis 31".split(" ");
    assertEquals("PER:M. Atherton, PER:Waqar Younis", SpanText.of(tokens, PersonNames.withInitials(tokens,
        new Span[] {new Span(1, 2, "LOC"), new Span(3, 5, "PER")})));
    // a compass point's letter, a nation or a place of the actor dictionary, a place after a capitalised word stay
    tokens = "fighting in N. Korea , S. Africa , P. Iran and Washington D. Atherton".split(" ");
    Span[] places = {new Span(3, 4, "LOC"), new Span(6, 7, "LOC"), new Span(9, 10, "LOC"), new Span(11, 12, "LOC"),
        new Span(13, 14, "LOC")};
    assertArrayEquals(places.clone(), PersonNames.withInitials(tokens, places));
  }

  /** A name of the document, then a person, taken as one: each part its own type. */
  @Test
  public void aNameOfTheDocumentRunTogetherWithAPersonIsCut() {
    List<String[]> doc = List.of("Amnesty International said so .".split(" "),
        "director of Amnesty International Man-kei Tam said".split(" "),
        "in East Berlin Meyer taught , as Meyer said".split(" "),
        "Chad Michael Murray met Chad".split(" "), "East Berlin was divided".split(" "));
    List<Span[]> spans = List.of(new Span[] {new Span(0, 2, "ORG", 0.9)},
        new Span[] {new Span(2, 6, "PER", 0.6)},
        new Span[] {new Span(1, 4, "LOC", 0.6), new Span(7, 8, "PER", 0.9)},
        new Span[] {new Span(0, 3, "PER", 0.9), new Span(4, 5, "LOC", 0.9)}, new Span[] {new Span(0, 2, "LOC", 0.9)});
    List<Span[]> out = PersonNames.splitAfterKnownName(doc, spans);
    assertArrayEquals(new Span[] {new Span(2, 4, "ORG", 0.6), new Span(4, 6, "PER", 0.6)}, out.get(1));
    // "East Berlin" is a place of the document, "Meyer" a person of it
    assertArrayEquals(new Span[] {new Span(1, 3, "LOC", 0.6), new Span(3, 4, "PER", 0.6), new Span(7, 8, "PER", 0.9)},
        out.get(2));
    // a place of one word does not cut a person ("Chad Michael Murray")
    assertArrayEquals(spans.get(3), out.get(3));
  }

  @Test
  public void aNameAfterAFormOfAddressIsAPerson() {
    String[] tokens = "she writes to Madame de Nucingen and Mr Smith in Paris".split(" ");
    Span[] spans = {new Span(3, 6, "LOC", 0.6), new Span(7, 9, "PER", 0.9), new Span(10, 11, "LOC", 0.9)};
    PersonNames.addressed(tokens, spans);
    assertEquals("PER:Madame de Nucingen, PER:Mr Smith, LOC:Paris", SpanText.of(tokens, spans));
  }

  @Test
  public void theNameAPersonIsKnownByIsAPersonsInAllItsMentions() {
    List<String[]> doc = List.of("Diogo Almeida ( born 1998 ) , known as Diga , plays for Feirense".split(" "),
        "Diga started at Feirense".split(" "),
        "William Burn designed a seat , known as Carstairs House".split(" "),
        "a sawmill known as Avalon Mill".split(" "));
    List<Span[]> spans = List.of(
        new Span[] {new Span(0, 2, "PER"), new Span(9, 10, "LOC"), new Span(13, 14, "ORG")},
        new Span[] {new Span(0, 1, "LOC"), new Span(3, 4, "ORG")},
        new Span[] {new Span(0, 2, "PER"), new Span(8, 10, "LOC")}, new Span[] {new Span(4, 6, "LOC")});
    List<Span[]> out = PersonNames.knownAs(doc, spans);
    assertEquals("PER:Diogo Almeida, PER:Diga, ORG:Feirense", SpanText.of(doc.get(0), out.get(0)));
    assertEquals("PER:Diga, ORG:Feirense", SpanText.of(doc.get(1), out.get(1)));
    // no alias: words between the person and "known as", a noun before it
    assertEquals("PER:William Burn, LOC:Carstairs House", SpanText.of(doc.get(2), out.get(2)));
    assertEquals("LOC:Avalon Mill", SpanText.of(doc.get(3), out.get(3)));
  }
}
