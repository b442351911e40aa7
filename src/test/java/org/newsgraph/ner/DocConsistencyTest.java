package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** One sense per document: one type per name, missed repeats and surnames tagged, partial spans grown. */
public class DocConsistencyTest {
  private static String[] t(String s) {
    return s.split(" ");
  }

  private static String render(List<String[]> sents, List<Span[]> spans) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sents.size(); i++) {
      b.append(String.join(" ", IobTags.fromSpans(spans.get(i), sents.get(i).length))).append(" | ");
    }
    return b.toString();
  }

  @Test
  public void surnameAndRepeatsFollowTheFullName() {
    List<String[]> s = List.of(t("Emmanuel Macron met Merkel in Berlin ."), t("Macron left Berlin ."), t("Merkel stayed ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER", 0.9), new Span(3, 4, "PER", 0.8), new Span(5, 6, "LOC", 0.9)});
    p.add(new Span[0]);
    p.add(new Span[] {new Span(0, 1, "LOC", 0.4)});
    String out = render(s, DocConsistency.apply(s, p));
    assertEquals("B-PER I-PER O B-PER O B-LOC O | B-PER O B-LOC O | B-PER O O | ", out);
  }

  @Test
  public void partialSpanGrowsToTheKnownName() {
    List<String[]> s = List.of(t("Tom Cruise spoke ."), t("the Tom Cruise video"));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER", 0.9)});
    p.add(new Span[] {new Span(1, 2, "PER", 0.6)});
    assertEquals("B-PER I-PER O O | O B-PER I-PER O | ", render(s, DocConsistency.apply(s, p)));
  }
}
