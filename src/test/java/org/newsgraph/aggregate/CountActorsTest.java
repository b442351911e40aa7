package org.newsgraph.aggregate;

import java.util.List;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollection;
import org.junit.Rule;
import org.junit.Test;
import org.newsgraph.actors.Mention;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.ArticleRecord;

public class CountActorsTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  static AnalyzedArticle article(String id, String date, String source, Mention... mentions) {
    return new AnalyzedArticle(
        new ArticleRecord(id, date, source, null, null, null, "in", "line 1", "en", 1, 10),
        List.of(mentions));
  }

  static Mention m(String article, String id, String name, String kind, int sentence) {
    return new Mention(article, id, name, "PERSON", kind, name, sentence, 0, 1);
  }

  @Test
  public void countsMentionsArticlesAndSourcesPerDate() {
    PCollection<AnalyzedArticle> articles =
        p.apply(
            Create.of(
                article("a1", "2025-10-17", "AZERTAC",
                    m("a1", "Q1", "Vladimir Putin", "name", 0),
                    m("a1", "Q1", "Vladimir Putin", "surname", 1),
                    m("a1", "Q2", "Donald Trump", "name", 1),
                    m("a1", "Q3", "Russia", "adjectival", 0)),
                article("a2", "2025-10-17", "TASS", m("a2", "Q1", "Vladimir Putin", "name", 0)),
                article("a3", "2025-10-17", "TASS", m("a3", "Q1", "Vladimir Putin", "titled", 0)),
                article("a4", "2025-10-18", null,
                    m("a4", "Q1", "Vladimir Putin", "name", 0),
                    m("a4", "Q2", "Donald Trump", "name", 0))));

    PAssert.that(articles.apply(new CountActors()))
        .containsInAnyOrder(
            new ActorDaily("2025-10-17", "Q1", "Vladimir Putin", "PERSON", 4, 3, 2),
            new ActorDaily("2025-10-17", "Q2", "Donald Trump", "PERSON", 1, 1, 1),
            new ActorDaily("2025-10-18", "Q1", "Vladimir Putin", "PERSON", 1, 1, 0),
            new ActorDaily("2025-10-18", "Q2", "Donald Trump", "PERSON", 1, 1, 0));
    PAssert.that(articles.apply(new CountCoMentions()))
        .containsInAnyOrder(
            new CoMentionDaily("2025-10-17", "Q1", "Vladimir Putin", "Q2", "Donald Trump", 1, 1),
            new CoMentionDaily("2025-10-18", "Q1", "Vladimir Putin", "Q2", "Donald Trump", 1, 1));
    p.run().waitUntilFinish();
  }

  @Test
  public void prefersMixedCaseNamesWhateverTheOrder() {
    org.junit.Assert.assertEquals("Putin", Names.preferred("PUTIN", "Putin"));
    org.junit.Assert.assertEquals("Putin", Names.preferred("Putin", "PUTIN"));
  }
}
