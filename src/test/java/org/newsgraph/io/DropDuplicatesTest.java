package org.newsgraph.io;

import org.apache.beam.sdk.testing.PAssert;
import org.apache.beam.sdk.testing.TestPipeline;
import org.apache.beam.sdk.transforms.Create;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.junit.Rule;
import org.junit.Test;

public class DropDuplicatesTest {
  @Rule public final transient TestPipeline p = TestPipeline.create();

  static Article article(String input, String position, String text) {
    return new Article(ArticleIds.of(text), "2025-10-17", null, null, null, null, input, position, text);
  }

  @Test
  public void keepsTheCopyWithTheSmallestInputAndPositionAndRejectsTheOthers() {
    Article first = article("a/feed.jsonl", "line 2", "Putin met Trump.");
    Article later = article("b/feed.csv", "line 9", "Putin met Trump.");
    Article sameFileLater = article("a/feed.jsonl", "line 7", "Putin met Trump.");
    Article other = article("b/feed.csv", "line 3", "Lavrov met Rubio.");

    PCollectionTuple out =
        p.apply(Create.of(later, other, sameFileLater, first)).apply(new DropDuplicates());

    PAssert.that(out.get(DropDuplicates.UNIQUE)).containsInAnyOrder(first, other);
    String id = first.articleId;
    PAssert.that(out.get(DropDuplicates.DUPLICATES))
        .containsInAnyOrder(
            new Reject("b/feed.csv", "line 9", "dedup", "duplicate of " + id + " (a/feed.jsonl line 2)"),
            new Reject("a/feed.jsonl", "line 7", "dedup", "duplicate of " + id + " (a/feed.jsonl line 2)"));
    p.run().waitUntilFinish();
  }
}
