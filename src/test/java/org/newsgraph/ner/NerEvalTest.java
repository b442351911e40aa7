package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** conlleval counting on a hand-written gold / predicted pair with known answers. */
public class NerEvalTest {
  static Path resource(String name) throws URISyntaxException {
    return Path.of(NerEvalTest.class.getResource(name).toURI());
  }

  private static NerEval score(Path gold, Path pred) throws Exception {
    Map<String, String> m = Map.of("PER", "PER", "ORG", "ORG", "LOC", "LOC");
    List<NerCorpus.Doc> g = NerCorpus.readConll(gold, 0, -1, m, 0);
    List<NerCorpus.Doc> p = NerCorpus.readConll(pred, 0, -1, m, 0);
    NerEval ev = new NerEval();
    for (int d = 0; d < g.size(); d++) {
      for (int s = 0; s < g.get(d).sentences.size(); s++) {
        ev.add(g.get(d).sentences.get(s).spans(), p.get(d).sentences.get(s).spans());
      }
    }
    return ev;
  }

  @Test
  public void countsExactSpanAndType() throws Exception {
    NerEval ev = score(resource("eval-gold.conll"), resource("eval-pred.conll"));
    // overall: 7 found, 6 gold, 4 correct
    assertEquals(4, ev.counts[3][0]);
    assertEquals(7, ev.counts[3][1]);
    assertEquals(6, ev.counts[3][2]);
    assertEquals(4 / 7.0, ev.precision(3), 1e-9);
    assertEquals(4 / 6.0, ev.recall(3), 1e-9);
    assertEquals(8 / 13.0, ev.f1(), 1e-9);
    assertEquals(0.5, ev.f1(0), 1e-9); // PER: Trump alone is a wrong span
    assertEquals(0.5, ev.f1(1), 1e-9); // ORG: "The" is spurious, United Nations has the wrong type
    assertEquals(0.8, ev.f1(2), 1e-9); // LOC: P 2/3, R 1
  }

  @Test
  public void evalCommandScoresATaggedFile() throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    int rc;
    try {
      System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
      rc = EvalCommand.run(new String[] {
          "--input=" + resource("eval-gold.conll"), "--predicted=" + resource("eval-pred.conll")});
    } finally {
      System.setOut(old);
    }
    assertEquals(0, rc);
    String out = buf.toString(StandardCharsets.UTF_8);
    org.junit.Assert.assertTrue(out, out.contains("overall     0.5714    0.6667    0.6154"));
  }

  @Test
  public void iobDecodingFollowsConlleval() {
    // an I- after O or after another type starts a new name
    String[] tags = {"I-PER", "I-PER", "O", "I-LOC", "B-LOC", "I-ORG"};
    opennlp.tools.util.Span[] s = IobTags.toSpans(tags);
    assertEquals(4, s.length);
    assertEquals("PER", s[0].getType());
    assertEquals(2, s[0].length());
  }

  @Test
  public void usageErrorIsExitTwo() {
    assertEquals(2, EvalCommand.run(new String[0]));
    assertEquals(2, TagCommand.run(new String[0]));
    assertEquals(2, TrainCommand.run(new String[0]));
  }
}
