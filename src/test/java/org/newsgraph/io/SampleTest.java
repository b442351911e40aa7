package org.newsgraph.io;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** The bundled sample (samples/news) reads as samples/README.md says, record for record. */
public class SampleTest {
  @Test
  public void sampleFilesHoldTheDocumentedRecords() throws IOException {
    Path root = Paths.get("samples/news");
    Map<String, String> perFile = new TreeMap<>();
    Collected all = new Collected();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(root)) {
      files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    }
    for (Path f : files) {
      Collected c = new Collected();
      try (InputStream in = Files.newInputStream(f)) {
        c.records = ArticleReader.read(f.toString(), in, c, ArticleReader.DEFAULT_MAX_ARTICLE_CHARS);
      }
      perFile.put(root.relativize(f).toString(), c.records + " records, " + c.articles.size() + " articles");
      all.articles.addAll(c.articles);
      all.rejects.addAll(c.rejects);
    }
    Map<String, String> expected = new TreeMap<>();
    expected.put("2025/10/17/orban-ready-to-host.txt", "1 records, 1 articles");
    expected.put("archives/bureau-2025-10-17.zip", "1 records, 1 articles");
    expected.put("archives/desk-2025-10-18.tar.gz", "2 records, 2 articles");
    expected.put("azertac-lavrov-rubio.txt", "1 records, 1 articles");
    expected.put("azertac-phone-call.txt", "1 records, 1 articles");
    expected.put("feeds/wire-2025-10-17.jsonl.gz", "5 records, 4 articles");
    expected.put("tables/digest.csv", "2 records, 2 articles");
    assertEquals(expected, perFile);

    Reject r = all.onlyReject();
    assertEquals("line 3", r.position);
    assertEquals("parse", r.stage);
    assertEquals(true, r.reason.startsWith("not JSON: "));
    // One exact duplicate (the Kyiv strikes story, in the CSV and in the tar.gz).
    assertEquals(11, all.articles.stream().map(a -> a.articleId).distinct().count());
    Map<String, Long> byDate = new TreeMap<>(all.articles.stream()
        .collect(Collectors.groupingBy(a -> a.date, Collectors.counting())));
    assertEquals(Map.of("2025-10-16", 2L, "2025-10-17", 5L, "2025-10-18", 5L), byDate);
    for (Article a : all.articles) {
      int words = a.text.split("\\s+").length;
      assertEquals(a + " has " + words + " words", true, words >= 80 && words <= 200);
    }
  }
}
