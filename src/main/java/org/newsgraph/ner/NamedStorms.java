package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Storms have given names ("Hurricane Dorian", "Tropical Storm Humberto", and in Europe "Storm Ciarán" at a
 * sentence's start or after "the" in a document about wind, rain or floods), and the model, seeing a
 * capitalised first name, calls them persons; news conventions (CoNLL, OntoNotes, GUM) do not count
 * them as persons, organisations or places, and they are no actors. A name that follows "Hurricane",
 * "Typhoon", "Cyclone" or "Tropical Storm" anywhere in the document is a storm's: spans that are that
 * name, with or without such a word before it ("Storm Lorenzo", "Humberto"), are dropped. Not when
 * "Hurricane" is inside a longer name ("National Hurricane Center"), nor for a word usually written in
 * lower case ("Hurricane Hunters").
 */
final class NamedStorms {
  private NamedStorms() {}

  private static final Set<String> STORM_WORDS = Set.of("Hurricane", "Typhoon", "Cyclone", "Storm", "Depression");
  // a document about weather: "Storm Ciarán battered Cornwall" is a storm, "Storm Reid met Barry Jenkins" an actress
  private static final Set<String> WEATHER = Set.of("wind", "winds", "gusts", "rain", "rainfall", "flooding", "floods",
      "weather", "forecasters", "forecaster");

  private static boolean aboutWeather(List<String[]> sentences) {
    for (String[] t : sentences) {
      for (String w : t) {
        if (WEATHER.contains(w)) {
          return true;
        }
      }
    }
    return false;
  }

  static List<Span[]> drop(List<String[]> sentences, List<Span[]> spans) {
    Truecaser words = Truecaser.shipped();
    Set<String> names = new HashSet<>();
    boolean weather = aboutWeather(sentences);
    for (String[] t : sentences) {
      for (int i = 0; i + 1 < t.length; i++) {
        boolean tropical = i > 0 && t[i - 1].equals("Tropical");
        // a capitalised word before it, not at the sentence start ("The Hurricane ..."): a longer name
        boolean inName = i > 1 && !tropical && Character.isUpperCase(t[i - 1].charAt(0));
        boolean stormWord = !inName && (t[i].equals("Hurricane") || t[i].equals("Typhoon") || t[i].equals("Cyclone")
            || ((t[i].equals("Storm") || t[i].equals("Depression")) && tropical)
            || (t[i].equals("Storm") && (i == 0 || NerCorpus.isThe(t[i - 1])) && weather));
        String next = t[i + 1];
        if (stormWord && Character.isUpperCase(next.charAt(0)) && EntityTagger.isLowerCaseWord(next.substring(1))
            && !words.usuallyLowerCase(next)) {
          names.add(next);
        }
      }
    }
    if (names.isEmpty()) {
      return spans;
    }
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int s = 0; s < spans.size(); s++) {
      String[] t = sentences.get(s);
      List<Span> kept = new ArrayList<>();
      for (Span sp : spans.get(s)) {
        int start = sp.getStart();
        while (start < sp.getEnd() - 1 && (STORM_WORDS.contains(t[start]) || t[start].equals("Tropical"))) {
          start++;
        }
        if (!(sp.getEnd() - start == 1 && names.contains(t[start]))) {
          kept.add(sp);
        }
      }
      out.add(kept.size() == spans.get(s).length ? spans.get(s) : kept.toArray(new Span[0]));
    }
    return out;
  }
}
