package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Korean and Chinese names whose given name is written with a hyphen: "Moon Jae-in", "Ma Ying-jeou", "Hau Lung-bin",
 * "Park Joo-Ho". The tokenizer splits most such given names at the hyphen ("Jae - in"), and the model then cuts the
 * name ("[Ma Ying] - jeou"), calls it a place ("[Hau Lung] - bin") or misses it ("Moon Jae - in"). A surname of the
 * list, then a capitalised syllable, "-" and a syllable (or the given name in one token, "Geun-hye") is one person;
 * the model's spans inside or across it give way, not one that holds it and more ("[Park Ji-sung Road]"). Not before
 * an English word that compounds with a hyphen ("Park Avenue-based"). Only for sentences as written.
 */
final class HyphenatedGivenNames {
  private HyphenatedGivenNames() {}

  // romanised Korean surnames, and Chinese ones as Taiwan, Hong Kong and older romanisations write them
  private static final Set<String> SURNAMES = Set.of(
      "Kim", "Lee", "Yi", "Rhee", "Park", "Pak", "Choi", "Choe", "Jung", "Jeong", "Chung", "Kang", "Cho", "Yoon", "Yun",
      "Jang", "Lim", "Han", "Oh", "Seo", "Suh", "Shin", "Kwon", "Hwang", "Ahn", "Song", "Yoo", "Hong", "Jeon", "Chun",
      "Ko", "Koh", "Moon", "Yang", "Son", "Sohn", "Bae", "Baek", "Paik", "Heo", "Hur", "Nam", "Noh", "Roh", "Ban",
      "Kwak", "Sung", "Cha", "Joo", "Woo", "Min", "Ryu", "Byun", "Yeo", "Ma", "Hau", "Chen", "Chan", "Wang", "Wong",
      "Lin", "Lam", "Tsai", "Hsieh", "Su", "Lai", "Chiang", "Soong", "Lu", "Lien", "Wu", "Huang", "Chang", "Cheung",
      "Liu", "Lau", "Hu", "Wen", "Li", "Ho", "Tang", "Teng", "Chou", "Chow", "Hsu", "Tsui", "Leung", "Cheng", "Kuo",
      "Lo", "Tung", "Tsang", "Yeh", "Sun", "Chu", "Kao", "Shih", "Fan", "Pan", "Tan", "Goh", "Teo", "Ong");
  private static final Pattern FIRST = Pattern.compile("[A-Z][a-z]{1,5}");
  private static final Pattern SECOND = Pattern.compile("[A-Za-z][a-z]{0,5}");
  private static final Pattern WHOLE = Pattern.compile("[A-Z][a-z]{1,5}-[A-Za-z][a-z]{0,5}");
  // second parts of English compounds: "Park Avenue-based", "Ma Ying-led"
  private static final Set<String> COMPOUNDS = Set.of("based", "led", "born", "owned", "run", "style", "like", "made",
      "free", "wide", "long", "old", "era", "area", "level", "class", "size", "term", "year", "day", "week", "month",
      "time", "up", "off", "out", "down", "over", "back", "end", "type", "bound", "sized");

  static Span[] apply(String[] tokens, Span[] spans) {
    List<Span> names = new ArrayList<>();
    for (int i = 0; i + 1 < tokens.length; i++) {
      int end = end(tokens, i);
      if (end > 0 && !inLongerName(spans, i, end)) {
        names.add(new Span(i, end, "PER", 0));
        i = end - 1;
      }
    }
    return SpanSets.replacing(spans, names);
  }

  /** Whether a span holds the name and more: "[Park Ji-sung Road]" is a road. */
  private static boolean inLongerName(Span[] spans, int start, int end) {
    for (Span s : spans) {
      if (s.getStart() <= start && s.getEnd() >= end && s.length() > end - start) {
        return true;
      }
    }
    return false;
  }

  /** The end of such a name starting at {@code i}, or -1. */
  private static int end(String[] t, int i) {
    if (!SURNAMES.contains(t[i])) {
      return -1;
    }
    if (WHOLE.matcher(t[i + 1]).matches() && !COMPOUNDS.contains(t[i + 1].substring(t[i + 1].indexOf('-') + 1))) {
      return i + 2;
    }
    if (i + 3 < t.length && FIRST.matcher(t[i + 1]).matches() && t[i + 2].equals("-")
        && SECOND.matcher(t[i + 3]).matches() && !COMPOUNDS.contains(t[i + 3])
        && (i + 4 == t.length || !t[i + 4].equals("-"))) {
      return i + 4;
    }
    return -1;
  }
}
