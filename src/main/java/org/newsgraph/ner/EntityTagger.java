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
  private final NameFinderME stage1; // first stage of a stacked model, else null
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
    Stage1Model first = Stage1Model.in(model);
    this.stage1 = first == null ? null : new NameFinderME(first.model());
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
    List<String[]> read = new ArrayList<>(sentences.size());
    for (String[] s : sentences) {
      read.add(truecase && Truecaser.inCapitals(s) ? Truecaser.shipped().restore(s) : s);
    }
    List<Span[]> out;
    if (stage1 == null) {
      out = find(finder, read);
    } else {
      // stacked: the second stage reads what the first said about the whole document
      DocLabels.setCurrent(new DocLabels(read, find(stage1, read)));
      try {
        out = find(finder, read);
      } finally {
        DocLabels.setCurrent(null);
      }
    }
    return consistency ? DocConsistency.apply(read, out) : out;
  }

  /** One pass of a model over a document (adaptive data cleared before and after). */
  private static List<Span[]> find(NameFinderME f, List<String[]> read) {
    f.clearAdaptiveData();
    List<Span[]> out = new ArrayList<>(read.size());
    for (String[] t : read) {
      out.add(t.length == 0 ? new Span[0] : stripDeterminer(t, f.find(t)));
    }
    f.clearAdaptiveData();
    return out;
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
