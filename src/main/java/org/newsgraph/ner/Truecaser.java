package org.newsgraph.ner;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * Gives a sentence written in capitals ("JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .") its
 * words' usual casing ("Japan get lucky win , China in surprise defeat .") so that the name finder,
 * trained on normal text, reads it as it reads the body. Headlines and wire slugs are the case.
 * The table ({@code truecase.tsv.gz}, built by {@code tools/ner/build_truecase.py} from the
 * unlabeled text) gives each known word its usual form; an unknown word gets a capital, as it is
 * most likely a name. A word that is usually lower-case but often capitalised ("new", "house")
 * takes its capital next to a word read as a name, and so does (session 12) a word usually capitalised, but mostly
 * inside names, and often a common word ("court", "army", "summit"); a pair of words with a casing of its own
 * ("NEW HAVEN", "THE US") gets that casing. Session 16: such a word takes its capital only on the side of a name where
 * the text capitalises it right next to a capitalised word at least 80% of the time ("New York", but "Google
 * headquarters", "downtown Taipei", "EU farm ministers"). Read once per JVM.
 */
public final class Truecaser {
  static final String TABLE = "/org/newsgraph/ner/truecase.tsv.gz";

  private final Map<String, String> usual;
  private final Map<String, String> named; // usually lower-case words often capitalised in names
  private final Map<String, String> pairs; // "new haven" -> "New Haven": word pairs cased otherwise than word by word
  // named words capitalised next to a name on one side only, or on neither: "n" before a name, "p" after one, "-"
  private final Map<String, String> sides;

  Truecaser(Map<String, String> usual) {
    this(usual, Map.of());
  }

  Truecaser(Map<String, String> usual, Map<String, String> named) {
    this(usual, named, Map.of());
  }

  Truecaser(Map<String, String> usual, Map<String, String> named, Map<String, String> pairs) {
    this(usual, named, pairs, Map.of());
  }

  Truecaser(Map<String, String> usual, Map<String, String> named, Map<String, String> pairs,
      Map<String, String> sides) {
    this.usual = usual;
    this.named = named;
    this.pairs = pairs;
    this.sides = sides;
  }

  private static final class Shipped {
    static final Truecaser INSTANCE = load();
  }

  /** The table shipped in the jar, read on first use (the first sentence in capitals) and then shared. */
  public static Truecaser shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * Whether a sentence is written in capitals: at least 70% of its words (a wire dateline
   * "BRUSSELS 1996-08-22" too). Mixed-case text is left as written.
   */
  public static boolean inCapitals(String[] tokens) {
    int words = 0;
    int caps = 0;
    for (String t : tokens) {
      if (hasLetter(t)) {
        words++;
        if (ClusterFeatureGeneratorFactory.isUpper(t)) {
          caps++;
        }
      }
    }
    return words > 0 && caps * 10 >= words * 7;
  }

  // ranks and scores in a sentence that make it no headline (not a date's day, not a telephone number)
  private static final int TABLE_NUMBERS = 4;

  /**
   * Whether a sentence is a headline in title case ("Putin Says Russia Will Respond to Sanctions"): no
   * word of four letters or more starts in lower case, and at least two words after the first that are
   * usually lower-case ("Says", "Will") start with a capital. A sentence full of names is not one, nor a table's
   * rows, whose names hold common words and whose numbers no headline has ("136 Fred Couples 69 67 , ... 137 Nick
   * Price ( Zimbabwe ) 70 67").
   */
  public boolean inTitleCase(String[] tokens) {
    int capitalisedCommon = 0;
    int numbers = 0;
    boolean first = true;
    String before = "";
    for (String t : tokens) {
      String previous = before;
      before = t;
      if (!hasLetter(t)) {
        if (NerCorpus.isRankOrScore(t) && !NerCorpus.isDateWord(previous) && ++numbers >= TABLE_NUMBERS) {
          return false;
        }
        continue;
      }
      if (Character.isLowerCase(t.charAt(0)) && t.length() >= 4) {
        return false;
      }
      if (!first && startsUpper(t) && !ClusterFeatureGeneratorFactory.isUpper(t)) {
        String low = t.toLowerCase(Locale.ROOT);
        String form = usual.get(low);
        if (form != null && form.equals(low)) {
          capitalisedCommon++;
        }
      }
      first = false;
    }
    return capitalisedCommon >= 2;
  }

  /**
   * A sentence {@link #inTitleCase} in its words' usual casing, as a sentence in capitals is read;
   * words written all in capitals ("NATO", "US") keep their casing, which title case does not hide.
   */
  public String[] restoreTitleCase(String[] tokens) {
    return restoreTitleCase(tokens, Map.of());
  }

  /** {@link #restoreTitleCase(String[])}, a word the document writes one way in its text taking that form. */
  public String[] restoreTitleCase(String[] tokens, Map<String, String> document) {
    String[] up = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      up[i] = tokens[i].toUpperCase(Locale.ROOT);
    }
    String[] out = restore(up, document);
    for (int i = 0; i < tokens.length; i++) {
      if (!startsUpper(tokens[i]) || (tokens[i].length() > 1 && ClusterFeatureGeneratorFactory.isUpper(tokens[i]))) {
        out[i] = tokens[i];
      }
    }
    return out;
  }

  /** A sentence {@link #inCapitals} in its words' usual casing (callers check that first). */
  public String[] restore(String[] tokens) {
    return restore(tokens, Map.of());
  }

  /**
   * A sentence {@link #inCapitals} in its words' usual casing, where a word of the sentence that the document's own
   * text writes with a capital ({@link #documentForms}: "Hill" of "Damon Hill") takes that form, whatever the table
   * says: the story knows its names better than the unlabeled text.
   */
  public String[] restore(String[] tokens, Map<String, String> document) {
    String[] out = new String[tokens.length];
    boolean[] fixed = new boolean[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      if (ClusterFeatureGeneratorFactory.isUpper(t)) {
        String low = t.toLowerCase(Locale.ROOT);
        String own = document.get(low);
        if (own != null) {
          out[i] = own;
          fixed[i] = true;
          continue;
        }
        String form = usual.get(low);
        if (form != null && !form.equals(low) && named.containsKey(low)) {
          form = low; // usually capitalised inside names but often a common word ("court", "army"): read as "new" is
        }
        // a word the unlabeled text never had is most likely a name
        t = form != null ? form : Character.toUpperCase(low.charAt(0)) + low.substring(1);
      }
      out[i] = t;
    }
    // a pair of words with its own usual casing ("NEW HAVEN" -> "New Haven", "THE US" -> "the US"); left to
    // right, a word already cased by the pair before it keeps that casing
    boolean[] paired = new boolean[out.length];
    for (int i = 0; i + 1 < out.length; i++) {
      if (!ClusterFeatureGeneratorFactory.isUpper(tokens[i]) || !ClusterFeatureGeneratorFactory.isUpper(tokens[i + 1])) {
        continue;
      }
      String form = pairs.get(tokens[i].toLowerCase(Locale.ROOT) + " " + tokens[i + 1].toLowerCase(Locale.ROOT));
      int space = form == null ? -1 : form.indexOf(' ');
      // a word the document cased keeps its form: the pair must agree with it
      if (space < 0 || ((paired[i] || fixed[i]) && !out[i].equals(form.substring(0, space)))
          || (fixed[i + 1] && !out[i + 1].equals(form.substring(space + 1)))) {
        continue;
      }
      out[i] = form.substring(0, space);
      out[i + 1] = form.substring(space + 1);
      paired[i] = true;
      paired[i + 1] = true;
    }
    // a word usually lower-case but often part of a name takes its capital next to a name
    // ("NEW YORK" -> "New York", "TOM CRUISE" -> "Tom Cruise"); repeated, so runs of such words join
    boolean[] name = new boolean[out.length];
    for (int i = 0; i < out.length; i++) {
      name[i] = ClusterFeatureGeneratorFactory.isUpper(tokens[i]) && startsUpper(out[i]);
    }
    boolean[] given = name.clone();
    for (boolean changed = true; changed; ) {
      changed = false;
      for (int i = 0; i < out.length; i++) {
        String alt = name[i] || paired[i] || fixed[i] || !ClusterFeatureGeneratorFactory.isUpper(tokens[i]) ? null
            : named.get(out[i]);
        // a headline's verb between two names of their own: "CHELSEA BEAT LEEDS", "BAYERN MUNICH SACK TRAPATTONI"
        boolean between = i > 0 && i + 1 < out.length && given[i - 1] && given[i + 1] && HEADLINE_VERBS.contains(out[i]);
        String side = alt == null ? null : sides.getOrDefault(out[i], "np");
        if (alt != null && !between && ((i > 0 && name[i - 1] && side.indexOf('p') >= 0)
            || (i + 1 < out.length && name[i + 1] && side.indexOf('n') >= 0))) {
          out[i] = alt;
          name[i] = true;
          changed = true;
        }
      }
    }
    // "ENGLAND V PAKISTAN": a lone V between two words is "versus", not a numeral ("Henry V")
    for (int i = 1; i + 1 < out.length; i++) {
      if (NameSplits.isVersus(tokens[i].toLowerCase(Locale.ROOT)) && hasLetter(tokens[i - 1]) && hasLetter(tokens[i + 1])) {
        out[i] = tokens[i].toLowerCase(Locale.ROOT);
      }
    }
    for (int i = 0; i < out.length; i++) { // the first word starts with a capital
      if (hasLetter(out[i])) {
        out[i] = Character.toUpperCase(out[i].charAt(0)) + out[i].substring(1);
        break;
      }
    }
    return out;
  }

  // tokens after which a capital says nothing about the word: a sentence's start inside it
  private static final Set<String> OPENERS = Set.of("\"", "\u201c", "'", "\u2018", "``", ":", "(", "-", "\u2014",
      "\u2013");

  /**
   * The words a document's sentences written in mixed case ({@code asWritten}) write with a capital, by their lower-case
   * form: the form of more than half of a word's occurrences outside a sentence's first word (and the first word after
   * a quote, colon, bracket or dash), when it has a capital. A headline in capitals over a story reads its names so
   * ("HILL ON POLE" over "Damon Hill took pole position"). Not the words it writes in lower case: "LONDON STOCKS" over
   * "bank stocks" would be right, but a web post's "afghanistan" and a list's "new" are not (session 17).
   */
  public static Map<String, String> documentForms(List<String[]> asWritten) {
    Map<String, Map<String, Integer>> counts = new HashMap<>();
    for (String[] s : asWritten) {
      for (int i = 1; i < s.length; i++) {
        if (hasLetter(s[i]) && !OPENERS.contains(s[i - 1])) {
          counts.computeIfAbsent(s[i].toLowerCase(Locale.ROOT), k -> new HashMap<>()).merge(s[i], 1, Integer::sum);
        }
      }
    }
    Map<String, String> out = new HashMap<>();
    for (Map.Entry<String, Map<String, Integer>> e : counts.entrySet()) {
      int total = 0;
      String best = null;
      int most = 0;
      for (Map.Entry<String, Integer> f : e.getValue().entrySet()) {
        total += f.getValue();
        if (f.getValue() > most) {
          most = f.getValue();
          best = f.getKey();
        }
      }
      if (most * 2 > total && !best.equals(e.getKey())) {
        out.put(e.getKey(), best);
      }
    }
    return out;
  }

  // verbs of headlines that the unlabeled text capitalises often enough to join names ("Beat It", "Top Gear"); "national"
  // or "security" between two names is part of one ("UNITED STATES NATIONAL SECURITY COUNCIL")
  private static final Set<String> HEADLINE_VERBS = Set.of("beat", "beats", "sack", "sacks", "edge", "edges", "top",
      "tops", "thrash", "thrashes", "hit", "hits", "rout", "routs", "stun", "stuns", "down", "downs", "crush", "crushes",
      "hold", "holds", "draw", "draws", "lead", "leads", "face", "faces", "meet", "meets", "back", "backs", "sign",
      "signs", "join", "joins", "sue", "sues", "buy", "buys", "sell", "sells", "quit", "quits", "name", "names", "win",
      "wins", "lose", "loses", "upset", "upsets", "oust", "ousts", "sink", "sinks", "shock", "shocks", "hammer",
      "hammers", "plan", "plans", "fall", "falls", "see", "sees", "say", "says", "warn", "warns", "urge", "urges");

  /** Whether the unlabeled text usually writes this word in lower case ("northern"; not "samantha", nor a word it never had). */
  public boolean usuallyLowerCase(String word) {
    String low = word.toLowerCase(Locale.ROOT);
    return low.equals(usual.get(low));
  }

  private static boolean startsUpper(String t) {
    return !t.isEmpty() && Character.isUpperCase(t.charAt(0));
  }

  private static boolean hasLetter(String t) {
    for (int i = 0; i < t.length(); i++) {
      if (Character.isLetter(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static Truecaser load() {
    try (InputStream raw = Truecaser.class.getResourceAsStream(TABLE)) {
      if (raw == null) {
        throw new IllegalStateException("truecasing table " + TABLE + " is missing from the jar");
      }
      Map<String, String> m = new HashMap<>(1 << 17);
      Map<String, String> named = new HashMap<>(1 << 13);
      Map<String, String> pairs = new HashMap<>(1 << 16);
      Map<String, String> sides = new HashMap<>(1 << 10);
      BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 1 << 16), StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] cols = line.split("\t");
        if (cols[0].isEmpty()) {
          continue;
        }
        if (cols[0].indexOf(' ') > 0) {
          pairs.put(cols[0], cols[1]);
          continue;
        }
        m.put(cols[0], cols.length > 1 ? cols[1] : cols[0]);
        if (cols.length > 2) {
          named.put(cols[0], cols[2]);
        }
        if (cols.length > 3 && !"np".equals(cols[3])) {
          sides.put(cols[0], cols[3]);
        }
      }
      return new Truecaser(m, named, pairs, sides);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + TABLE, e);
    }
  }
}
