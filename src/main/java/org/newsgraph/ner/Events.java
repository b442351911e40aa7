package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import opennlp.tools.util.Span;

/**
 * Sports events are named after a place, an organisation or a person and are none of them (CoNLL's MISC): "the
 * [U.S.] Open", "the [Monaco] Grand Prix", "the [UEFA] Cup", "the [Tour de France]", "the [Boston Marathon]". The
 * model tagged the place or the whole event, and document consistency then carried a "France" into every "Tour de
 * France". A capitalised run that ends in an event's closing word ("Open", "Cup", "Grand Prix", "Masters",
 * "Marathon", "Classic", "Trophy", "Championships", "Invitational"), with "of Nations" or "Winners ' Cup" after it,
 * and "Tour de X", "Tour of X", "Giro d'Italia": no span inside it is a name. So are fairs, festivals, awards, prizes,
 * the Olympics, expos and exhibitions ("the [Google] Science Fair", "the [Rhode Island] International Film Festival",
 * "the [Lindsey Morris] Prize", "the [Atlanta] Olympics", "the [Paris] Exposition"), not "Games" ("Epic Games" is a
 * company). So are treaties and accords (session 17: "the [Maastricht] treaty", "the [Oslo] accords", "the [Kyoto]
 * Protocol", "the Treaty of [Rome]"; CoNLL's MISC, OntoNotes' LAW). A span that the actor dictionary has as an
 * organisation stays ("Vanity Fair"). After document consistency.
 */
final class Events {
  private Events() {}

  private static final Set<String> CLOSING = Set.of("Open", "Cup", "Prix", "Masters", "Marathon", "Classic", "Trophy",
      "Championships", "Invitational", "Fair", "Festival", "Awards", "Prize", "Olympics", "Expo", "Exposition",
      "Exhibition", "Treaty", "Accord", "Accords", "Protocol", "Agreement");
  // treaties written in lower case after the place that names them: "the Maastricht treaty", "the Oslo accords"
  private static final Set<String> TREATIES = Set.of("treaty", "treaties", "accord", "accords", "protocol");
  // lower-case words inside an event's name before its closing word: "Tour of Flanders Classic", "Trofeo de la Vendimia Cup"
  private static final Set<String> INSIDE = Set.of("of", "de", "d'", "du", "des", "la", "del");
  // "AMF Men 's World Cup", "West Germany Women 's Chess Championships"
  private static final Set<String> GENDERED = Set.of("Men", "Women", "Ladies", "Boys", "Girls");

  static List<Span[]> drop(List<String[]> sentences, List<Span[]> spans) {
    List<Span[]> out = new ArrayList<>(spans.size());
    for (int i = 0; i < sentences.size(); i++) {
      String[] t = sentences.get(i);
      Span[] sp = spans.get(i);
      boolean[] event = events(t);
      List<Span> kept = new ArrayList<>(sp.length);
      for (Span s : sp) {
        boolean inside = true;
        for (int k = s.getStart(); k < s.getEnd(); k++) {
          inside &= event[k];
        }
        if (!inside || isOrganisation(t, s)) {
          kept.add(s);
        }
      }
      out.add(kept.size() == sp.length ? sp : kept.toArray(new Span[0]));
    }
    return out;
  }

  /**
   * "[Vanity Fair]" is a magazine: a span that ends in the closing word and that the actor dictionary has as an
   * organisation is no event (not "[UEFA] Cup": there the organisation is inside the event).
   */
  private static boolean isOrganisation(String[] t, Span s) {
    return CLOSING.contains(t[s.getEnd() - 1])
        && "ORG".equals(DictionaryNames.typeOf(String.join(" ", Arrays.asList(t).subList(s.getStart(), s.getEnd()))));
  }

  /** Which tokens belong to an event's name. */
  static boolean[] events(String[] t) {
    boolean[] event = new boolean[t.length];
    for (int k = 1; k < t.length; k++) {
      // "Davis Cup", "America 's Cup"
      boolean named = SpanSets.capitalised(t[k - 1])
          || k >= 2 && NerCorpus.isPossessive(t[k - 1]) && SpanSets.capitalised(t[k - 2]);
      if (CLOSING.contains(t[k]) && named) {
        int end = k + 1;
        // "Africa Cup of Nations", "European Cup Winners ' Cup"
        if (end + 1 < t.length && t[end].equals("of") && SpanSets.capitalised(t[end + 1])) {
          end += 2;
        } else if (end + 3 < t.length && t[end].equals("Winners") && t[end + 1].equals("'") && t[end + 2].equals("Cup")) {
          end += 3;
        }
        if (end < t.length && SpanSets.capitalised(t[end]) && !CLOSING.contains(t[end])) {
          continue; // the run goes on: "Open" or "Cup" is inside another name ("Open Society Foundations")
        }
        int start = named && !SpanSets.capitalised(t[k - 1]) ? k - 2 : k - 1; // "America 's Cup"; not "[Park] 's World Cup"
        while (start > 0 && (SpanSets.capitalised(t[start - 1])
            || start > 1 && INSIDE.contains(t[start - 1]) && SpanSets.capitalised(t[start - 2])
            || start > 1 && NerCorpus.isPossessive(t[start - 1]) && GENDERED.contains(t[start - 2]))) {
          start--;
        }
        mark(event, start, end);
      } else if (TREATIES.contains(t[k]) && SpanSets.capitalised(t[k - 1]) && !NerCorpus.isThe(t[k - 1])) {
        int start = k - 1;
        while (start > 0 && SpanSets.capitalised(t[start - 1]) && !NerCorpus.isThe(t[start - 1])) {
          start--;
        }
        if (!"ORG".equals(DictionaryNames.typeOf(DocConsistency.key(t, start, k)))) {
          mark(event, start, k); // but an organisation's treaty names it: "the [NATO] treaty"
        }
      } else if ((t[k - 1].equals("Tour") && (t[k].equals("de") || t[k].equals("of")) || t[k - 1].equals("Treaty")
          && t[k].equals("of")
          || t[k - 1].equals("Giro") && t[k].equals("d'")) && k + 1 < t.length && SpanSets.capitalised(t[k + 1])) {
        int end = k + 2;
        while (end < t.length && SpanSets.capitalised(t[end])) {
          end++;
        }
        mark(event, k - 1, end);
      }
    }
    return event;
  }

  private static void mark(boolean[] event, int start, int end) {
    for (int k = start; k < end; k++) {
      event[k] = true;
    }
  }
}
