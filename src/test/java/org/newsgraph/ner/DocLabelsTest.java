package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.Test;

/** The second stage's view of a document: majority labels of tokens and names from the first stage. */
public class DocLabelsTest {
  private static String[] t(String s) {
    return s.split(" ");
  }

  private static DocLabels doc() {
    List<String[]> s = List.of(t("Tom Cruise met Jordan ."), t("Jordan said Cruise left Jordan ."), t("Jordan spoke ."));
    List<Span[]> p = new ArrayList<>();
    p.add(new Span[] {new Span(0, 2, "PER"), new Span(3, 4, "LOC")});
    p.add(new Span[] {new Span(0, 1, "PER"), new Span(4, 5, "PER")});
    p.add(new Span[] {new Span(0, 1, "PER")});
    return new DocLabels(s, p);
  }

  @Test
  public void tokenAndNameTakeTheirMajorityType() {
    // "Jordan": PER three times, LOC once
    List<List<String>> f = doc().features(t("Jordan and Tom Cruise"));
    assertEquals(List.of("dlt=PER", "dle=PER", "dle=PER:B"), f.get(0));
    assertEquals(List.of(), f.get(1));
    assertEquals(List.of("dlt=PER", "dle=PER", "dle=PER:B", "dls=PER"), f.get(2));
    // "Cruise": inside the longest known name "Tom Cruise"
    assertEquals(List.of("dlt=PER", "dle=PER", "dle=PER:I", "dls=PER"), f.get(3));
  }

  @Test
  public void unnamedTokensGetNothing() {
    List<List<String>> f = doc().features(t("met said ."));
    for (List<String> x : f) {
      assertTrue(x.isEmpty());
    }
  }

  @Test
  public void generatorReadsTheCurrentDocumentOnly() {
    DocLabelFeatureGeneratorFactory.Gen g = new DocLabelFeatureGeneratorFactory.Gen(true);
    String[] s = t("Jordan spoke");
    List<String> out = new ArrayList<>();
    g.createFeatures(out, s, 0, new String[0]);
    assertTrue(out.isEmpty());
    DocLabels.setCurrent(doc());
    try {
      g.createFeatures(out, s, 0, new String[0]);
    } finally {
      DocLabels.setCurrent(null);
    }
    assertEquals(List.of("dlt=PER", "dle=PER", "dle=PER:B"), out);
  }

  @Test
  public void tokenMajorityCanBeLeftOut() {
    DocLabelFeatureGeneratorFactory.Gen g = new DocLabelFeatureGeneratorFactory.Gen(false);
    List<String> out = new ArrayList<>();
    DocLabels.setCurrent(doc());
    try {
      g.createFeatures(out, t("Jordan spoke"), 0, new String[0]);
    } finally {
      DocLabels.setCurrent(null);
    }
    assertEquals(List.of("dle=PER", "dle=PER:B"), out);
  }
}
