package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import opennlp.tools.util.Span;

/**
 * A plural kind before a list names the list's kind: "oasis towns such as [Kashgar] , [Yarkand] , [Hotan] and [Aksu]",
 * "smaller cities such as [Swift Current] , [Yorkton] and [Estevan]", "the towns of [Kasese] and [Fort Portal]",
 * "publishers such as [Marvel Comics]", "companies including [Budimex]". The model, knowing none of the words, reads a
 * town as a person ("Aksu", "Niya") or leaves it out. Each name of the list (one to four capitalised words; commas,
 * "and", "or" between) right after the kind and "such as", "including" (or "of", for places) is of the kind: untagged,
 * it is added; tagged otherwise over the same words, it is retyped. After firms' kinds "include" opens the list too
 * ("rivals include [Flutterwave] and [Moniepoint]"), and kinds that count persons as well ("backers", "investors",
 * "rivals") leave out a name that opens with a given name. The names after a funding round's or a consortium's "led
 * by" ("a Series B round led by [Peak XV]", "a consortium led by [Budimex]"), "participation from" ("[Visa]") and
 * "Existing investors" ("[Omnivore] and [Accel]") are organisations in the same way, and so is the list right after a
 * firms' plural kind that opens the sentence ("Rivals [Nomura Securities] and [Daiwa] said", "Wholesalers [McKesson
 * Corp] and [Cardinal Health]"; the model's span that took the kind in starts after it). Places' kinds open their
 * lists with "include" and "are" too ("other towns include [Belén]", "Its main tributaries are the [Chona]"). Spans in
 * order; only for sentences as written.
 */
final class KindLists {
  private KindLists() {}

  private static final Map<String, String> KINDS = kinds();
  private static final String PERSONS_TOO = "ORG or PER";
  // "Pezani 's rivals include [Flutterwave] and [Moniepoint]"
  private static final Set<String> INCLUDE = Set.of("include", "includes", "included");
  private static final Set<String> JOINS = Set.of(",", "and", "or");
  private static final Set<String> CUT = Set.of("-", "–", "/", "&", "'s", "'");
  private static final int LONGEST = 4;

  private static Map<String, String> kinds() {
    Map<String, String> m = new HashMap<>();
    for (String w : List.of("towns", "cities", "villages", "settlements", "countries", "nations", "provinces",
        "regions", "ports", "islands", "districts", "municipalities", "capitals", "suburbs", "neighbourhoods",
        "neighborhoods", "counties", "destinations", "oases", "resorts", "hamlets", "localities", "communes",
        "parishes", "boroughs", "townships", "tributaries", "rivers", "lakes", "peaks")) {
      m.put(w, "LOC");
    }
    for (String w : List.of("companies", "firms", "banks", "lenders", "clubs", "publishers", "airlines", "carriers",
        "organisations", "organizations", "universities", "newspapers", "broadcasters", "retailers", "insurers",
        "parties", "unions", "charities", "agencies", "institutions", "manufacturers", "carmakers", "automakers",
        "startups", "start-ups", "labels", "studios", "conglomerates", "exchanges", "suppliers", "brands", "developers",
        "chipmakers", "drugmakers", "miners", "operators", "brokers", "brokerages", "outlets", "funds",
        "regulators", "wholesalers", "forwarders", "refiners")) {
      m.put(w, "ORG");
    }
    // kinds whose lists name persons too ("backers including Peter Thiel"): not a name opened by a given name
    for (String w : List.of("backers", "investors", "rivals", "competitors", "shareholders", "sponsors", "clients")) {
      m.put(w, PERSONS_TOO);
    }
    return Map.copyOf(m);
  }

  static Span[] apply(String[] t, Span[] spans, Predicate<String> firstName) {
    List<Span> put = new ArrayList<>();
    if (t.length > 2 && firmsKind(t[0])) {
      String opening = KINDS.get(t[0].toLowerCase(Locale.ROOT));
      spans = withoutOpeningKind(spans);
      // "Rivals [Nomura Securities] and [Daiwa] said", "Wholesalers [McKesson Corp]"
      list(t, spans, 1, opening, firstName, put);
    }
    for (int k = 0; k + 2 < t.length; k++) {
      String kind = KINDS.get(t[k]);
      int led = funders(t, k);
      if (kind == null && led < 0) {
        continue;
      }
      kind = kind == null ? PERSONS_TOO : kind;
      String type = kind.equals(PERSONS_TOO) ? "ORG" : kind;
      int include = afterInclude(t, k + 1);
      int from = led >= 0 ? led
          : t[k + 1].equals("such") && t[k + 2].equals("as") ? k + 3
          : t[k + 1].equals("including") || (t[k + 1].equals("of") && type.equals("LOC")) ? k + 2
          : include > 0 ? include
          : type.equals("LOC") ? placesAre(t, k + 1)
          : kind.equals(PERSONS_TOO) && SpanSets.capitalised(t[k + 1]) && k > 0
              && FUNDERS_BEFORE.contains(t[k - 1]) ? k + 1 : -1; // "Existing investors [Omnivore] and [Accel]"
      if (from < 0) {
        continue;
      }
      list(t, spans, from, kind, firstName, put);
    }
    return SpanSets.put(spans, put);
  }

