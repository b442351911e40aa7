package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code tag --format=conll}: one output line per input line, blank lines kept, IOB2 tags only. */
public class TagCommandTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  private static final Set<String> TAGS = Set.of("O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC");

  @Test
  public void conllContractLineByLine() throws Exception {
    Path in = NerEvalTest.resource("tag-input.conll");
    Path out = tmp.getRoot().toPath().resolve("out.conll");
    assertEquals(0, TagCommand.run(new String[] {"--format=conll", "--input=" + in, "--output=" + out}));
    List<String> inLines = Files.readAllLines(in, StandardCharsets.UTF_8);
    List<String> outLines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertEquals(inLines.size(), outLines.size());
    String prev = "O";
    for (int i = 0; i < inLines.size(); i++) {
      String src = inLines.get(i);
      String got = outLines.get(i);
      if (src.isBlank()) {
        assertEquals("line " + (i + 1), "", got);
        prev = "O";
        continue;
      }
      String[] cols = got.split("\t", -1);
      assertEquals("line " + (i + 1) + ": " + got, 2, cols.length);
      assertEquals("line " + (i + 1), src.strip().split("\\s+")[0], cols[0]);
      assertTrue("line " + (i + 1) + ": " + got, TAGS.contains(cols[1]));
      if (cols[1].startsWith("I-")) {
        assertTrue("I- must continue a name of its type at line " + (i + 1), prev.substring(Math.min(2, prev.length())).equals(cols[1].substring(2)));
      }
      prev = cols[1];
    }
    assertEquals("-DOCSTART-\tO", outLines.get(0));
    String all = String.join("\n", outLines);
    assertTrue(all, all.contains("Vladimir\tB-PER\nPutin\tI-PER"));
    assertTrue(all, all.contains("Budapest\tB-LOC"));
  }

  @Test
  public void textFormatPrintsOffsets() throws Exception {
    Path in = tmp.getRoot().toPath().resolve("a.txt");
    String text = "Russian President Vladimir Putin met Donald Trump in Budapest.";
    Files.writeString(in, text);
    Path out = tmp.getRoot().toPath().resolve("out.tsv");
    assertEquals(0, TagCommand.run(new String[] {"--format=text", "--input=" + in, "--output=" + out}));
    List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(lines.toString(), lines.contains("a.txt\t18\t32\tPER\tVladimir Putin"));
    for (String l : lines) {
      String[] c = l.split("\t");
      assertEquals(c[4], text.substring(Integer.parseInt(c[1]), Integer.parseInt(c[2])));
    }
  }

  @Test
  public void missingInputIsUsageError() {
    assertEquals(2, TagCommand.run(new String[] {"--format=conll", "--input=/nonexistent/file"}));
    assertEquals(2, TagCommand.run(new String[] {"--format=xml", "--input=x"}));
  }
}
