package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;
import org.newsgraph.nlp.Sentence;

/**
 * Raw text writes hyphenated names without spaces ("Sam Bankman-Fried", "Jean-Luc Mélenchon",
 * "Baden-Württemberg"); the tokenizer splits them at the hyphen as the training corpora do, and the model
 * sometimes stops there or starts a second name. Where the text has no space around a hyphen between two
 * capitalised words:
 * <ul>
 *   <li>a name goes on through a word the model left untagged ("Sam Bankman-Fried", "Agence France-Presse"), unless
 *       that word is a place or organisation of the actor dictionary or a nationality ("U.S.-Mexican border");
 *   <li>two names of the same type are one ("Baden-Württemberg"; a person only when a given name comes
 *       first, "Jean-Luc Mélenchon", or a full name goes on, "Christopher Gallego-Lazo"; not the "Clinton-Trump" debate), unless both are places or
 *       organisations of the actor dictionary ("Russia-Ukraine war", "US-China talks");
 *   <li>after such a dictionary name, an untagged word the dictionary knows is a name of its own ("US-China");
 *   <li>a word's prefix before a hyphen is no name ("Co-author", "Ex-president").
 * </ul>
 * Needs the tokens' offsets, so only for raw text ({@link EntityTagger#tag}).
 */
final class HyphenatedNames {
  private HyphenatedNames() {}

  /** The sentence's spans with such names joined or added, in token order; {@code read}: its tokens as written. */
  static Span[] apply(Sentence s, String[] read, Span[] given) {
    Span[] spans = given.clone(); // a join replaces the next span in this copy, not in the caller's array
    List<Span> out = new ArrayList<>(spans.length + 1);
    boolean changed = false;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      int e = sp.getEnd();
      if (sp.length() == 1 && PREFIXES.contains(read[sp.getStart()]) && e + 1 < read.length && read[e].equals("-")
          && s.tokenEnds[e - 1] == s.tokenBegins[e] && s.tokenEnds[e] == s.tokenBegins[e + 1]) {
        changed = true; // "Co-author", "Ex-president": a word's prefix, no name
        continue;
      }
      Span next = i + 1 < spans.length ? spans[i + 1] : null;
      if (!joinedAfter(s, read, e)) {
        out.add(sp);
        continue;
      }
      boolean bothKnown = DictionaryNames.placeOrOrganisation(DocConsistency.key(read, sp.getStart(), e)) && next != null
          && next.getStart() == e + 1 && DictionaryNames.placeOrOrganisation(DocConsistency.key(read, next.getStart(), next.getEnd()));
      if (next != null && next.getStart() == e + 1) {
        boolean givenName = !sp.getType().equals("PER") || (sp.length() == 1 && next.length() >= 2)
            || (sp.length() >= 2 && next.length() == 1);
        if (next.getType().equals(sp.getType()) && givenName && !bothKnown) {
          spans[i + 1] = new Span(sp.getStart(), next.getEnd(), sp.getType(), sp.getProb()); // joined with the next
          changed = true;
          continue;
        }
        out.add(sp);
      } else if (sp.getType().equals("PER")) {
        out.add(new Span(sp.getStart(), e + 2, "PER", sp.getProb()));
        changed = true;
      } else if (NerCorpus.isDemonym(read[e + 1])) {
        out.add(sp); // "U.S.-Mexican border"
      } else if (DictionaryNames.placeOrOrganisation(read[e + 1])) {
        out.add(sp);
        if (DictionaryNames.placeOrOrganisation(DocConsistency.key(read, sp.getStart(), e))) {
          out.add(new Span(e + 1, e + 2, DictionaryNames.typeOf(read[e + 1]), sp.getProb()));
          changed = true;
        }
      } else {
        // "Agence France-Presse", "Coca-Cola"; the dictionary's type for the whole when it knows it (the model had
        // "Agence France" a place)
        String known = DictionaryNames.typeOf(DocConsistency.key(read, sp.getStart(), e) + "-" + read[e + 1]);
        String type = known != null && !known.equals("PER") ? known : sp.getType();
        out.add(new Span(sp.getStart(), e + 2, type, sp.getProb()));
        changed = true;
      }
    }
    return changed ? out.toArray(new Span[0]) : given;
  }

  private static final Set<String> PREFIXES = Set.of("Co", "Ex", "Anti", "Pro", "Non", "Pre",
      "Post", "Mid", "Vice", "Self", "Re", "Multi", "Semi", "Sub", "Inter", "Counter", "Neo", "Pan", "Trans", "Ultra",
      "Over", "Under", "Cross", "Half", "Far", "Near", "Deputy", "Former");

  /** Whether token {@code e} is a hyphen written without spaces between a word and a capitalised word. */
  private static boolean joinedAfter(Sentence s, String[] read, int e) {
    return e > 0 && e + 1 < read.length && read[e].equals("-") && s.tokenEnds[e - 1] == s.tokenBegins[e]
        && s.tokenEnds[e] == s.tokenBegins[e + 1] && !read[e + 1].isEmpty()
        && Character.isUpperCase(read[e + 1].charAt(0));
  }
}
