package org.newsgraph.aggregate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.newsgraph.actors.Mention;

/**
 * Who is mentioned with whom in one article: every unordered pair of distinct actors sharing a
 * sentence (counted once per sentence) and sharing the article (counted once).
 *
 * <p>Only counted mentions take part: an adjectival "Russian" beside "Putin" locates the person,
 * it does not make Russia a second actor of the sentence.
 */
public final class CoMentions {
  private CoMentions() {}

  /** One pair in one article; ids ordered so that {@code actorIdA < actorIdB}. */
  public static final class Pair {
    public final String actorIdA;
    public final String actorA;
    public final String actorIdB;
    public final String actorB;
    public final long sentences;

    Pair(Mention a, Mention b, long sentences) {
      this.actorIdA = a.actorId;
      this.actorA = a.actor;
      this.actorIdB = b.actorId;
      this.actorB = b.actor;
      this.sentences = sentences;
    }
  }

  /** The pairs of an article, ordered by ids; {@code sentences} may be 0 (same article only). */
  public static List<Pair> of(List<Mention> mentions) {
    // actor id -> a representative mention (for the name); sentence -> actor ids in it
    TreeMap<String, Mention> actors = new TreeMap<>();
    Map<Integer, TreeSet<String>> bySentence = new HashMap<>();
    for (Mention m : mentions) {
      if (!m.counts()) {
        continue;
      }
      actors.putIfAbsent(m.actorId, m);
      bySentence.computeIfAbsent(m.sentence, s -> new TreeSet<>()).add(m.actorId);
    }
    Map<String, Long> sentenceCounts = new HashMap<>();
    for (TreeSet<String> ids : bySentence.values()) {
      String[] a = ids.toArray(new String[0]);
      for (int i = 0; i < a.length; i++) {
        for (int j = i + 1; j < a.length; j++) {
          sentenceCounts.merge(a[i] + '\u0001' + a[j], 1L, Long::sum);
        }
      }
    }
    List<Pair> pairs = new ArrayList<>();
    List<Mention> ordered = new ArrayList<>(actors.values());
    for (int i = 0; i < ordered.size(); i++) {
      for (int j = i + 1; j < ordered.size(); j++) {
        Mention a = ordered.get(i);
        Mention b = ordered.get(j);
        long s = sentenceCounts.getOrDefault(a.actorId + '\u0001' + b.actorId, 0L);
        pairs.add(new Pair(a, b, s));
      }
    }
    return pairs;
  }
}
