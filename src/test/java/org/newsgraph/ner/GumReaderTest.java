package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** GUM's nested entity mentions become flat PER / ORG / LOC names. */
public class GumReaderTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  /** A CoNLL-U row: id, form, upos, head, misc (lemma, xpos, feats, deprel, deps left empty). */
  private static String row(int id, String form, String upos, int head, String misc) {
    return id + "\t" + form + "\t" + form + "\t" + upos + "\t_\t_\t" + head + "\tdep\t_\t" + misc;
  }

  private static List<String> tags(Path file) throws Exception {
    List<String> out = new ArrayList<>();
    for (NerCorpus.LabeledSentence s : NerCorpus.readGum(file).sentences) {
      out.add(String.join(" ", s.tags));
    }
    return out;
  }

  private Path write(String... rows) throws Exception {
    Path f = tmp.newFile("GUM_test.conllu").toPath();
    Files.writeString(f, String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
    return f;
  }

  @Test
  public void placeKeepsTheNameNestedInIt() throws Exception {
    // "Mexico City" is one place, not "Mexico" + "City"
    Path f = write(
        row(1, "It", "PRON", 2, "_"),
        row(2, "happened", "VERB", 0, "_"),
        row(3, "in", "ADP", 5, "_"),
        row(4, "Mexico", "PROPN", 5, "Entity=(1-place-new-nnnnn-cf1-1,2-sgl-Mexico_City(2-place-new-nnnnn-cf2-1-sgl-Mexico)"),
        row(5, "City", "PROPN", 2, "Entity=1)"),
        row(6, ".", "PUNCT", 2, "_"));
    assertEquals(List.of("O O O B-LOC I-LOC O"), tags(f));
  }

  @Test
  public void personLeavesOutTitleAndNestedPlace() throws Exception {
    Path f = write(
        row(1, "U.S.", "PROPN", 4, "Entity=(1-person-new-nnnnn-cf1-3,4-sgl-Donald_Trump(2-place-new-nnnnn-cf2-1-sgl-United_States)"),
        row(2, "President", "PROPN", 4, "_"),
        row(3, "Donald", "PROPN", 4, "_"),
        row(4, "Trump", "PROPN", 5, "Entity=1)"),
        row(5, "spoke", "VERB", 0, "_"),
        row(6, ".", "PUNCT", 5, "_"));
    assertEquals(List.of("B-LOC O B-PER I-PER O O"), tags(f));
  }

  @Test
  public void coordinatedNamesStayApart() throws Exception {
    // an organisation mention "the Irving School District and the Irving Police Department"
    Path f = write(
        row(1, "The", "DET", 4, "Entity=(1-organization-new-nnnnn-cf1-4-sgl(2-organization-new-nnnnn-cf2-4-sgl-Irving_ISD"),
        row(2, "Irving", "PROPN", 4, "Entity=(3-place-new-nnnnn-cf3-1-sgl-Irving)"),
        row(3, "School", "PROPN", 4, "_"),
        row(4, "District", "PROPN", 10, "Entity=2)"),
        row(5, "and", "CCONJ", 9, "_"),
        row(6, "the", "DET", 9, "Entity=(4-organization-new-nnnnn-cf4-4-sgl-Irving_PD"),
        row(7, "Irving", "PROPN", 9, "Entity=(5-place-new-nnnnn-cf5-1-sgl-Irving)"),
        row(8, "Police", "PROPN", 9, "_"),
        row(9, "Department", "PROPN", 4, "Entity=4)1)"),
        row(10, "agreed", "VERB", 0, "_"),
        row(11, ".", "PUNCT", 10, "_"));
    assertEquals(List.of("O B-ORG I-ORG I-ORG O O B-ORG I-ORG I-ORG O O"), tags(f));
  }

  @Test
  public void capitalisedCommonNounIsNoPerson() throws Exception {
    Path f = write(
        row(1, "Co-founder", "NOUN", 0, "Entity=(1-person-new-nnnnn-cf1-1-sgl-Larry_Page"),
        row(2, "of", "ADP", 3, "_"),
        row(3, "Google", "PROPN", 1, "Entity=(2-organization-new-nnnnn-cf2-1-sgl-Google)1)"));
    assertEquals(List.of("O O B-ORG"), tags(f));
  }
}
