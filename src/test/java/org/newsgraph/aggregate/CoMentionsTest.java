package org.newsgraph.aggregate;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.Test;
import org.newsgraph.actors.Mention;

public class CoMentionsTest {
  static Mention m(String id, String name, String kind, int sentence) {
    return new Mention("a", id, name, "PERSON", kind, name, sentence, 0, 1);
  }

  static String describe(List<CoMentions.Pair> pairs) {
    return pairs.stream()
        .map(p -> p.actorA + "+" + p.actorB + ":" + p.sentences)
        .collect(Collectors.joining(" "));
  }

  @Test
  public void countsSentencesOncePerSentenceAndPairsEveryActorOfTheArticle() {
    List<Mention> mentions =
        List.of(
            m("Q1", "Putin", "name", 0),
            m("Q2", "Trump", "name", 0),
            m("Q1", "Putin", "surname", 0), // twice in one sentence: still one sentence
            m("Q2", "Trump", "surname", 1),
            m("Q1", "Putin", "surname", 1),
            m("Q3", "Hungary", "name", 2));
    assertEquals("Putin+Trump:2 Putin+Hungary:0 Trump+Hungary:0", describe(CoMentions.of(mentions)));
  }

  @Test
  public void adjectivalMentionsDoNotPair() {
    List<Mention> mentions = List.of(m("Q159", "Russia", "adjectival", 0), m("Q1", "Putin", "name", 0));
    assertEquals("", describe(CoMentions.of(mentions)));
  }

  @Test
  public void idsAreOrderedWithinEachPair() {
    List<Mention> mentions = List.of(m("Q9", "Z", "name", 0), m("Q10", "A", "name", 0));
    CoMentions.Pair p = CoMentions.of(mentions).get(0);
    assertEquals("Q10", p.actorIdA);
    assertEquals("Q9", p.actorIdB);
  }
}
