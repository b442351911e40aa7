package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** One sense per document: one type per name, missed repeats and surnames tagged, partial spans grown. */
public class DocConsistencyTest {
  private static String[] t(String s) {
    return s.split(" ");
  }

  private static String render(List<String[]> sents, List<Span[]> spans) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sents.size(); i++) {
      b.append(String.join(" ", IobTags.fromSpans(spans.get(i), sents.get(i).length))).append(" | ");
    }
    return b.toString();
  }

  @Test
  public void surnameAndRepeatsFollowTheFullName() {
    List<String[]> s = List.of(t("Emmanuel Macron met Merkel in Berlin ."), t("Macron left Berlin ."), t("Merkel stayed ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER", 0.9), new Span(3, 4, "PER", 0.8), new Span(5, 6, "LOC", 0.9)});
    p.add(new Span[0]);
    p.add(new Span[] {new Span(0, 1, "LOC", 0.4)});
    String out = render(s, DocConsistency.apply(s, p));
    assertEquals("B-PER I-PER O B-PER O B-LOC O | B-PER O B-LOC O | B-PER O O | ", out);
  }

  @Test
  public void aMissedRepeatAfterATitleIsTaggedButNotAfterAnotherName() {
    List<String[]> s = List.of(t("French PM Juppe says no"), t("Prime Minister Alain Juppe said ."),
        t("the Foreign Juppe Prize and Paris Juppe ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[0]);
    p.add(new Span[] {new Span(2, 4, "PER", 0.9)});
    p.add(new Span[0]);
    String out = render(s, DocConsistency.apply(s, p));
    assertEquals("O O B-PER O O | O O B-PER I-PER O O | O O O O O O O O | ", out);
  }

  /** A person named in full, then three firm votes for another type of the surname alone (one sentence each). */
  private static String surname(String full, String surname, String type, java.util.function.Predicate<String> firstName) {
    List<String[]> s = List.of(t(full + " spoke ."), t(surname + " was born ."), t(surname + " left ."), t(surname + " won ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER", 0.9)});
    for (int i = 1; i < 4; i++) {
      p.add(new Span[] {new Span(0, 1, type, 0.9)});
    }
    return render(s, DocConsistency.apply(s, p, firstName));
  }

  /**
   * A given name and a surname outweigh the surname's firm votes as a place ("Walter Munk ... Munk was born in
   * Austria"); not its votes as an organisation ("Hans Knoll ... Knoll"), nor a place of the dictionary.
   */
  @Test
  public void aGivenNameAndSurnameMakeTheSurnameAPersonNotAPlace() {
    java.util.function.Predicate<String> firstName = java.util.Set.of("Walter", "Hans", "Scott")::contains;
    assertEquals("B-PER I-PER O O | B-PER O O O | B-PER O O | B-PER O O | ", surname("Walter Munk", "Munk", "LOC", firstName));
    assertEquals("B-PER I-PER O O | B-LOC O O O | B-LOC O O | B-LOC O O | ", surname("Walter Munk", "Munk", "LOC", w -> false));
    assertEquals("B-PER I-PER O O | B-ORG O O O | B-ORG O O | B-ORG O O | ", surname("Hans Knoll", "Knoll", "ORG", firstName));
    assertEquals("B-PER I-PER O O | B-LOC O O O | B-LOC O O | B-LOC O O | ", surname("Scott Israel", "Israel", "LOC", firstName));
  }

  @Test
  public void partialSpanGrowsToTheKnownName() {
    List<String[]> s = List.of(t("Tom Cruise spoke ."), t("the Tom Cruise video"));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER", 0.9)});
    p.add(new Span[] {new Span(1, 2, "PER", 0.6)});
    assertEquals("B-PER I-PER O O | O B-PER I-PER O | ", render(s, DocConsistency.apply(s, p)));
  }

  /** "Syrian Democratic Forces (SDF)": the acronym is a name, and the name it abbreviates votes for its type. */
  @Test
  public void anAcronymDefinedInBracketsTakesTheTypeOfItsName() {
    List<String[]> s =
        List.of(t("The Syrian Democratic Forces ( SDF ) said so ."), t("SDF fighters met ISIL ."), t("SDF left ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(1, 4, "ORG", 0.9)});
    p.add(new Span[] {new Span(0, 1, "LOC", 0.6), new Span(3, 4, "ORG", 0.5)});
    p.add(new Span[0]);
    assertEquals(
        "O B-ORG I-ORG I-ORG O B-ORG O O O O | B-ORG O O B-ORG O | B-ORG O O | ",
        render(s, DocConsistency.apply(s, p)));
  }

  /** A body's short form in its own language, not the English name's initials, is the body too; a degree is not. */
  @Test
  public void aBodysShortFormInBracketsIsTheBodyButNotADegreeOrAPlural() {
    List<String[]> s = List.of(t("the Chilean Economic Development Agency ( Corfo ) and the Cartel ( CJNG ) met"),
        t("Corfo and CJNG said ."), t("Yale University ( BA ) and the House ( MPs ) ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(1, 5, "ORG", 0.9), new Span(10, 11, "ORG", 0.9)});
    p.add(new Span[0]);
    p.add(new Span[] {new Span(0, 2, "ORG", 0.9), new Span(7, 8, "ORG", 0.9)});
    assertEquals("O B-ORG I-ORG I-ORG I-ORG O B-ORG O O O B-ORG O B-ORG O O | B-ORG O B-ORG O O | "
        + "B-ORG I-ORG O O O O O B-ORG O O O O | ", render(s, DocConsistency.apply(s, p)));
  }

  /** An organisation's definition outweighs the model's other type for its acronym, however often it says so. */
  @Test
  public void anOrganisationsDefinitionDecidesItsAcronymsType() {
    List<String[]> s = List.of(t("the Housing Authority of New Orleans ( HANO ) said"), t("HANO failed ."),
        t("HANO staff left HANO ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(1, 6, "ORG", 0.6), new Span(7, 8, "LOC", 0.7)});
    p.add(new Span[] {new Span(0, 1, "LOC", 0.9)});
    p.add(new Span[] {new Span(0, 1, "LOC", 0.9), new Span(3, 4, "LOC", 0.9)});
    assertEquals("O B-ORG I-ORG I-ORG I-ORG I-ORG O B-ORG O O | B-ORG O O | B-ORG O O B-ORG O | ",
        render(s, DocConsistency.apply(s, p)));
  }

  @Test
  public void acronymsAreInitialsOfTheCapitalisedOrOfAllWords() {
    assertEquals(true, DocConsistency.isAcronymOf("ISIL", t("Islamic State of Iraq and the Levant"), 0, 7));
    assertEquals(true, DocConsistency.isAcronymOf("BOA", t("Bank of America"), 0, 3));
    assertEquals(true, DocConsistency.isAcronymOf("MACC", t("Malaysian Anti-Corruption Commission"), 0, 3));
    // a name's letters in order from a word's initial, for names of two words or more
    assertEquals(true, DocConsistency.isAcronymOf("COCOBOD", t("Ghana Cocoa Board"), 0, 3));
    assertEquals(false, DocConsistency.isAcronymOf("AP", t("John Smith"), 0, 2));
    assertEquals(false, DocConsistency.isAcronymOf("BBC", t("Bank of America"), 0, 3));
    assertEquals(false, DocConsistency.isAcronymOf("US", t("Syrian Democratic Forces"), 0, 3));
    assertEquals(false, DocConsistency.isAcronymOf("Sdf", t("Syrian Democratic Forces"), 0, 3));
    // an acronym written as a word, as British and South African papers write them
    assertEquals(true, DocConsistency.isAcronymOf("Numsa", t("National Union of Metalworkers of South Africa"), 0, 7));
    assertEquals(true, DocConsistency.isAcronymOf("Sebi", t("Securities and Exchange Board of India"), 0, 6));
    assertEquals(false, DocConsistency.isAcronymOf("Bob", t("Robert Oliver Bates"), 0, 3));
  }
}
