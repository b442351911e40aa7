package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

  /** Trains on the tiny corpus (extra arguments appended), saves, and loads the model back. */
  private TokenNameFinderModel trainTiny(String... extra) throws Exception {
    Path config = NerEvalTest.resource("tiny-config.properties");
    Path model = tmp.getRoot().toPath().resolve("tiny.bin");
    List<String> args = new ArrayList<>(List.of("--config=" + config, "--corpora=" + config.getParent(), "--output=" + model));
    args.addAll(List.of(extra));
    assertEquals(0, TrainCommand.run(args.toArray(new String[0])));
    assertTrue(Files.size(model) > 1000);
    return NerModels.load(model);
  }

  private static void assertTagsNames(TokenNameFinderModel m) {
    EntityTagger tagger = new EntityTagger(m);
    List<Span[]> spans = tagger.tagTokens(List.<String[]>of("Angela Merkel met Vladimir Putin in Paris .".split(" ")));
    assertTrue(spans.get(0).length >= 2);
    assertEquals("PER", spans.get(0)[0].getType());
  }

  @Test
  public void missingCorpusIsAnError() throws Exception {
    Path config = NerEvalTest.resource("tiny-config.properties");
    int rc = TrainCommand.run(new String[] {
        "--config=" + config, "--corpora=" + tmp.getRoot(), "--output=" + tmp.getRoot().toPath().resolve("x.bin")});
    assertTrue(rc != 0);
  }
}
