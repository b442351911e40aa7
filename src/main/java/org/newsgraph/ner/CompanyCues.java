package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * Business news says what a name is by what it does and who speaks for it: "Safaricom said on Monday it would lay
 * fibre", "Telstra chief executive Vicki Brady", "Kering 's board approved", "a spokesman for Euroclear", "Bosch ,
 * which makes car parts", "Geely reported a net profit", "Schaeffler employs 80,000 people", "Tencent has acquired a
 * 30 % stake". The model, knowing none of the name's words, took such names for persons or places or left them out (of
 * 178 large companies in such plain sentences, a third to a half). A name right before or after such a cue, untagged
 * or tagged a person or a place, is an organisation. Persons have spokesmen and say "it" too ("Smith said it would
 * take months"), so not a name any of whose words the label prior knows as a person's; nor a country, a town of
 * GeoNames or a place or person of the actor dictionary (its organisations the model typed a place are retyped:
 * "Tencent has acquired a stake"); nor a longer name's last part ("Ministry of Labour and Employment"). Spans in
 * order; only for sentences as written.
 */
final class CompanyCues {
  private CompanyCues() {}

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
  // who speaks for a body, after its name ("Telstra chief executive", "Kering 's board")
  private static final Set<String> PEOPLE = Set.of("spokesman", "spokeswoman", "spokesperson", "CEO", "chairman",
      "chairwoman", "co-founder", "board", "shareholders", "CFO");
  private static final Set<String> TWO_WORD_ROLES = Set.of("chief executive", "general manager", "managing director",
      "general director", "chief operating", "chief financial");
  // a firm's heads, who stand before their own names ("Telstra chief executive Vicki Brady")
  private static final Set<String> HEADS = Set.of("CEO", "CFO", "chairman", "chairwoman");
  private static final Set<String> ROLE_FIRST_WORDS = Set.of("chief", "general", "managing");
  private static final Set<String> STAKE = Set.of("stake");
  private static final Set<String> SPEAKERS = Set.of("spokesman", "spokeswoman", "spokesperson");
  // "Bosch , which makes car parts"
  private static final Set<String> MAKES = Set.of("makes", "employs", "operates", "owns", "runs", "sells", "produces",
      "manufactures", "supplies", "builds", "develops", "lets", "links", "offers", "provides", "connects", "processes",
      "designs", "distributes", "lends", "insures", "brews", "publishes", "specialises", "specializes", "delivers",
      "leases");
  // a firm's staff named by the firm after "a former", "an", ...: "a former [Stripe] engineer", "an [Amazon] employee"
  private static final Set<String> STAFF = Set.of("engineer", "engineers", "employee", "employees", "executive",
      "executives", "staffer", "staffers", "programmer", "programmers");
  private static final Set<String> BEFORE_STAFF = Set.of("former", "a", "an", "two", "three", "several", "ex");
  // a word between a firm's name and its head's role: "Telstra regional general manager Michelle Lim"
  private static final Set<String> ROLE_ADJECTIVES = Set.of("regional", "global", "group", "interim", "acting",
      "deputy", "country");
  private static final Set<String> DEALS = Set.of("acquired", "bought", "took", "takes", "taken", "sold", "sells");
  private static final Set<String> RESULTS = Set.of("profit", "profits", "loss", "losses", "revenue", "revenues",
      "sales", "earnings");
  // a party's adjective ("the Democratic chairman") and a legal form alone ("Holdings , LLC , which owns")
  private static final Set<String> NOT_BODIES = Set.of("Democratic", "Republican", "LLC", "Limited", "Inc", "Inc.",
      "Ltd", "Ltd.", "PLC", "Plc", "plc", "AG", "SA", "NV", "BV", "AB", "ASA", "SpA", "Co", "Co.", "Corp", "Corp.");
  // a place's kind ends its name: "the party 's [Copperbelt Province] chairman"
  private static final Set<String> PLACE_ENDS = Set.of("Province", "Region", "County", "District", "State", "City",
      "Island", "Islands", "Valley", "Oblast", "Municipality");
  private static final int LONGEST = 3;

  /** The organisations found (to be put in the place of the model's spans). */
  static List<Span> found(String[] t, Span[] spans, Predicate<String> personWord, Predicate<String> commonWord) {
    List<Span> out = new ArrayList<>();
    for (int k = 1; k < t.length; k++) {
      int[] name = null;
      if (cueAfter(t, k)) {
        name = SpanSets.nameBefore(t, spans, k, "ORG", commonWord);
      } else if (k >= 2 && SPEAKERS.contains(t[k - 2]) && t[k - 1].equals("for")) {
        int e = SpanSets.nameAt(t, spans, k, LONGEST, "ORG"); // "a spokesman for [Euroclear]"
        name = e < 0 ? null : new int[] {k, e};
      }
      if (name == null) {
        continue;
      }
      String words = DocConsistency.key(t, name[0], name[1]);
      if (NOT_BODIES.contains(t[name[0]]) || PLACE_ENDS.contains(t[name[1] - 1]) || Nations.isNation(words)
          || Towns.isTown(words)
          || (DictionaryNames.typeOf(words) != null && !"ORG".equals(DictionaryNames.typeOf(words)))
          || (SpanSets.anyWord(t, name[0], name[1], personWord) && !headBeforePerson(t, spans, k))
          || SpanSets.exactly(out, name[0], name[1]) != null) {
        continue;
      }
      Span same = SpanSets.exactly(List.of(spans), name[0], name[1]);
      out.add(new Span(name[0], name[1], "ORG", same == null ? 0 : same.getProb()));
    }
    return out;
  }

  /** Whether a cue that a name before it is a body's starts at token {@code k}. */
  private static boolean cueAfter(String[] t, int k) {
    int c = (t[k].equals("'s") || ROLE_ADJECTIVES.contains(t[k])) && k + 1 < t.length ? k + 1 : k; // "Kering 's board"
    if (c != k && ROLE_ADJECTIVES.contains(t[k]) && !ROLE_FIRST_WORDS.contains(t[c]) && !HEADS.contains(t[c])) {
      return false;
    }
    if (PEOPLE.contains(t[c]) || (c + 1 < t.length && ROLE_FIRST_WORDS.contains(t[c])
        && TWO_WORD_ROLES.contains(t[c] + " " + t[c + 1]))) {
      return true;
    }
    if (c != k) {
      return false;
    }
    if (SAYING.contains(t[k]) && saysIt(t, k + 1)) {
      return true;
    }
    if ((t[k].equals("reported") || t[k].equals("posted")) && within(t, k + 1, 4, RESULTS)) {
      return true;
    }
    if (t[k].equals("employs") && k + 1 < t.length && Character.isDigit(t[k + 1].charAt(0))) {
      return true;
    }
    if (STAFF.contains(t[k]) && k >= 2 && staffBefore(t, k)) {
      return true;
    }
    // "Tencent has acquired a 30 % stake in"
    int d = k + 1 < t.length && (t[k].equals("has") || t[k].equals("had")) ? k + 1 : k;
    if (DEALS.contains(t[d]) && within(t, d + 1, 5, STAKE)) {
      return true;
    }
    return t[k].equals(",") && k + 2 < t.length && t[k + 1].equals("which") && MAKES.contains(t[k + 2]);
  }

  /** "a former [Stripe] engineer": "former", an article or a count right before the one-word name before {@code k}. */
  private static boolean staffBefore(String[] t, int k) {
    return BEFORE_STAFF.contains(t[k - 2]) && SpanSets.capitalised(t[k - 1]);
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

  /**
   * A firm's head and the person after it: "[Falk] chief executive Gunnar Ekdahl", "[Halvorsen] managing director Arne
   * Halvorsen". A person's name is not followed by such a role and another person, so here the name is the firm's even
   * when its word names persons too. Not a spokesman ("Netanyahu spokesman Mark Regev"), nor after "'s".
   */
  private static boolean headBeforePerson(String[] t, Span[] spans, int k) {
    int next = HEADS.contains(t[k]) ? k + 1
        : k + 1 < t.length && TWO_WORD_ROLES.contains(t[k] + " " + t[k + 1]) ? k + 2 : -1;
    if (next > 0 && next < t.length && t[next].equals("officer")) {
      next++;
    }
    Span person = next > 0 ? SpanSets.at(spans, next) : null;
    return person != null && person.getStart() == next && person.getType().equals("PER");
  }

  private static boolean within(String[] t, int k, int n, Set<String> words) {
    for (int i = k; i < t.length && i < k + n; i++) {
      if (words.contains(t[i])) {
        return true;
      }
    }
    return false;
  }

}
