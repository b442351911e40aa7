package org.newsgraph.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.ner.EntityTagger;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * Turns one article's sentences (and, when there is a name-finder model, its spans) into
 * {@link Mention}s of actors, folding the variants of a name met in the same article.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li>Dictionary hits ({@link DictionaryMatcher}) are mentions: kind {@code name},
 *       {@code alias} or {@code adjectival} ({@code Russian} → Russia).
 *   <li>Model spans are cleaned: leading {@code the} and punctuation, trailing possessives,
 *       punctuation and lower-case words ({@code US workers}) go (after such a trim, a nationality
 *       adjective left at the end too); for persons, leading titles ({@code President}, {@code Prime Minister},
 *       {@code Mr.}, …) also go, with a country/adjective before them ({@code US President},
 *       {@code Ukraine's President}, {@code Russian President}). Spans left with only a title or a
 *       stopword, or without an upper-case letter, are dropped.
 *   <li>The dictionary wins: a cleaned span overlapping a (non-adjectival) dictionary hit is
 *       dropped, so the hit's type and canonical name stand. One exception: an ORGANIZATION span
 *       strictly containing only LOCATION hits ({@code U.S. Army}) is kept as well.
 *   <li>Surnames: each person met with a full name in the article (dictionary person hits; model
 *       persons of 2+ words) registers its surname (last word of the name, after {@code Jr.},
 *       {@code XIV}…). A one-word model span, or any capitalised token not yet in a mention, equal
 *       to a surname becomes a mention of that person: kind {@code titled} after a title
 *       ({@code President Putin}), else {@code surname} ({@code Putin}, {@code Putin's}). This
 *       holds whether the surname comes after or BEFORE the full name in the article: the full
 *       name anywhere in the article is evidence enough (leads and headlines often use the
 *       surname first). Bare tokens are not folded next to another capitalised word
 *       ({@code Melania Trump}, {@code Trump Tower}) nor when they are month/day names; in an
 *       ALL-CAPS headline the surname matches in capitals ({@code PUTIN}).
 *   <li>Office holders: a one-word model span (of any type: the model often mistypes a lone
 *       unknown name) that no full name in the article explains, equal to the surname of exactly
 *       one dictionary person who held an office on the article's date in a country the article
 *       names (the country, an adjective of it or a place in it), is that person ({@code Orbán's
 *       frequent clashes} in a 2025 article about Hungary → Viktor Orbán). The date and the
 *       country keep a common surname from folding to a namesake of another time or place
 *       (2019's "Vance", "Jesus"); persons without an office in the dictionary never fold so.
 *   <li>Ambiguity: a surname registered by two different persons in the article ({@code Trump}
 *       with Donald and Melania Trump) folds to neither and is dropped, also as a model span: a
 *       separate "Trump" actor would be a bogus node in the networks.
 *   <li>Other spans become new actors, kind {@code model}: canonical name = the cleaned span
 *       text, id = {@link ActorIds#derived}. Across articles only the dictionary (and identical
 *       derived ids) folds names.
 * </ol>
 * Mentions come sorted by (begin, end); an adjectival hit may lie inside a model organization
 * ({@code Russian Defense Ministry}), nothing else overlaps.
 *
 * <p>Immutable and thread-safe: per-article state lives in a local object, so one instance per
 * JVM ({@link #shared}) serves all threads.
 */
public final class MentionFinder {
  public static final String NAME = DictionaryHit.NAME;
  public static final String ALIAS = DictionaryHit.ALIAS;
  public static final String ADJECTIVAL = Mention.ADJECTIVAL;
  public static final String SURNAME = "surname";
  public static final String TITLED = "titled";
  public static final String MODEL = "model";

  private static final Map<List<Object>, MentionFinder> SHARED = new ConcurrentHashMap<>();
  private static final Set<String> NAME_SUFFIXES = Set.of("jr", "sr", "jnr", "snr");
  /** Abbreviations ending a name whose dot is part of it (unlike a glued full stop in "Kyiv."). */
  private static final Set<String> DOTTED = Set.of("jr", "sr", "inc", "ltd", "co", "corp", "bros", "st");

  private final DictionaryMatcher matcher;
  /** Surname (piece keys joined by a space) → the dictionary persons with an office who bear it. */
  private final Map<String, List<Actor>> officeHolders = new HashMap<>();

  public MentionFinder(ActorDictionary dictionary) {
    this.matcher = new DictionaryMatcher(dictionary);
    for (Actor a : dictionary.actors()) {
      if (a.type != ActorType.PERSON || a.roles.isEmpty()) {
        continue;
      }
      Set<String> own = new HashSet<>();
      for (String name : concat(a.name, a.aliases)) {
        List<String> keys = surnameKeys(name);
        if (keys != null && own.add(String.join(" ", keys))) {
          officeHolders.computeIfAbsent(String.join(" ", keys), k -> new ArrayList<>()).add(a);
        }
      }
    }
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(rest.size() + 1);
    all.add(first);
    all.addAll(rest);
    return all;
  }

  /** One finder per JVM over the shipped dictionary. */
  public static MentionFinder shared() {
    return shared(List.of(), false);
  }

  /**
   * One finder per JVM and dictionary configuration (see {@link ActorDictionary#load}): the
   * dictionary is parsed and the trie built by the first caller, others wait and share it.
   */
  public static MentionFinder shared(List<String> extraFiles, boolean replaceShipped) {
    List<Object> key = List.of(List.copyOf(extraFiles), replaceShipped);
    return SHARED.computeIfAbsent(
        key, k -> new MentionFinder(ActorDictionary.load(extraFiles, replaceShipped)));
  }

  public ActorDictionary dictionary() {
    return matcher.dictionary();
  }

  public DictionaryMatcher matcher() {
    return matcher;
  }

  /** Dictionary only (no name-finder model). */
  public List<Mention> find(String articleId, String text, List<Sentence> sentences) {
    return find(articleId, null, text, sentences, List.of());
  }

  /** Without the article's date: no office-holder folding (see the class comment). */
  public List<Mention> find(
      String articleId, String text, List<Sentence> sentences, List<NameSpan> modelSpans) {
    return find(articleId, null, text, sentences, modelSpans);
  }

  /**
   * Mentions of one article, sorted by (begin, end).
   *
   * @param date the article's ISO date, for the offices held on it; null when unknown
   * @param sentences as {@link org.newsgraph.nlp.TextAnalyzer} makes them: {@code get(i).index == i},
   *     token offsets into {@code text}
   * @param modelSpans name-finder spans ({@link NameSpan#sentence} indexes {@code sentences}); may
   *     be empty
   */
  public List<Mention> find(String articleId, @Nullable String date, String text, List<Sentence> sentences,
      List<NameSpan> modelSpans) {
    for (int i = 0; i < sentences.size(); i++) {
      if (sentences.get(i).index != i) {
        throw new IllegalArgumentException("sentence " + i + " has index " + sentences.get(i).index);
      }
    }
    return new ArticleState(articleId, date, text, sentences).run(modelSpans);
  }

  /** Everything about one article; never shared between threads. */
  private final class ArticleState {
    final String articleId;
    final @Nullable String date;
    final String text;
    final List<Sentence> sentences;
    final Pieces[] pieces;
    final List<List<DictionaryHit>> hits = new ArrayList<>();
    /** Tokens inside a counted mention, per sentence. */
    final boolean[][] taken;
    /** Tokens inside an adjectival hit, per sentence. */
    final boolean[][] adjectival;
    final List<Mention> out = new ArrayList<>();
    /** Surname (piece keys joined by a space) → persons with that surname, in order met. */
    final Map<String, Map<String, Actor>> surnames = new HashMap<>();
    /** First piece key of a surname → surnames (as key lists) starting with it. */
    final Map<String, List<List<String>>> surnamesByFirst = new HashMap<>();
    /** The same in capitals, for headlines ({@code PUTIN MEETS TRUMP}); values stay as registered. */
    final Map<String, List<List<String>>> capsByFirst = new HashMap<>();

    ArticleState(String articleId, @Nullable String date, String text, List<Sentence> sentences) {
      this.articleId = articleId;
      this.date = date;
      this.text = text;
      this.sentences = sentences;
      int n = sentences.size();
      pieces = new Pieces[n];
      taken = new boolean[n][];
      adjectival = new boolean[n][];
    }

    List<Mention> run(List<NameSpan> modelSpans) {
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        pieces[i] = Pieces.of(s);
        taken[i] = new boolean[s.size()];
        adjectival[i] = new boolean[s.size()];
        List<DictionaryHit> hs = matcher.match(s, pieces[i]);
        hits.add(hs);
        for (DictionaryHit h : hs) {
          boolean asAdjective = h.adjectival() || modifiesTitledName(s, h);
          mark(asAdjective ? adjectival[i] : taken[i], h.start, h.end);
          emit(h.actor, asAdjective ? ADJECTIVAL : h.kind, s, h.beginChar, h.endChar);
          if (h.actor.type == ActorType.PERSON && !h.adjectival()) {
            register(h.actor, h.actor.name);
            register(h.actor, text.substring(h.beginChar, h.endChar));
          }
        }
      }

      List<Candidate> candidates = new ArrayList<>();
      List<NameSpan> spans = new ArrayList<>(modelSpans);
      spans.sort(Comparator.<NameSpan>comparingInt(x -> x.sentence).thenComparingInt(x -> x.start));
      boolean[][] modelTaken = new boolean[sentences.size()][];
      for (NameSpan span : spans) {
        Candidate c = clean(span);
        if (c == null || !dictionaryAllows(c)) {
          continue;
        }
        boolean[] mt = modelTaken[c.sentence.index] == null
            ? (modelTaken[c.sentence.index] = new boolean[c.sentence.size()])
            : modelTaken[c.sentence.index];
        if (any(mt, c.start, c.end)) {
          continue; // overlapping model spans: the first (leftmost) one stays
        }
        mark(mt, c.start, c.end);
        candidates.add(c);
        if (c.type == ActorType.PERSON && c.words >= 2) {
          register(c.actor(), c.name);
        }
      }

      for (Candidate c : candidates) {
        Map<String, Actor> persons = c.words == 1 ? surnames.get(joinedKeys(c.name)) : null;
        if (persons != null && persons.size() > 1) {
          continue; // ambiguous surname: dropped (see class comment)
        }
        Actor holder = persons == null && c.words == 1 ? officeHolder(c.name) : null;
        if (holder != null) {
          register(holder, holder.name); // its other bare mentions in the article fold too
        }
        boolean folded = persons != null || holder != null;
        Actor a = persons != null ? persons.values().iterator().next() : holder != null ? holder : c.actor();
        mark(taken[c.sentence.index], c.start, c.end);
        emit(a, folded ? (c.titled ? TITLED : SURNAME) : MODEL, c.sentence, c.begin, c.endChar);
      }

      if (!surnames.isEmpty()) {
        for (int i = 0; i < sentences.size(); i++) {
          scanSurnames(sentences.get(i), pieces[i]);
        }
      }

      out.sort(Comparator.<Mention>comparingInt(m -> m.begin)
          .thenComparingInt(m -> m.end)
          .thenComparing(m -> m.actorId));
      return out;
    }

    /**
     * The one dictionary person with surname {@code name} in office on the article's date in a
     * country the article names so far (dictionary mentions come first), or null.
     */
    @Nullable Actor officeHolder(String name) {
      List<Actor> bearers = date == null ? null : officeHolders.get(joinedKeys(name));
      if (bearers == null) {
        return null;
      }
      Actor found = null;
      for (Actor person : bearers) {
        for (Role r : person.roles) {
          if (r.of != null && r.activeOn(date) && namesCountry(r.of)) {
            if (found != null && found != person) {
              return null; // two namesakes in office: neither
            }
            found = person;
          }
        }
      }
      return found;
    }

    /** Whether a mention so far is the country {@code id}, an adjective of it or a place in it. */
    boolean namesCountry(String id) {
      for (Mention m : out) {
        Actor a = matcher.dictionary().get(m.actorId);
        if (m.actorId.equals(id) || (a != null && a.type == ActorType.LOCATION && id.equals(a.country))) {
          return true;
        }
      }
      return false;
    }

    /**
     * "US President Donald Trump", "Hungary's Prime Minister Viktor Orbán": the place qualifies a
     * title before a name, like "Russian" in "Russian President", so it is adjectival there.
     */
    boolean modifiesTitledName(Sentence s, DictionaryHit h) {
      if (h.actor.type != ActorType.LOCATION || h.end >= s.size()) {
        return false;
      }
      int k = Titles.isPossessive(s.tokens[h.end]) ? h.end + 1 : h.end;
      int t = Titles.titleAt(s, k, s.size());
      return t > 0 && k + t < s.size() && startsUpper(s.tokens[k + t]);
    }

    void emit(Actor a, String kind, Sentence s, int begin, int end) {
      out.add(new Mention(articleId, a.id, a.name, a.type.name(), kind, text.substring(begin, end), s.index, begin, end));
    }

    /** Registers the surname of a person's full name (nothing for one-word names). */
    void register(Actor person, String fullName) {
      List<String> keys = surnameKeys(fullName);
      if (keys == null) {
        return;
      }
      String joined = String.join(" ", keys);
      Map<String, Actor> persons = surnames.computeIfAbsent(joined, k -> new LinkedHashMap<>());
      if (persons.isEmpty()) {
        surnamesByFirst.computeIfAbsent(keys.get(0), k -> new ArrayList<>()).add(keys);
        capsByFirst.computeIfAbsent(keys.get(0).toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(keys);
      }
      persons.putIfAbsent(person.id, person);
    }

    /** Model span → cleaned candidate, or null when nothing name-like is left. */
    @Nullable Candidate clean(NameSpan span) {
      if (span.sentence < 0 || span.sentence >= sentences.size()) {
        return null;
      }
      Sentence s = sentences.get(span.sentence);
      int a = Math.max(0, span.start);
      int b = Math.min(s.size(), span.end);
      boolean titled = false;
      int whole = b;
      b = trimEnd(s, a, b);
      if (b < whole) {
        // the model ran on past the name; a nationality adjective left at the end is no name
        // either ("Karol Bagh area of the Indian [capital]", "European [nations]")
        for (DictionaryHit h = adjectivalEndingAt(span.sentence, b); h != null && h.start >= a;
            h = adjectivalEndingAt(span.sentence, b)) {
          b = trimEnd(s, a, h.start);
        }
      }
      while (a < b && (!hasWordChar(s.tokens[a]) || Titles.norm(s.tokens[a]).equals("the"))) {
        a++;
      }
      int named = afterTitles(s, span.sentence, a, b);
      if (span.type == ActorType.PERSON) {
        titled = named > a;
        a = named;
      } else if (named >= b) {
        return null; // "Russian Foreign Minister" tagged as a place or organisation: a title, no name
      }
      if (a >= b) {
        return null;
      }
      if (b - a == 1 && (Titles.isStopword(s.tokens[a]) || Titles.titleAt(s, a, b) == 1)) {
        return null;
      }
      int begin = s.tokenBegins[a];
      int end = s.tokenEnds[b - 1];
      while (begin < end && !Character.isLetterOrDigit(text.charAt(begin))) {
        begin++;
      }
      while (end > begin && "-,;:\"'\u2019\u201D)".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      if (end - begin >= 4 && text.charAt(end - 1) == '.' && Character.isLowerCase(text.charAt(end - 2))
          && !DOTTED.contains(Titles.norm(s.tokens[b - 1]))) {
        end--; // "Kyiv." glued to the sentence end, but not "Jr." or "Inc."
      }
      if (end <= begin) {
        return null;
      }
      String name = text.substring(begin, end).replaceAll("\\s+", " ").replace('\u2019', '\'');
      if (!name.codePoints().anyMatch(Character::isUpperCase)) {
        return null;
      }
      if (!titled) {
        titled = Titles.titleBefore(s, a);
      }
      int words = name.split(" ").length;
      return new Candidate(s, a, b, begin, end, span.type, name, words, titled);
    }

    /**
     * The first token of span [a, b) after its leading titles ("President", "Foreign Minister"),
     * also when a place or nationality comes before the title ("US President", "Russian Foreign
     * Minister", "Ukraine's President"); {@code a} when it starts with none, {@code b} when the
     * span is nothing else.
     */
    private int afterTitles(Sentence s, int sentence, int a, int b) {
      while (true) {
        while (a < b && (!hasWordChar(s.tokens[a]) || Titles.norm(s.tokens[a]).equals("the"))) {
          a++;
        }
        if (a >= b) {
          return a;
        }
        int t = Titles.titleAt(s, a, b);
        if (t == 0) {
          DictionaryHit h = hitAt(sentence, a);
          if (h != null && h.end < b && (h.adjectival() || h.actor.type != ActorType.PERSON)) {
            int k = Titles.isPossessive(s.tokens[h.end]) ? h.end + 1 : h.end;
            int t2 = Titles.titleAt(s, k, b);
            if (t2 > 0) {
              a = k + t2;
              continue;
            }
          }
          return a;
        }
        a += t;
      }
    }

    /** Dictionary wins: false when the candidate overlaps a counted dictionary hit. */
    boolean dictionaryAllows(Candidate c) {
      boolean any = false;
      boolean onlyLocationsInside = true;
      for (DictionaryHit h : hits.get(c.sentence.index)) {
        if (h.end <= c.start || h.start >= c.end) {
          continue;
        }
        if (h.adjectival()) {
          if (h.start <= c.start && h.end >= c.end) {
            return false; // the span is only "Ukrainian": an adjectival mention of the country
          }
          continue;
        }
        any = true;
        boolean inside = h.start >= c.start && h.end <= c.end && h.end - h.start < c.end - c.start;
        onlyLocationsInside &= inside && h.actor.type == ActorType.LOCATION;
      }
      return !any || (c.type == ActorType.ORGANIZATION && onlyLocationsInside);
    }

    @Nullable DictionaryHit adjectivalEndingAt(int sentence, int end) {
      for (DictionaryHit h : hits.get(sentence)) {
        if (h.end == end && h.adjectival()) {
          return h;
        }
      }
      return null;
    }

    @Nullable DictionaryHit hitAt(int sentence, int token) {
      for (DictionaryHit h : hits.get(sentence)) {
        if (h.start == token) {
          return h;
        }
      }
      return null;
    }

    /** Capitalised tokens equal to a registered surname and in no mention yet. */
    void scanSurnames(Sentence s, Pieces p) {
      boolean[] t = taken[s.index];
      boolean[] adj = adjectival[s.index];
      boolean headline = DictionaryMatcher.isHeadline(s);
      for (int i = 0; i < p.size; i++) {
        List<List<String>> options = (headline ? capsByFirst : surnamesByFirst).get(p.keys[i]);
        if (options == null || !p.startOk(i) || t[p.tokens[i]] || adj[p.tokens[i]]) {
          continue;
        }
        for (List<String> keys : options) {
          int j = i + keys.size();
          if (j > p.size || !p.endOk(j) || !matches(p, i, keys, headline)) {
            continue;
          }
          int t0 = p.tokens[i];
          int t1 = p.tokens[j - 1] + 1;
          if (any(t, t0, t1) || any(adj, t0, t1) || (!headline && gluedToName(s, t0, t1))) {
            continue;
          }
          Map<String, Actor> persons = surnames.get(String.join(" ", keys));
          if (persons.size() != 1) {
            continue;
          }
          mark(t, t0, t1);
          emit(persons.values().iterator().next(),
              Titles.titleBefore(s, t0) ? TITLED : SURNAME, s, p.begins[i], p.ends[j - 1]);
          i = j - 1;
          break;
        }
      }
    }

    /**
     * A sentence's first word is capitalised whatever it is; "Recalling Ushakov's remarks" or
     * "Reportedly Putin" open with a verb or adverb form, not a first name.
     */
    static boolean looksLikeOpeningVerbOrAdverb(String word) {
      return word.length() > 4 && (word.endsWith("ing") || word.endsWith("ed") || word.endsWith("ly"));
    }

    /** Next to another capitalised word ("Melania Trump", "Trump Tower"): someone or something else. */
    boolean gluedToName(Sentence s, int t0, int t1) {
      if (t0 > 0) {
        String prev = s.tokens[t0 - 1];
        if (startsUpper(prev) && !Titles.isStopword(prev) && !Titles.titleBefore(s, t0)
            && !(t0 == 1 && looksLikeOpeningVerbOrAdverb(prev))) {
          return true;
        }
      }
      return t1 < s.size() && startsUpper(s.tokens[t1]);
    }
  }

  /**
   * The end of span [a, b) without trailing possessives, punctuation and lower-case words: a name
   * ends in a capitalised word, a number or an acronym, so trailing common words are the model
   * running on ("U.S. military personnel", "US workers", "Waterloo station").
   */
  private static int trimEnd(Sentence s, int a, int b) {
    while (b > a && (Titles.isPossessive(s.tokens[b - 1]) || !hasWordChar(s.tokens[b - 1])
        || EntityTagger.isLowerCaseWord(s.tokens[b - 1]))) {
      b--;
    }
    return b;
  }

  /** A cleaned model span. */
  private static final class Candidate {
    final Sentence sentence;
    final int start;
    final int end;
    final int begin;
    final int endChar;
    final ActorType type;
    final String name;
    final int words;
    final boolean titled;

    Candidate(Sentence sentence, int start, int end, int begin, int endChar, ActorType type, String name,
        int words, boolean titled) {
      this.sentence = sentence;
      this.start = start;
      this.end = end;
      this.begin = begin;
      this.endChar = endChar;
      this.type = type;
      this.name = name;
      this.words = words;
      this.titled = titled;
    }

    Actor actor() {
      return Actor.named(ActorIds.derived(type, name), name, type);
    }
  }

  /**
   * Piece keys of the surname of a full name: its last word once suffixes ({@code Jr.},
   * {@code III}, {@code XIV}) are dropped; null for one-word names and unusable surnames.
   */
  static @Nullable List<String> surnameKeys(String fullName) {
    List<String> words = new ArrayList<>(List.of(fullName.strip().split("\\s+")));
    while (!words.isEmpty()) {
      String w = words.get(words.size() - 1);
      String n = Titles.norm(w).replaceAll("[,.]", "");
      if (NAME_SUFFIXES.contains(n) || w.matches("[IVXLC]+\\.?") || Titles.isPossessive(w)) {
        words.remove(words.size() - 1);
      } else {
        break;
      }
    }
    if (words.size() < 2) {
      return null;
    }
    String last = words.get(words.size() - 1);
    if (last.endsWith("'s") || last.endsWith("\u2019s")) {
      last = last.substring(0, last.length() - 2);
    }
    List<String> keys = Pieces.keysOf(last);
    if (keys.isEmpty()
        || !Character.isUpperCase(keys.get(0).codePointAt(0))
        || keys.get(0).length() < 2
        || Titles.NOT_SURNAMES.contains(Titles.norm(last))) {
      return null;
    }
    return keys;
  }

  static String joinedKeys(String name) {
    return String.join(" ", Pieces.keysOf(name));
  }

  private static boolean matches(Pieces p, int i, List<String> keys, boolean caps) {
    for (int k = 0; k < keys.size(); k++) {
      String key = caps ? keys.get(k).toUpperCase(Locale.ROOT) : keys.get(k);
      if (!key.equals(p.keys[i + k])) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasWordChar(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean startsUpper(String token) {
    return !token.isEmpty() && Character.isUpperCase(token.codePointAt(0));
  }

  private static void mark(boolean[] a, int from, int to) {
    for (int k = from; k < to; k++) {
      a[k] = true;
    }
  }

  private static boolean any(boolean[] a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (a[k]) {
        return true;
      }
    }
    return false;
  }
}
