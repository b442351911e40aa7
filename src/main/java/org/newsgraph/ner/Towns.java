package org.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;
import opennlp.tools.util.Span;

/**
 * Towns and regions the model leaves out: "Speaking in [Putrajaya] later", "a season-ticket holder from [Hounslow]", "a
 * cattle herder from [Kapsabet]". A run of one to three capitalised words after "in", "near", "from" (and the like, and
 * "of" after a place's part or its people: "flood-hit areas of [Kasur]", session 23), none of them tagged and no
 * capitalised word after them, is a place when GeoNames lists it as a town of more than 15,000 people, a capital or a
 * state or province ({@code places.txt.gz}, built by {@code tools/ner/build_places.py}). Not a common word ("Mobile",
 * "Of", "Bath" read in lower case), not a person's first word by the label prior ("Victoria", "Florence"), no
 * organisation's head noun ("University"), no month or weekday, not in an election's title ("1978 United States Senate
 * election in Montana"). Only for sentences as written.
 */
final class Towns {
  private Towns() {}

  static final String TABLE = "/org/newsgraph/ner/places.txt.gz";
  private static final Set<String> AFTER = Set.of("in", "near", "from", "outside", "across", "around", "towards",
      "toward", "via", "into", "through", "between");
  private static final int LONGEST = 3;

  /** Loaded once per JVM, with the tagger. */
  private static final class Holder {
    static final Set<String> NAMES = load();
  }

  static boolean isTown(String name) {
    return Holder.NAMES.contains(name);
  }

  /** A known place: a country, a town or state of GeoNames ({@link #isTown}), or a place of the actor dictionary. */
  static boolean isPlace(String name) {
    return Nations.isNation(name) || isTown(name) || "LOC".equals(DictionaryNames.typeOf(name));
  }

  static Span[] untagged(String[] tokens, Span[] spans, Predicate<String> firstName, Predicate<String> commonWord) {
    List<Span> added = new ArrayList<>();
    for (int k = 1; k < tokens.length; k++) {
      if (!AFTER.contains(tokens[k - 1]) && !afterPlace(tokens, spans, k) && !ofPlace(tokens, k)) {
        continue;
      }
      int e = SpanSets.capitalisedRun(tokens, k, LONGEST);
      if (e == k || !SpanSets.free(spans, k, e)
          || (e < tokens.length && tokens[e].equals("-") && ofPlace(tokens, k)) // "south of Ono - i - Lau"
          || firstName.test(tokens[k]) || NerCorpus.isDateWord(tokens[k]) || inElectionTitle(tokens, k)
          || (e - k == 1 && (commonWord.test(tokens[k].toLowerCase(Locale.ROOT))
              || OrganisationNames.isHead(tokens[k])))
          || !isTown(String.join(" ", Arrays.copyOfRange(tokens, k, e)))) {
        continue;
      }
      added.add(new Span(k, e, "LOC", 0));
      k = e;
    }
    return SpanSets.with(spans, added);
  }

  // parts and people of a place before "of": "flood-hit areas of [Kasur]", "residents of [Muzaffargarh]"; not "the word
  // of God"
  private static final Set<String> OF_PLACES = Set.of("area", "areas", "residents", "part", "parts", "outskirts",
      "suburbs", "people", "citizens", "inhabitants", "streets", "centre", "center", "heart", "north", "south", "east",
      "west", "northeast", "northwest", "southeast", "southwest", "edge", "mayor", "governor", "population", "towns",
      "villages", "districts", "neighbourhoods", "neighborhoods", "outside");

  static boolean ofPlace(String[] tokens, int k) {
    return k >= 2 && tokens[k - 1].equals("of") && OF_PLACES.contains(tokens[k - 2]);
  }

  /** "Maribor and Ptuj", "Doha , London": after a place and "and", "or" or a comma. */
  private static boolean afterPlace(String[] tokens, Span[] spans, int k) {
    if (k < 2 || !(tokens[k - 1].equals("and") || tokens[k - 1].equals("or") || tokens[k - 1].equals(","))) {
      return false;
    }
    for (Span sp : spans) {
      if (sp.getEnd() == k - 1 && sp.getType().equals("LOC")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "1978 United States Senate election in Montana": the title of an election, an event (CrossNER's Wikipedia leaves
   * the place in it unmarked); "the 2019 election in Montana" is prose.
   */
  private static boolean inElectionTitle(String[] tokens, int k) {
    return k >= 3 && (tokens[k - 2].equals("election") || tokens[k - 2].equals("elections"))
        && SpanSets.capitalised(tokens[k - 3]);
  }

  private static Set<String> load() {
    return readTable(TABLE);
  }

  /** The names of a table in the jar, one a line ({@code .gz}: gzipped). */
  static Set<String> readTable(String resource) {
    try (InputStream raw = Towns.class.getResourceAsStream(resource)) {
      if (raw == null) {
        throw new IllegalStateException("place table " + resource + " is missing from the jar");
      }
      Set<String> names = new HashSet<>(1 << 16);
      InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isEmpty()) {
          names.add(line);
        }
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