  /**
   * Adds to {@code put} the names of the list from token {@code from}, of the kind's type: each untagged or tagged over
   * the same words, and not opened by a given name where the kind counts persons too.
   */
  private static void list(String[] t, Span[] spans, int from, String kind, Predicate<String> firstName,
      List<Span> put) {
    String type = kind.equals(PERSONS_TOO) ? "ORG" : kind;
    for (int[] item : items(t, from)) {
      if ((SpanSets.exactly(List.of(spans), item[0], item[1]) != null || SpanSets.free(spans, item[0], item[1]))
          && !(kind.equals(PERSONS_TOO) && firstName.test(t[item[0]]))) {
        put.add(new Span(item[0], item[1], type, 0));
      }
    }
  }

  /** Whether the capitalised word is a plural kind of firms ("Rivals", "Wholesalers"). */
  static boolean firmsKind(String w) {
    String kind = KINDS.get(w.toLowerCase(Locale.ROOT));
    return kind != null && !kind.equals("LOC") && !w.isEmpty() && Character.isUpperCase(w.charAt(0));
  }

  /** The model's span that took an opening plural kind in ("[Rivals Nomura Securities]") starts after it. */
  private static Span[] withoutOpeningKind(Span[] spans) {
    if (spans.length == 0 || spans[0].getStart() != 0 || spans[0].length() < 2) {
      return spans;
    }
    Span[] out = spans.clone();
    out[0] = new Span(1, spans[0].getEnd(), spans[0].getType(), spans[0].getProb());
    return out;
  }

  private static final int BETWEEN = 4;
  private static final Set<String> PLACED = Set.of("along", "in", "on", "near", "across", "within", "around", "at",
      "outside", "inside", "nearby");

  /**
   * The list's first token after "include" at {@code k}, or after a place's phrase of up to four lower-case words and
   * "include" ("towns include [Belén]", "settlements along its course include [Suntar]", "rivals in the region include
   * [Helios]"); else -1.
   */
  private static int afterInclude(String[] t, int k) {
    if (INCLUDE.contains(t[k])) {
      return k + 1;
    }
    if (!PLACED.contains(t[k])) {
      return -1; // "organizations offering support have included Selena Gomez"
    }
    for (int e = k + 1; e < t.length - 1 && e - k <= BETWEEN; e++) {
      if (INCLUDE.contains(t[e])) {
        return e + 1;
      }
      if (t[e].isEmpty() || !Character.isLowerCase(t[e].charAt(0))) {
        return -1;
      }
    }
    return -1;
  }

  /** "Its main tributaries are the [Chona] , [Markha] ...": the list's first token after "are (the)", or -1. */
  private static int placesAre(String[] t, int k) {
    if (!t[k].equals("are") && !t[k].equals("were")) {
      return -1;
    }
    return k + 2 < t.length && t[k + 1].equals("the") ? k + 2 : k + 1;
  }

  // a funding round's or a consortium's leaders: "a Series B round led by [Peak XV]", "a consortium led by [Budimex]",
  // "with participation from [Y Combinator] and [Visa]"
  private static final Set<String> LED = Set.of("round", "consortium", "syndicate");
  private static final Set<String> FUNDERS_BEFORE = Set.of("Existing", "existing", "New", "new", "Other", "other");

  /** The first token of the funders' list that the words at {@code k} open, or -1. */
  private static int funders(String[] t, int k) {
    if (LED.contains(t[k]) && k + 3 < t.length && t[k + 1].equals("led") && t[k + 2].equals("by")) {
      return k + 3;
    }
    return t[k].equals("participation") && t[k + 1].equals("from") ? k + 2 : -1;
  }

  /**
   * The names of a list from token {@code k}, each [start, end): capitalised words joined by commas, "and", "or". None
   * when a name is longer than four words.
   */
  private static List<int[]> items(String[] t, int k) {
    List<int[]> out = new ArrayList<>();
    while (k < t.length) {
      int e = SpanSets.nameRun(t, k, LONGEST);
      if (e == k) {
        return out; // "cities such as Paris , where ..."
      }
      if (e < t.length && SpanSets.capitalised(t[e])) {
        return List.of(); // a name too long: the list is not read
      }
      if (e < t.length && CUT.contains(t[e])) {
        return out; // a name cut at a hyphen or a possessive: "Saint - Aubin - Sauges", "Verden – Osterholz"
      }
      out.add(new int[] {k, e});
      if (e + 1 < t.length && JOINS.contains(t[e]) && !(t[e].equals(",") && JOINS.contains(t[e + 1]))) {
        k = e + 1;
      } else if (e + 2 < t.length && t[e].equals(",") && JOINS.contains(t[e + 1])) {
        k = e + 2; // the serial comma: "Hotan , and Aksu"
      } else {
        return out;
      }
    }
    return out;
  }
}
