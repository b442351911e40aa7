package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * Business news reports what a company said with "it": "Safaricom said on Monday it would lay fibre", "Telstra said it
 * had installed batteries". A name the model took for a person, or left out, that says so of itself is an
 * organisation. Persons say "it" too ("Smith said it would take months"), so only a name none of whose words the
 * label prior knows as a person's, and not a place (a country or city "said it would" too: those stay). Between the
 * verb and "it" only a time or "in a statement"; after "it" a verb of the subject's own doings ("would cut", "had
 * installed", "expects"; not "it was", "it would be"). Not a longer name's last part ("Ministry of Labour and
 * Employment"). Spans in order; only for sentences as written.
 */
final class ItSubjects {
  private ItSubjects() {}

  private static final Set<String> SAYING = Set.of("said", "says", "announced", "confirmed", "reported", "warned",
      "added", "denied", "insisted", "stated");
  private static final Set<String> BETWEEN = Set.of("on", "late", "early", "last", "this", "in", "a", "its", "statement",
      "filing", "release", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "yesterday",
      "today", "week", "month", "that");
  // "it would cut", "it expects": a subject's own doings; not "it was", "it would be", "it had been", which persons
  // say of anything ("Sufianov said it was English")
  private static final Set<String> AUXILIARIES = Set.of("would", "will", "could", "had", "has");
  private static final Set<String> VERBS = Set.of("expects", "expected", "plans", "planned", "intends", "aims",
      "agreed", "hoped", "hopes", "sold", "bought", "cut", "posted", "reported");
  private static final Set<String> NO_DOING = Set.of("be", "been", "not", "n't", "take", "have");
  // words that join a longer name's parts: "Ministry of Labour and [Employment]", "Volkswagen do [Brasil]"
  private static final Set<String> INSIDE = Set.of("and", "&", "of", "for", "do", "de", "da", "di", "du", "von", "van",
      "der", "la", "le");
  private static final int LONGEST = 3;

  /** The organisations found (to be put in the place of the model's spans). */
  static List<Span> found(String[] t, Span[] spans, Predicate<String> personWord, Predicate<String> commonWord) {
    List<Span> out = new ArrayList<>();
    for (int v = 1; v + 2 < t.length; v++) {
      if (!SAYING.contains(t[v]) || !saysIt(t, v + 1)) {
        continue;
      }
      Span subject = SpanSets.at(spans, v - 1);
      int s;
      if (subject == null) {
        s = v;
        while (s > 0 && v - s < LONGEST && SpanSets.capitalised(t[s - 1]) && Character.isLetter(t[s - 1].charAt(0))
            && !NerCorpus.isDateWord(t[s - 1]) && !NerCorpus.title(t[s - 1])) {
          s--;
        }
        if (s == v || (s > 0 && SpanSets.capitalised(t[s - 1])) || !SpanSets.free(spans, s, v)
            || (s == 0 && commonWord.test(t[0].toLowerCase(Locale.ROOT)))) {
          continue; // none, a longer name, or a sentence's first word that is a common word ("Officials said it")
        }
      } else if (subject.getEnd() != v || subject.getType().equals("ORG")) {
        continue;
      } else {
        s = subject.getStart();
      }
      if (s >= 2 && INSIDE.contains(t[s - 1]) && (SpanSets.capitalised(t[s - 2]) || SpanSets.at(spans, s - 2) != null)) {
        continue; // a longer name's last part
      }
      String name = DocConsistency.key(t, s, v);
      if (Nations.isNation(name) || Towns.isTown(name) || DictionaryNames.typeOf(name) != null
          || anyPersonWord(t, s, v, personWord)) {
        continue;
      }
      out.add(new Span(s, v, "ORG", subject == null ? 0 : subject.getProb()));
    }
    return out;
  }

  /** Whether "it" and a verb follow from token {@code k}, maybe after a time or "in a statement". */
  private static boolean saysIt(String[] t, int k) {
    int i = k;
    while (i < t.length && i - k < 5 && BETWEEN.contains(t[i])) {
      i++;
    }
    if (i + 1 >= t.length || !t[i].equals("it")) {
      return false;
    }
    return VERBS.contains(t[i + 1])
        || (AUXILIARIES.contains(t[i + 1]) && i + 2 < t.length && !NO_DOING.contains(t[i + 2]));
  }

  private static boolean anyPersonWord(String[] t, int s, int e, Predicate<String> personWord) {
    for (int k = s; k < e; k++) {
      if (personWord.test(t[k])) {
        return true;
      }
    }
    return false;
  }
}
