package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
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
    Path config = NerEvalTest.resource("tiny-config.properties");
    Path model = tmp.getRoot().toPath().resolve("tiny.bin");
    int rc = TrainCommand.run(new String[] {
        "--config=" + config, "--corpora=" + config.getParent(), "--output=" + model});
    assertEquals(0, rc);
    assertTrue(Files.size(model) > 1000);
    TokenNameFinderModel m = NerModels.load(model);
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
