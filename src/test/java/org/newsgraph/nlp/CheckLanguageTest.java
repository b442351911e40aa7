package org.newsgraph.nlp;

import java.util.Set;
import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.KV;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;
import org.newsgraph.io.Article;
import org.newsgraph.io.ArticleIds;
import org.newsgraph.io.Reject;

public class CheckLanguageTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  static Article article(String position, String text) {
    return new Article(ArticleIds.of(text), "2025-10-17", null, null, null, null, "in.jsonl", position, text);
  }

  @Test
  public void setsAsideArticlesInOtherLanguagesWithTheirTwoLetterCode() {
    Article english =
        article(
            "line 1",
            "The foreign ministers of Russia and the United States will meet in Budapest next week to "
                + "prepare a summit between the two presidents, officials in Moscow said on Friday.");
    Article french =
        article(
            "line 2",
            "Les ministres des affaires étrangères de la Russie et des États-Unis se rencontreront à "
                + "Budapest la semaine prochaine pour préparer un sommet entre les deux présidents.");
    Article german =
        article(
            "line 3",
            "Die Außenminister Russlands und der Vereinigten Staaten werden sich nächste Woche in "
                + "Budapest treffen, um einen Gipfel der beiden Präsidenten vorzubereiten.");

    PCollectionTuple out =
        p.apply(Create.of(english, french, german)).apply(new CheckLanguage(Set.of("en")));

    PAssert.that(out.get(CheckLanguage.ACCEPTED)).containsInAnyOrder(KV.of(english, "en"));
    PAssert.that(out.get(CheckLanguage.REJECTED))
        .containsInAnyOrder(
            new Reject("in.jsonl", "line 2", "language", "language=fr"),
            new Reject("in.jsonl", "line 3", "language", "language=de"));
    p.run().waitUntilFinish();
  }
}
