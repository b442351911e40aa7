package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newsgraph.actors.ActorType;
import org.newsgraph.nlp.NameSpan;
import org.newsgraph.nlp.Sentence;

/**
 * Finds PER / ORG / LOC names in one article at a time. Wraps an OpenNLP {@link NameFinderME}
 * and is therefore not thread-safe: make one per {@code DoFn} instance (or thread) from a shared
 * model. Each call to a {@code tag} method is one document: adaptive data is cleared first, and
 * names are then made consistent across the document ({@link DocConsistency}).
 */
public final class EntityTagger {
  private final NameFinderME finder;
  private final boolean consistency;
  private final boolean truecase;

  /** A tagger on the shipped model. */
  public EntityTagger() {
    this(NerModels.shipped());
  }

  public EntityTagger(TokenNameFinderModel model) {
    this(model, true);
  }

  public EntityTagger(TokenNameFinderModel model, boolean documentConsistency) {
    this(model, documentConsistency, true);
  }

  /** {@code truecase = false} tags sentences in capitals as written (for measuring). */
  public EntityTagger(TokenNameFinderModel model, boolean documentConsistency, boolean truecase) {
    this.finder = new NameFinderME(model);
    this.consistency = documentConsistency;
    this.truecase = truecase;
  }

  /** The names of one article, sentence by sentence, in text order. */
  public List<NameSpan> tag(List<Sentence> sentences) {
    List<String[]> toks = new ArrayList<>(sentences.size());
    for (Sentence s : sentences) {
      toks.add(s.tokens);
    }
    List<Span[]> spans = tagTokens(toks);
    List<NameSpan> out = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      for (Span sp : spans.get(i)) {
        out.add(new NameSpan(sentences.get(i).index, sp.getStart(), sp.getEnd(), actorType(sp.getType()), sp.getProb()));
      }
    }
    return out;
  }

  /**
   * Spans (type PER / ORG / LOC) for each sentence of one document. Sentences in capitals are
   * tagged in their usual casing ({@link Truecaser}); spans are token indices either way.
   */
  public List<Span[]> tagTokens(List<String[]> sentences) {
    finder.clearAdaptiveData();
    List<String[]> read = new ArrayList<>(sentences.size());
    List<Span[]> out = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      String[] t = truecase && Truecaser.inCapitals(s) ? Truecaser.shipped().restore(s) : s;
      read.add(t);
      out.add(t.length == 0 ? new Span[0] : stripDeterminer(t, finder.find(t)));
    }
    finder.clearAdaptiveData();
    return consistency ? DocConsistency.apply(read, out) : out;
  }

  /** Names start after a leading "the" ("the [United Nations]"), as in CoNLL-style annotation. */
  static Span[] stripDeterminer(String[] tokens, Span[] spans) {
    int drop = 0;
    for (int i = 0; i < spans.length; i++) {
      Span sp = spans[i];
      if (sp.length() >= 2 && NerCorpus.isThe(tokens[sp.getStart()])) {
        spans[i] = sp = new Span(sp.getStart() + 1, sp.getEnd(), sp.getType(), sp.getProb());
      }
      // a lone nationality adjective ("Russian President ...") is not a name
      if (sp.length() == 1 && NerCorpus.isDemonym(tokens[sp.getStart()])) {
        spans[i] = null;
        drop++;
      }
    }
    if (drop == 0) {
      return spans;
    }
    Span[] out = new Span[spans.length - drop];
    int k = 0;
    for (Span sp : spans) {
      if (sp != null) {
        out[k++] = sp;
      }
    }
    return out;
  }

  public static ActorType actorType(String type) {
    switch (type) {
      case "PER":
        return ActorType.PERSON;
      case "ORG":
        return ActorType.ORGANIZATION;
      case "LOC":
        return ActorType.LOCATION;
      default:
        throw new IllegalArgumentException("unknown name type " + type);
    }
  }
}
