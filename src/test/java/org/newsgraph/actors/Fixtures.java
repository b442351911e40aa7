package org.newsgraph.actors;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.TextAnalyzer;

/** The test dictionary and real tokenization, shared by the actor tests (run one at a time). */
final class Fixtures {
  static final ActorDictionary DICTIONARY = ActorDictionary.load(List.of(path("fixture-actors.jsonl").toString()), true);
  static final MentionFinder FINDER = new MentionFinder(DICTIONARY);
  static final TextAnalyzer ANALYZER = new TextAnalyzer();

  private Fixtures() {}

  static Path path(String resource) {
    try {
      return Path.of(Fixtures.class.getResource(resource).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Sentence> analyze(String text) {
    return ANALYZER.analyze(text);
  }

  /** A model span over the first occurrence of {@code words} (space-separated tokens) in sentence {@code s}. */
  static NameSpan span(List<Sentence> sentences, int s, String words, ActorType type) {
    String[] w = words.split(" ");
    String[] tokens = sentences.get(s).tokens;
    for (int i = 0; i + w.length <= tokens.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(tokens, i, i + w.length), w)) {
        return new NameSpan(s, i, i + w.length, type, 0.9);
      }
    }
    throw new AssertionError("no '" + words + "' in " + Arrays.toString(tokens));
  }
}
