package org.newsgraph.ner;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code train} on a tiny corpus: seconds, and the model (with its cluster table) saves and loads. */
public class TrainCommandTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void trainsSavesAndReloadsATinyModel() throws Exception {
    TokenNameFinderModel m = trainTiny();
    assertNull(m.getManifestProperty("AdaGrad-Parameters"));
    assertTagsNames(m);
  }

  @Test
  public void trainsATinyModelWithTheAdaGradTrainer() throws Exception {
    TokenNameFinderModel m = trainTiny("--cfg.trainer.Algorithm=" + AdaGradTrainer.class.getName(),
        "--cfg.trainer.Epochs=15", "--cfg.trainer.L2=0.5");
    assertTrue(m.getManifestProperty("AdaGrad-Parameters").contains("Epochs=15"));
    assertTagsNames(m);
  }

  @Test
  public void trainsATinyStackedModelThatCarriesItsFirstStage() throws Exception {
    TokenNameFinderModel m = trainTiny("--cfg.stacked.features=tiny-features-stacked.xml", "--cfg.stacked.folds=2");
    assertNotNull(Stage1Model.in(m));
    assertNull(Stage1Model.in(Stage1Model.in(m).model()));
    assertTagsNames(m);
    assertNull("the document is unset after tagging", DocLabels.current());
  }

  @Test
  public void trainsATinyCrfThatTagsTheSameAfterReloading() throws Exception {
    TokenNameFinderModel m = trainTiny("--cfg.trainer.Algorithm=crf", "--cfg.trainer.Epochs=10", "--cfg.trainer.AverageFrom=5");
    assertTrue(m.getNameFinderSequenceModel() instanceof CrfModel);
    assertEquals(0, ((CrfModel) m.getNameFinderSequenceModel()).edgeFeatures());
    assertTrue(m.getManifestProperty("CRF-Parameters").contains("Epochs=10"));
    assertTagsTheSameAfterSavingAgain(m);
  }

  @Test
  public void trainsATinyCrfWithTransitionsThatDependOnTheTokens() throws Exception {
    TokenNameFinderModel m = trainTiny("--cfg.trainer.Algorithm=crf", "--cfg.trainer.Epochs=10",
        "--cfg.trainer.EdgeFeatures=wc|p1wc");
    assertTrue(((CrfModel) m.getNameFinderSequenceModel()).edgeFeatures() > 0);
    assertTrue(m.getManifestProperty("CRF-Parameters").contains("EdgeFeatures=wc|p1wc"));
    assertTagsTheSameAfterSavingAgain(m);
  }

  @Test
  public void trainsATinyCrfWithWordDropout() throws Exception {
    TokenNameFinderModel m = trainTiny("--cfg.trainer.Algorithm=crf", "--cfg.trainer.Epochs=10",
        "--cfg.trainer.WordDropout=0.2");
    assertTrue(m.getManifestProperty("CRF-Parameters").contains("WordDropout=0.2"));
    assertTagsTheSameAfterSavingAgain(m);
  }

  @Test
  public void wordDropoutTakesOnlyAWordsOwnFeatures() {
    String[] names = {"w=paris", "p1w=in", "suf=is", "c100=7", "n1c100=3", "pw,w=in,Paris", "lp=LOC-hi-B"};
    boolean[] identity = CrfTrainer.identityFeatures(names);
    assertArrayEquals(new boolean[] {true, false, false, true, false, true, true}, identity);
    int[][] sentence = {{0, 1, 2, 3, 4, 5, 6}, {0, 2}};
    int[][] dropped = CrfTrainer.withoutWords(sentence, identity, 0.999, new java.util.Random(1));
    assertArrayEquals(new int[] {1, 2, 4}, dropped[0]);
    assertArrayEquals(new int[] {2}, dropped[1]);
    assertArrayEquals("the corpus itself is left as it was", new int[] {0, 1, 2, 3, 4, 5, 6}, sentence[0]);
    assertTrue(CrfTrainer.withoutWords(sentence, identity, 0, new java.util.Random(1)) == sentence);
  }

  private void assertTagsTheSameAfterSavingAgain(TokenNameFinderModel m) throws Exception {
    assertTagsNames(m);
    // saved again and read back: the same spans with the same probabilities
    Path again = tmp.getRoot().toPath().resolve("again.bin");
    try (OutputStream os = Files.newOutputStream(again)) {
      m.serialize(os);
    }
    List<String[]> doc = List.<String[]>of("Angela Merkel met Vladimir Putin in Paris .".split(" "),
        "Merkel flew back to Berlin on Monday .".split(" "));
    List<Span[]> first = new EntityTagger(m).tagTokens(doc);
    List<Span[]> second = new EntityTagger(NerModels.load(again)).tagTokens(doc);
    for (int i = 0; i < doc.size(); i++) {
      assertArrayEquals(first.get(i), second.get(i));
      for (int k = 0; k < first.get(i).length; k++) {
        assertEquals(first.get(i)[k].getProb(), second.get(i)[k].getProb(), 1e-12);
        assertTrue(first.get(i)[k].getProb() > 0 && first.get(i)[k].getProb() <= 1);
      }
    }
  }

  /** Trains on the tiny corpus (extra arguments appended), saves, and loads the model back. */
  private TokenNameFinderModel trainTiny(String... extra) throws Exception {
    return NerModels.load(trainTinyFile(extra));
  }

  private Path trainTinyFile(String... extra) throws Exception {
    Path config = NerEvalTest.resource("tiny-config.properties");
    Path model = tmp.getRoot().toPath().resolve("tiny.bin");
    List<String> args = new ArrayList<>(List.of("--config=" + config, "--corpora=" + config.getParent(), "--output=" + model));
    args.addAll(List.of(extra));
    assertEquals(0, TrainCommand.run(args.toArray(new String[0])));
    assertTrue(Files.size(model) > 1000);
    return model;
  }

  private static void assertTagsNames(TokenNameFinderModel m) {
    EntityTagger tagger = new EntityTagger(m);
    List<Span[]> spans = tagger.tagTokens(List.<String[]>of("Angela Merkel met Vladimir Putin in Paris .".split(" ")));
    assertTrue(spans.get(0).length >= 2);
    assertEquals("PER", spans.get(0)[0].getType());
  }

  @Test
  public void saysWhetherItRebuiltTheShippedModel() throws Exception {
    Path tiny = trainTinyFile("--cfg.trainer.Algorithm=crf", "--cfg.trainer.Epochs=2");
    String verdict = TrainCommand.againstShipped(tiny);
    assertTrue(verdict, verdict.startsWith("differs from the shipped model in "));
    assertTrue(verdict, verdict.contains("nameFinder.model"));
    Path shipped = tmp.getRoot().toPath().resolve("shipped.bin");
    try (InputStream in = NerModels.class.getResourceAsStream(NerModels.SHIPPED)) {
      Files.copy(in, shipped);
    }
    assertEquals("identical to the shipped model (all entries but the manifest)", TrainCommand.againstShipped(shipped));
  }

  @Test
  public void digestsLeaveOutTheManifestAndNameEveryOtherEntry() throws Exception {
    Map<String, String> a = ModelDigest.of(new ByteArrayInputStream(zip("manifest.properties", "t=1", "w.model", "x")));
    Map<String, String> b = ModelDigest.of(new ByteArrayInputStream(zip("manifest.properties", "t=2", "w.model", "x")));
    Map<String, String> c = ModelDigest.of(new ByteArrayInputStream(zip("w.model", "y", "c.clusters", "z")));
    assertEquals(List.of("w.model"), List.copyOf(a.keySet()));
    assertTrue(ModelDigest.differences(a, b).isEmpty());
    assertEquals(List.of("c.clusters", "w.model"), List.copyOf(ModelDigest.differences(a, c)));
  }

  private static byte[] zip(String... namesAndTexts) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(bytes)) {
      for (int i = 0; i < namesAndTexts.length; i += 2) {
        z.putNextEntry(new ZipEntry(namesAndTexts[i]));
        z.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  @Test
  public void missingCorpusIsAnError() throws Exception {
    Path config = NerEvalTest.resource("tiny-config.properties");
    int rc = TrainCommand.run(new String[] {
        "--config=" + config, "--corpora=" + tmp.getRoot(), "--output=" + tmp.getRoot().toPath().resolve("x.bin")});
    assertTrue(rc != 0);
  }
}
