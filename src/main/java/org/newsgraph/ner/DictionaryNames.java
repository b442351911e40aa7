package org.newsgraph.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.actors.Actor;
import org.newsgraph.actors.ActorDictionary;
import org.newsgraph.actors.ActorType;

/** The shipped actor dictionary's names and aliases with their type (PER / ORG / LOC); loaded once per JVM. */
final class DictionaryNames {
  private DictionaryNames() {}

  private static final class Holder {
    static final Map<String, String> TYPES = load();
    static final Set<String> ADJECTIVES = adjectives();
  }

  /** The type of a dictionary name or alias as written ("UN": ORG, "Bosnia and Herzegovina": LOC), or null. */
  static String typeOf(String name) {
    return Holder.TYPES.get(name);
  }

  /** Whether the word is a place's adjective in the dictionary ("Chechen", "Basque", "Catalan"), as written. */
  static boolean isAdjective(String word) {
    return Holder.ADJECTIVES.contains(word);
  }

  private static Set<String> adjectives() {
    Set<String> out = new HashSet<>();
    for (Actor a : ActorDictionary.shipped().actors()) {
      if (a.type == ActorType.LOCATION) {
        out.addAll(a.adjectives);
      }
    }
    return out;
  }

  /** Whether the dictionary has this name or alias as a place or an organisation. */
  static boolean placeOrOrganisation(String name) {
    String type = typeOf(name);
    return type != null && !type.equals("PER");
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (Actor a : ActorDictionary.shipped().actors()) {
      String t = a.type == ActorType.LOCATION ? "LOC" : a.type == ActorType.ORGANIZATION ? "ORG" : "PER";
      put(out, a.name, t);
      for (String alias : a.aliases) {
        put(out, alias, t);
      }
    }
    return out;
  }

  private static final Pattern HYPHEN = Pattern.compile("(?<=\\S)-(?=\\S)");
  private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\S)'s\\b");

  private static void put(Map<String, String> out, String name, String type) {
    for (String form : tokenForms(name)) {
      out.putIfAbsent(form, type);
    }
  }

  /**
   * A name as written and as tokens joined by spaces: raw text's tokenizer splits hyphens off ("Paris Saint -
   * Germain"), and both it and CoNLL's split a possessive ("People 's Liberation Army", "McDonald 's").
   */
  static Set<String> tokenForms(String name) {
    Set<String> forms = new HashSet<>();
    forms.add(name);
    String possessive = name.contains("'s") ? POSSESSIVE.matcher(name).replaceAll(" 's") : name;
    forms.add(possessive);
    if (name.indexOf('-') > 0) {
      forms.add(HYPHEN.matcher(name).replaceAll(" - "));
      forms.add(HYPHEN.matcher(possessive).replaceAll(" - "));
    }
    return forms;
  }
}
