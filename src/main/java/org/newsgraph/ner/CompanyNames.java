package org.newsgraph.ner;

import static org.newsgraph.ner.SpanSets.capitalised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A company named with its legal form is an organisation: "Chrysler Corp", "General Electric Co", "Deutsche Bank AG",
 * "Procter & Gamble Co". Business news name companies so in nearly every story, wire services without the full stop,
 * and the model, which saw few of them, leaves them out or cuts them ("General [Electric Co]" a person). A run of
 * capitalised words ending in a legal form is one organisation, whatever the model made of its words; "&", hyphens
 * and "of" after an organisation's head noun join its words ("Procter & Gamble Co", "Bank of Tokyo Ltd"; not "Chairman
 * of [Arete Ltd]"). A function word or a firms' plural kind opening the sentence is no part of it ("After [Crafti &
 * Co]", "Wholesalers [McKesson Corp]"), and a legal form followed by a capitalised word is none ("Co. Cork", "Texas AG
 * Ken Paxton"). A name the model tagged longer stays, unless it runs on through "and" or a comma after a legal form
 * ("[Chrysler Corp] and [General Electric Co]").
 */
final class CompanyNames {
  private CompanyNames() {}

  private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corp.", "Inc", "Inc.", "Co", "Co.", "Cos", "Cos.",
      "Ltd", "Ltd.", "Plc", "plc", "PLC", "AG", "GmbH", "SA", "S.A.", "NV", "N.V.", "LLC", "L.P.", "SpA", "S.p.A.",
      "Bhd", "Oyj", "ASA", "AB", "AS", "A/S", "Oy", "BV", "B.V.", "SE", "SAS", "Tbk");
  private static final int LONGEST = 6;

  // the words after a company's short name in its full name ("Ford Motor Company", "Toyota Motor Corp")
  private static final Set<String> COMPANY_WORDS = Set.of("Company", "Corporation", "Motors", "Motor", "Group",
      "Holdings", "Incorporated", "Limited", "Airlines", "Airways", "Air", "Securities", "Industries",
      "Pharmaceuticals", "Electric", "Steel", "Bank");

  /**
   * A company named in full names it by its first word too: after "Ford Motor Company", "Ford said" is the company,
   * which the model, knowing "Ford" as a surname, types as a person (ten times in one Wikinews article). A one-word
   * person span of the document that is the first word of an organisation span ending in a legal form or a
   * company's word ("Company", "Motors", "Group", "Air") is that organisation, unless a person of several words in the
   * document holds the word ("Harrison Ford"), or the word is a state or a place of the actor dictionary ("US Marine
   * Corp"). Places stay places: towns name companies ("Cloquet Lumber Company"). Spans in place, but for the names
   * without their legal form ({@link #withoutLegalForm}).
   */
  static List<Span[]> shortNames(List<String[]> sentences, List<Span[]> spans, Predicate<String> givenName) {
    Set<String> firstWords = new HashSet<>();
    Set<List<String>> withoutForm = new HashSet<>(); // "Norsk Hydro" of "Norsk Hydro ASA"
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      for (Span sp : spans.get(i)) {
        String last = t[sp.getEnd() - 1];
        if (sp.getType().equals("ORG") && sp.length() >= 2 && capitalised(t[sp.getStart()])
            && (LEGAL_FORMS.contains(last) || COMPANY_WORDS.contains(last))) {
          firstWords.add(t[sp.getStart()]);
          if (LEGAL_FORMS.contains(last) && sp.length() >= 3) {
            withoutForm.add(List.of(Arrays.copyOfRange(t, sp.getStart(), sp.getEnd() - 1)));
          }
        }
      }
    }
    // "the World of [James Herriot] Ltd" and the writer James Herriot; not "Winthrop Hale Inc" and the model's person
    // "Winthrop Hale" in the next sentences
    withoutForm.removeIf(name -> givenName.test(name.get(0)) && personNamed(sentences, spans, name));
    if (!withoutForm.isEmpty()) {
      for (int i = 0; i < sentences.size(); i++) {
        spans.set(i, withoutLegalForm(sentences.get(i), spans.get(i), withoutForm));
      }
    }
    firstWords.removeAll(SpanSets.personWords(sentences, spans));
    firstWords.removeIf(w -> Nations.isNation(w) || "LOC".equals(DictionaryNames.typeOf(w))); // "[US] Marine Corp"
    if (firstWords.isEmpty()) {
      return spans;
    }
    for (int i = 0; i < sentences.size(); i++) {
      Span[] sp = spans.get(i);
      for (int k = 0; k < sp.length; k++) {
        if (sp[k].length() == 1 && sp[k].getType().equals("PER")
            && firstWords.contains(sentences.get(i)[sp[k].getStart()])) {
          sp[k] = new Span(sp[k].getStart(), sp[k].getEnd(), "ORG", sp[k].getProb());
        }
      }
    }
    return spans;
  }

  /**
   * A company named with its legal form is named without it too: after "Norsk Hydro ASA said", the headline's "NORSK
   * HYDRO SEES HIGHER OIL OUTPUT" and "Norsk Hydro shares" name it. An untagged run of the name's words (two or more)
   * is that organisation, and so is the model's span of exactly those words ("Winthrop Hale Inc" ... "[Winthrop Hale] ,
   * based in"). A company may bear its founder's name ("the World of James Herriot Ltd"): {@link #shortNames} leaves out
   * a name the document also gives a person when its first word mostly starts persons' names.
   */
  private static Span[] withoutLegalForm(String[] t, Span[] spans, Set<List<String>> names) {
    List<Span> added = new ArrayList<>();
    List<String> words = Arrays.asList(t);
    for (List<String> name : names) {
      for (int s = 0; s + name.size() <= t.length; s++) {
        if (!words.subList(s, s + name.size()).equals(name)) {
          continue;
        }
        int e = s + name.size();
        int same = exactly(spans, s, e);
        if (same >= 0 && !spans[same].getType().equals("ORG")) {
          spans[same] = new Span(s, e, "ORG", spans[same].getProb()); // the model's person: "[Winthrop Hale] , based in"
        } else if (SpanSets.free(spans, s, e) && SpanSets.free(added, s, e) && (e == t.length || !capitalised(t[e]))
            && (s == 0 || !capitalised(t[s - 1]))) {
          added.add(new Span(s, e, "ORG", 1.0));
        }
      }
    }
    return SpanSets.with(spans, added);
  }

  /** The index of the span of tokens [s, e), or -1. */
  private static int exactly(Span[] spans, int s, int e) {
    for (int i = 0; i < spans.length; i++) {
      if (spans[i].getStart() == s && spans[i].getEnd() == e) {
        return i;
      }
    }
    return -1;
  }

  /** Whether a person span of the document is exactly these words. */
  private static boolean personNamed(List<String[]> sentences, List<Span[]> spans, List<String> name) {
    for (int i = 0; i < sentences.size(); i++) {
      List<String> words = Arrays.asList(sentences.get(i));
      for (Span sp : spans.get(i)) {
        if (sp.getType().equals("PER") && words.subList(sp.getStart(), sp.getEnd()).equals(name)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The spans with each company named so as one organisation (spans in order). */
  static Span[] apply(String[] tokens, Span[] spans) {
    Span[] out = atAmpersands(tokens, atLegalForms(tokens, spans));
    for (int e = 1; e < tokens.length; e++) {
      if (!LEGAL_FORMS.contains(tokens[e]) || goesOn(tokens, e + 1)) {
        continue;
      }
      int s = e;
      while (s > 0 && e - s < LONGEST && (capitalised(tokens[s - 1]) || (s - 1 > 0 && joins(tokens, s - 1)))) {
        s--;
      }
      if (s == 0 && e > 1
          && (NameSplits.isFunctionWord(tokens[0].toLowerCase()) || KindLists.firmsKind(tokens[0]))) {
        s = 1; // "After [Crafti & Co]", "Wholesalers [McKesson Corp]"
      }
      if (s < e) {
        out = asOrganisation(out, s, e + 1);
      }
    }
    return out;
  }

  /**
   * A legal form ends a company's name: a span the model ran on through "and" or a comma after one is cut there
   * ("[Chrysler Corp] and [General Electric Co]"), both parts organisations, and so is one through "of", the words
   * after it the company's home ("[Lyondell Petrochemical Co] of [Houston]"), a place unless the dictionary says
   * otherwise.
   */
  private static Span[] atLegalForms(String[] t, Span[] spans) {
    List<Span> out = null;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      for (int p = sp.getStart() + 1; p + 2 < sp.getEnd(); p++) {
        boolean list = t[p + 1].equals("and") || t[p + 1].equals(",");
        if (LEGAL_FORMS.contains(t[p]) && (list || t[p + 1].equals("of")) && capitalised(t[p + 2])) {
          if (out == null) {
            out = new ArrayList<>(List.of(spans).subList(0, i));
          }
          out.add(new Span(sp.getStart(), p + 1, "ORG", sp.getProb()));
          String place = DictionaryNames.typeOf(DocConsistency.key(t, p + 2, sp.getEnd()));
          sp = new Span(p + 2, sp.getEnd(), list ? "ORG" : place == null ? "LOC" : place, sp.getProb());
          p = p + 1;
        }
      }
      if (out != null) {
        out.add(sp);
      }
    }
    return out == null ? spans : out.toArray(new Span[0]);
  }

  /**
   * Names joined by "&" are one company's name, which the model, knowing surnames and towns, cut into persons and
   * places: "[Pratt] & [Whitney]", "[Barnes] & Noble", "[James Lumsden] & Son". The spans and capitalised words
   * around an "&" are one name when the dictionary has it ("[Jammu] & [Kashmir]"), else one organisation when one
   * side is an organisation, when the right side is a company's word ("Son", "Associates"), or when a one-word person
   * stands before an untagged word ("[Smith] & Nephew"). Persons of two words ("Kobe & Gianna Bryant"), places on both
   * sides ("Ross & Cromarty") and two names of the dictionary ("Jharkhand & BJP") stay apart.
   */
  private static Span[] atAmpersands(String[] t, Span[] spans) {
    Span[] out = spans;
    for (int k = 1; k + 1 < t.length; k++) {
      if (!t[k].equals("&") || !capitalised(t[k - 1]) || !capitalised(t[k + 1])) {
        continue;
      }
      Span left = SpanSets.at(out, k - 1);
      Span right = SpanSets.at(out, k + 1);
      if (left == null) {
        continue;
      }
      int e = right != null ? right.getEnd() : k + 2;
      String known = DictionaryNames.typeOf(DocConsistency.key(t, left.getStart(), e));
      if (known != null && !known.equals("PER")) {
        out = asName(out, left.getStart(), e, known);
      } else if (oneCompany(t, left, right, k)) {
        out = asName(out, left.getStart(), e, "ORG");
      } else {
        continue;
      }
      k = e - 1;
    }
    return out;
  }

  // the words after "&" that make a firm of a person's name: "James Lumsden & Son", "Keeble & Associates"
  private static final Set<String> FIRM_WORDS = Set.of("Son", "Sons", "Company", "Co", "Co.", "Associates",
      "Partners", "Bros", "Bros.", "Brothers", "Nephew", "Nephews");

  private static boolean oneCompany(String[] t, Span left, Span right, int k) {
    if (right == null) {
      return FIRM_WORDS.contains(t[k + 1])
          || (left.length() == 1 && left.getType().equals("PER") && !EntityTagger.isPronoun(t[k + 1]));
    }
    if (known(t, left) || known(t, right) || (left.getType().equals("PER") && left.length() > 1)
        || (right.getType().equals("PER") && right.length() > 1)) {
      return false;
    }
    return left.getType().equals("ORG") || right.getType().equals("ORG");
  }

  private static boolean known(String[] t, Span sp) {
    return DictionaryNames.typeOf(DocConsistency.key(t, sp.getStart(), sp.getEnd())) != null;
  }

  /** A capitalised word after the legal form, maybe after its full stop: "Co Durham", "Co. Cork", "Co. Inc.". */
  private static boolean goesOn(String[] t, int k) {
    return k < t.length && (capitalised(t[k]) || (t[k].equals(".") && k + 1 < t.length && capitalised(t[k + 1])));
  }

  /**
   * Whether token k joins the capitalised words around it into one company: "&", a hyphen, and "of" after an
   * organisation's head noun ("Bank of Tokyo Ltd"; not "Chairman of [Arete Ltd]").
   */
  private static boolean joins(String[] t, int k) {
    if (!capitalised(t[k - 1])) {
      return false;
    }
    return t[k].equals("&") || t[k].equals("-") || (t[k].equals("of") && OrganisationNames.isHead(t[k - 1]));
  }

  /** The spans with [start, end) one organisation (one name of the type), unless a span runs across one of its ends. */
  private static Span[] asOrganisation(Span[] spans, int start, int end) {
    return asName(spans, start, end, "ORG");
  }

  private static Span[] asName(Span[] spans, int start, int end, String type) {
    List<Span> out = new ArrayList<>(spans.length + 1);
    double prob = 0;
    for (Span sp : spans) {
      if ((sp.getStart() < start && sp.getEnd() > start) || (sp.getStart() < end && sp.getEnd() > end)) {
        return spans; // the model's longer name stands: "[Standard Dairy Co. Ltd]"
      }
      if (sp.getStart() >= start && sp.getStart() < end) {
        prob = Math.max(prob, sp.getProb());
      } else {
        out.add(sp);
      }
    }
    out.add(new Span(start, end, type, prob));
    out.sort((a, b) -> Integer.compare(a.getStart(), b.getStart()));
    return out.toArray(new Span[0]);
  }
}
