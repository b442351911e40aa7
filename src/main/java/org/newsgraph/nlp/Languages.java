package org.newsgraph.nlp;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/** OpenNLP's language detector answers in ISO 639-3 ({@code fra}); users and tables speak 639-1 ({@code fr}). */
final class Languages {
  private static final Map<String, String> TWO_LETTER = new HashMap<>();

  static {
    for (String two : Locale.getISOLanguages()) {
      try {
        TWO_LETTER.put(new Locale(two).getISO3Language(), two);
      } catch (MissingResourceException e) {
        // no three-letter code known for it: the detector cannot answer it either
      }
    }
  }

  private Languages() {}

  /** {@code fra} → {@code fr}; codes without a two-letter form are returned as they are. */
  static String twoLetter(String iso639_3) {
    return TWO_LETTER.getOrDefault(iso639_3, iso639_3);
  }
}
