package org.newsgraph.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;
import org.newsgraph.nlp.Sentence;

/**
 * Finds dictionary surface forms (names, aliases, adjectives) in tokenized sentences.
 *
 * <p>A trie over {@link Pieces} keys, built once per dictionary; each sentence is scanned once,
 * left to right, taking the longest form starting at each word start and jumping past it.
 *
 * <p>Case rules:
 * <ul>
 *   <li>Forms match with their exact case, so {@code US} never matches {@code us}.
 *   <li>Forms without any upper-case letter are not indexed at all: lower-case common words never
 *       match.
 *   <li>Forms with lower-case letters ({@code Kyiv}) also match in ALL CAPS ({@code KYIV}) in a
 *       headline (a sentence mostly in capitals), or elsewhere when the match has at least 4
 *       letters (datelines like {@code KYIV, Ukraine}); an exact-case form of the same text wins.
 * </ul>
 * When two actors share a form, the canonical name beats an alias which beats an adjective, then
 * the actor loaded first wins.
 *
 * <p>Immutable after construction and thread-safe: share one per JVM.
 */
public final class DictionaryMatcher {
  /** ALL-CAPS matches outside headlines need this many letters (so {@code WHO} ≠ {@code Who}). */
  static final int MIN_CAPS_LETTERS = 4;

  private final Node root = new Node();
  private final ActorDictionary dictionary;

  public DictionaryMatcher(ActorDictionary dictionary) {
    this.dictionary = dictionary;
    for (Actor a : dictionary.actors()) {
      add(a, a.name, DictionaryHit.NAME);
      for (String s : a.aliases) {
        add(a, s, DictionaryHit.ALIAS);
      }
      for (String s : a.adjectives) {
        add(a, s, DictionaryHit.ADJECTIVAL);
      }
    }
  }

  public ActorDictionary dictionary() {
    return dictionary;
  }

  /** Hits of all sentences, in text order. */
  public List<DictionaryHit> match(List<Sentence> sentences) {
    List<DictionaryHit> out = new ArrayList<>();
    for (Sentence s : sentences) {
      out.addAll(match(s));
    }
    return out;
  }

  /** Hits of one sentence, in text order, not overlapping. */
  public List<DictionaryHit> match(Sentence s) {
    return match(s, Pieces.of(s));
  }

  List<DictionaryHit> match(Sentence s, Pieces p) {
    List<DictionaryHit> out = new ArrayList<>(4);
    boolean headline = isHeadline(s);
    int i = 0;
    while (i < p.size) {
      if (!p.startOk(i)) {
        i++;
        continue;
      }
      Node node = root;
      Entry best = null;
      int bestEnd = -1;
      int letters = 0;
      for (int j = i; j < p.size; j++) {
        node = node.children == null ? null : node.children.get(p.keys[j]);
        if (node == null) {
          break;
        }
        if (p.word[j]) {
          letters += p.keys[j].length();
        }
        Entry e = node.exact != null
            ? node.exact
            : (node.caps != null && (headline || letters >= MIN_CAPS_LETTERS) ? node.caps : null);
        if (e != null && p.endOk(j + 1)) {
          best = e;
          bestEnd = j + 1;
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      out.add(new DictionaryHit(
          s.index, p.tokens[i], p.tokens[bestEnd - 1] + 1, p.begins[i], p.ends[bestEnd - 1], best.actor, best.kind));
      i = bestEnd;
    }
    return out;
  }

  /** A headline: at least 3 words of 2+ letters, 80% of them without lower-case letters. */
  static boolean isHeadline(Sentence s) {
    int words = 0;
    int caps = 0;
    for (String t : s.tokens) {
      int letters = 0;
      boolean lower = false;
      for (int k = 0; k < t.length(); k++) {
        char c = t.charAt(k);
        if (Character.isLetter(c)) {
          letters++;
          lower |= Character.isLowerCase(c);
        }
      }
      if (letters >= 2) {
        words++;
        if (!lower) {
          caps++;
        }
      }
    }
    return words >= 3 && caps * 5 >= words * 4;
  }

  private void add(Actor a, String form, String kind) {
    if (!hasUpper(form)) {
      return;
    }
    List<String> keys = Pieces.keysOf(form);
    if (keys.isEmpty()) {
      return;
    }
    Entry e = new Entry(a, kind);
    Node n = walk(keys);
    n.exact = better(n.exact, e);
    if (hasLower(form)) {
      List<String> upper = new ArrayList<>(keys.size());
      for (String k : keys) {
        upper.add(k.toUpperCase(Locale.ROOT));
      }
      Node u = walk(upper);
      u.caps = better(u.caps, e);
    }
  }

  private Node walk(List<String> keys) {
    Node n = root;
    for (String k : keys) {
      if (n.children == null) {
        n.children = new HashMap<>(4);
      }
      n = n.children.computeIfAbsent(k, x -> new Node());
    }
    return n;
  }

  /** Name beats alias beats adjective; on a tie the entry already there (loaded first) stays. */
  private static Entry better(@Nullable Entry old, Entry e) {
    return old == null || rank(e.kind) < rank(old.kind) ? e : old;
  }

  private static int rank(String kind) {
    switch (kind) {
      case DictionaryHit.NAME:
        return 0;
      case DictionaryHit.ALIAS:
        return 1;
      default:
        return 2;
    }
  }

  private static boolean hasUpper(String s) {
    return s.codePoints().anyMatch(Character::isUpperCase);
  }

  private static boolean hasLower(String s) {
    return s.codePoints().anyMatch(Character::isLowerCase);
  }

  // Written only in the constructor, read-only afterwards: safe to share once published.
  private static final class Node {
    @Nullable Map<String, Node> children;
    @Nullable Entry exact;
    @Nullable Entry caps;
  }

  private static final class Entry {
    final Actor actor;
    final String kind;

    Entry(Actor actor, String kind) {
      this.actor = actor;
      this.kind = kind;
    }
  }
}
