package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * A name the model took for a person that acts on "its" own things is an organisation: "[Tarangi] revised its
 * disclosures", "[Coles] defended its margins", "[Kestrel] has cut its forecast". News names a firm it has not
 * introduced this way, and the model, knowing none of its words, calls a one-word brand a person. The person span, then
 * its verb (a lower-case word of three letters or more ending in "-ed" or "-s", or a past form of the list below),
 * after up to one auxiliary or adverb ("has", "will", "also"), then "its" (not after a preposition: "Prigge served at
 * its headquarters" is an army's). The person opens a clause: the sentence, or after a comma, a conjunction or a year.
 * Not a reporting verb ("Musk said its rockets" speaks of the speaker's firm), nor a copula or "as" ("Kenneth Dike
 * became its first principal", "with Harry Bridges as its president"); a known place stays a place. Recorded for the
 * whole document. Sentences as written only.
 */
final class ItsOwners {
  private ItsOwners() {}

  // auxiliaries and the adverbs that stand between a subject and its verb
  private static final Set<String> AUXILIARIES = Set.of("has", "had", "have", "will", "would", "can", "could", "may",
      "might", "must", "should", "did", "does", "also", "then", "again", "later");
  // speaking, being, becoming, leading and owning: the "its" after them belongs to someone else ("is", "as" are too
  // short to be taken for verbs)
  private static final Set<String> NOT_ACTS = Set.of("said", "says", "told", "tells", "added", "adds", "noted",
      "notes", "explained", "explains", "stressed", "believes", "thinks", "was", "became", "becomes", "remains",
      "remained", "seems", "seemed", "joined", "joins", "led", "leads", "heads", "headed", "chairs", "chaired",
      "runs", "founded", "named", "called", "described", "describes", "praised", "criticised",
      "criticized", "owns", "owned", "bought", "sold", "visited", "visits");
  private static final Set<String> PAST_FORMS = Set.of("cut", "set", "put", "won", "lost", "paid", "spent", "grew",
      "held", "kept", "made", "took", "gave", "got", "began", "brought", "built", "ran", "shut", "raised", "hit",
      "swung", "beat", "sent");
  // what may stand before the subject of a clause ("while [Coles] defended its margins"); not "by", "and", "of": "the
  // score by Max Richter and [Edward Artemyev] sounds its own alarms" names the score's makers
  private static final Set<String> CLAUSE_OPENERS = Set.of(",", "while", "after", "before", "when", "that", "but",
      "because", "since", "until", "if", "where", "whereas", "although", "though", "once", "\"", "``", "(", ":", ";",
      "--", "-", "—");

  /** The organisations found (the model's persons, class comment), to be put in place of the persons. */
  static List<Span> found(String[] t, Span[] spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (!s.getType().equals("PER") || Towns.isPlace(DocConsistency.key(t, s.getStart(), s.getEnd()))) {
        continue;
      }
      if (s.getStart() > 0 && !opensClause(t[s.getStart() - 1])) {
        continue;
      }
      int k = s.getEnd();
      if (k < t.length && AUXILIARIES.contains(t[k])) {
        k++;
      }
      if (k + 1 >= t.length || !verb(t[k])) {
        continue;
      }
      if (t[k + 1].equals("its")) {
        out.add(new Span(s.getStart(), s.getEnd(), "ORG", s.getProb()));
      }
    }
    return out;
  }

  // a conjunction, a punctuation mark, or a year that ends an opening phrase ("In March 1939 [Carpatho-Ukraine]
  // declared")
  private static boolean opensClause(String w) {
    return CLAUSE_OPENERS.contains(w.toLowerCase()) || w.chars().allMatch(Character::isDigit);
  }

  private static boolean verb(String w) {
    return !NOT_ACTS.contains(w) && !w.equals("its") && w.chars().allMatch(Character::isLowerCase) && w.length() > 2
        && (w.endsWith("ed") || w.endsWith("s") || PAST_FORMS.contains(w));
  }
}
