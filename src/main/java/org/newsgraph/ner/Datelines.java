package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * A wire story's dateline names where it was filed: "JERUSALEM 1996-09-02", "AKRON , Ohio 1996-08-23". Every story
 * of a wire archive opens with one, a place and its region in capitals before the date, and the model, reading a line
 * without a verb, misses some ("JERUSALEM") or takes a club's name there for the club. A line of capitalised words,
 * commas between them, and a date at its end is a dateline: each part between commas is a place.
 *
 * <p>Session 12: today's agencies open the story's first sentence with it, the agency in brackets and a dash after
 * it: "AUSTIN , Texas ( AP ) — A federal judge ...", "LONDON , March 3 ( Reuters ) - Oil prices ...". The model took
 * "AUSTIN" for an organisation. Such an opening's parts are places too, but for a date ("March 3"), and the agency is
 * an organisation. Session 18: so are those of an opening without the agency ("OTTAWA — Mark Carney ...", "MUMBAI :
 * The ...").
 */
final class Datelines {
  private Datelines() {}

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final int LONGEST = 8;

  /** Whether the sentence is a dateline: capitalised words and commas, then a date ("NEW YORK 1996-08-24"). */
  static boolean isDateline(String[] t) {
    if (t.length < 2 || t.length > LONGEST || !DATE.matcher(t[t.length - 1]).matches() || t[0].equals(",")) {
      return false;
    }
    for (int k = 0; k < t.length - 1; k++) {
      if (!t[k].equals(",") && !capitalisedWord(t[k])) {
        return false;
      }
    }
    return !t[t.length - 2].equals(",");
  }

  private static boolean capitalisedWord(String w) {
    return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(c -> Character.isLetter(c)
        || c == '.' || c == '-' || c == '\'');
  }

  private static final Set<String> DASHES = Set.of("-", "--", "—", "–");
  private static final Pattern DAY = Pattern.compile("\\d{1,2}");

  /**
   * The index of the "(" of a story's opening ("AUSTIN , Texas ( AP ) —", "LONDON , March 3 ( Reuters ) -"): the
   * sentence starts with a word in capitals, then capitalised words, commas and a day; one to three capitalised words
   * in brackets and a dash follow. -1 if it does not open so ("Mr Smith ( Labour ) - said" does not).
   */
  static int opening(String[] t) {
    int k = 0;
    while (k < t.length && k < LONGEST && (t[k].equals(",") || capitalisedWord(t[k]) || DAY.matcher(t[k]).matches()
        || innerHyphen(t, k))) {
      k++;
    }
    if (k == 0 || k >= t.length || !t[k].equals("(") || t[0].length() < 2
        || !ClusterFeatureGeneratorFactory.isUpper(t[0]) || !capitalisedWord(t[0])) {
      return -1;
    }
    int close = k + 1;
    while (close < t.length && close - k <= 3 && capitalisedWord(t[close])) {
      close++;
    }
    return close > k + 1 && close + 1 < t.length && t[close].equals(")") && DASHES.contains(t[close + 1]) ? k : -1;
  }

  /**
   * The index of the story's first word after an agency's opening ("LONDON , March 3 ( Reuters ) - Oil prices": 8), or
   * 0 when the sentence does not open so: the model reads the story's sentence without the dateline before it.
   */
  static int storyStart(String[] t) {
    int open = opening(t);
    if (open < 0) {
      return 0;
    }
    int close = open + 1;
    while (!t[close].equals(")")) {
      close++;
    }
    return close + 2;
  }

  /** A hyphen the tokens split off inside a place in capitals: "SAINT - DENIS". */
  private static boolean innerHyphen(String[] t, int k) {
    return t[k].equals("-") && k > 0 && k + 1 < t.length && ClusterFeatureGeneratorFactory.isUpper(t[k - 1])
        && ClusterFeatureGeneratorFactory.isUpper(t[k + 1]) && capitalisedWord(t[k + 1]);
  }

  /**
   * The index of the dash or colon of an opening without the agency ("OTTAWA — Mark Carney ...", "NEW DELHI , May 10
   * -", "MUMBAI : The ..."): words in capitals start the sentence, then capitalised words, commas and a day, then the
   * dash and a capitalised word not in capitals; the place's last word no common word ("PLEASE NOTE :"). -1 if it does
   * not open so.
   */
  static int dashOpening(String[] t) {
    int k = 0;
    while (k < t.length && k < LONGEST && ClusterFeatureGeneratorFactory.isUpper(t[k]) && capitalisedWord(t[k])) {
      k++; // the place in capitals
    }
    if (k == 0 || t[0].length() < 3 || (k < t.length && !t[k].equals(",") && !DASHES.contains(t[k])
        && !t[k].equals(":"))) {
      return -1; // "NATO Secretary-General", "WR Nathan Stewart": no place in capitals before a comma or the dash
    }
    if (Truecaser.shipped().usuallyLowerCase(t[k - 1].toLowerCase(Locale.ROOT))) {
      return -1; // "PLEASE NOTE :"
    }
    while (k < t.length && k < LONGEST && (t[k].equals(",") || capitalisedWord(t[k]) || DAY.matcher(t[k]).matches())) {
      k++;
    }
    // the story's first word as written, not a headline's in capitals ("SOCCER - JAPAN GET LUCKY WIN"); or the dash
    // ends a line of its own ("AUSTIN —", "OAKLAND , Calif. —")
    if (k == t.length - 1 && DASHES.contains(t[k])) {
      return k;
    }
    return k + 1 < t.length && (DASHES.contains(t[k]) || t[k].equals(":")) && capitalisedWord(t[k + 1])
        && !ClusterFeatureGeneratorFactory.isUpper(t[k + 1]) ? k : -1;
  }

  /**
   * The spans of an opening: its parts before {@code open} places but for a date, the agency in brackets after it an
   * organisation when there is one.
   */
  private static Span[] opening(String[] t, int open, Span[] spans) {
    List<Span> out = new ArrayList<>();
    int start = 0;
    for (int k = 0; k <= open; k++) {
      if (t[k].equals(",") || k == open) {
        if (k > start && !date(t, start, k)) {
          out.add(new Span(start, k, "LOC", probability(spans, start, k)));
        }
        start = k + 1;
      }
    }
    int close = open;
    if (t[open].equals("(")) {
      close = open + 1;
      while (!t[close].equals(")")) {
        close++;
      }
      out.add(new Span(open + 1, close, "ORG", probability(spans, open + 1, close)));
    }
    for (Span s : spans) {
      if (s.getStart() > close) {
        out.add(s);
      }
    }
    return out.toArray(new Span[0]);
  }

  /** "March 3", "Jan 5": a part of an opening that is its date. */
  private static boolean date(String[] t, int start, int end) {
    for (int k = start; k < end; k++) {
      if (NerCorpus.isDateWord(t[k]) || DAY.matcher(t[k]).matches()) {
        return true;
      }
    }
    return false;
  }

  /** The document's spans with each dateline's parts as places (in place). */
  static List<Span[]> places(List<String[]> sentences, List<Span[]> spans) {
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      int open = opening(t);
      if (open < 0) {
        open = dashOpening(t);
      }
      if (open > 0) {
        spans.set(i, opening(t, open, spans.get(i)));
        continue;
      }
      if (!isDateline(t)) {
        continue;
      }
      List<Span> out = new ArrayList<>();
      int start = 0;
      for (int k = 0; k < t.length; k++) {
        if (t[k].equals(",") || k == t.length - 1) {
          if (k > start) {
            out.add(new Span(start, k, "LOC", probability(spans.get(i), start, k)));
          }
          start = k + 1;
        }
      }
      spans.set(i, out.toArray(new Span[0]));
    }
    return spans;
  }

  private static double probability(Span[] spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() == start && s.getEnd() == end) {
        return s.getProb();
      }
    }
    return 0;
  }
}
