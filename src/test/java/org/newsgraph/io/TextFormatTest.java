package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.newsgraph.io.Collected.assertReject;
import static org.newsgraph.io.Collected.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.Test;

/** One article per text file: seed format, plain text with datelines, dates from paths. */
public class TextFormatTest {
  private static final String BODY =
      "The ministers met in Vienna on Friday.\n\nThey agreed to meet again next month.";

  @Test
  public void seedFormatWithDatelineOnItsOwnLine() {
    Collected c = read("news/a.txt", "date 2025-10-17\nBaku, October 17, AZERTAC\n\n" + BODY + "\n");
    assertEquals(1, c.articles.size());
    Article a = c.articles.get(0);
    assertEquals("2025-10-17", a.date);
    assertEquals("Baku", a.place);
    assertEquals("AZERTAC", a.source);
    assertNull(a.title);
    assertEquals(BODY, a.text);
    assertEquals("news/a.txt", a.input);
    assertEquals("line 1", a.position);
    assertEquals(ArticleIds.of(BODY), a.articleId);
  }

  @Test
  public void seedFormatWithDateAndDatelineOnOneLine() {
    // The reference files put both on the first line, after a space.
    Collected c = read("000_x.txt", " date 2025-10-17 Baku, October 17, AZERTAC\n\n" + BODY);
    Article a = c.articles.get(0);
    assertEquals("2025-10-17", a.date);
    assertEquals("Baku", a.place);
    assertEquals("AZERTAC", a.source);
    assertEquals(BODY, a.text);
  }

  @Test
  public void plainTextDatelineWithYearGivesDatePlaceSource() {
    Collected c = read("x.txt", "WASHINGTON, Oct. 17, 2025 (Reuters) - " + BODY);
    Article a = c.articles.get(0);
    assertEquals("2025-10-17", a.date);
    assertEquals("Washington", a.place);
    assertEquals("Reuters", a.source);
    assertEquals(BODY, a.text);

    Article b = read("y", "Title of the piece\n\nBaku, October 16, 2025, AZERTAC\n\n" + BODY).articles.get(0);
    assertEquals("2025-10-16", b.date);
    assertEquals("AZERTAC", b.source);
    assertEquals("Title of the piece", b.title);
    assertEquals(BODY, b.text);
  }

  @Test
  public void dateFromPath() {
    assertEquals("2025-10-17", read("in/2025/10/17/story.txt", BODY).articles.get(0).date);
    assertEquals("2025-10-18", read("in/2025-10-18-story.txt", BODY).articles.get(0).date);
    assertEquals("2025-10-16", read("in/20251016_story.txt", BODY).articles.get(0).date);
    // A dateline without a year gives place and source; the date comes from the path.
    Article a = read("in/2025/10/16/x.txt", "Kyiv, October 16, Ukrinform\n\n" + BODY).articles.get(0);
    assertEquals("2025-10-16", a.date);
    assertEquals("Kyiv", a.place);
    assertEquals(BODY, a.text);
  }

  @Test
  public void missingDateIsRejected() {
    Collected c = read("notes/story.txt", BODY);
    assertTrue(c.articles.isEmpty());
    assertReject(c.onlyReject(), "line 1", "date", "no date found");
    assertEquals("notes/story.txt", c.onlyReject().input);
  }

  @Test
  public void impossibleDateIsRejected() {
    assertReject(read("a.txt", "date 2025-02-30\n\n" + BODY).onlyReject(), "line 1", "date", "invalid date '2025-02-30'");
    assertReject(read("a.txt", "date 2025-13-01\n\n" + BODY).onlyReject(), "line 1", "date", "invalid date '2025-13-01'");
    assertReject(read("in/2025/02/30/a.txt", BODY).onlyReject(), "line 1", "date", "invalid date '2025/02/30'");
    assertReject(read("a.txt", "Baku, February 30, 2025, AZERTAC\n\n" + BODY).onlyReject(), "line 1", "date", "invalid date 'February 30, 2025'");
  }

  @Test
  public void emptyFileAndEmptyText() {
    assertReject(read("2025/10/17/a.txt", "").onlyReject(), "byte 0", "read", "empty file");
    assertReject(read("2025/10/17/a.txt", " \n\n ").onlyReject(), "line 1", "parse", "empty text");
    assertReject(read("a.txt", "date 2025-10-17\nBaku, October 17, AZERTAC\n\n").onlyReject(), "line 1", "parse", "empty text");
  }

  @Test
  public void binaryJunkIsRejected() {
    byte[] junk = new byte[3000];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 + 7);
    }
    junk[100] = 0;
    junk[7] = 0;
    Collected c = read("2025/10/17/photo", junk);
    assertReject(c.onlyReject(), "byte 7", "read", "binary data, not text (NUL byte at byte 7)");
  }

  @Test
  public void invalidUtf8IsRejected() {
    byte[] good = Collected.utf8("date 2025-10-17\n\nCaf\u00e9 talks ");
    byte[] bad = "in Z\u00fcrich".getBytes(StandardCharsets.ISO_8859_1); // Latin-1 ü is not UTF-8
    byte[] all = Arrays.copyOf(good, good.length + bad.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    Collected c = read("a.txt", all);
    assertReject(c.onlyReject(), "byte " + (good.length + 4), "read", "invalid UTF-8 at byte " + (good.length + 4));
  }

  @Test
  public void tenMegabyteArticleIsRejectedWithItsSize() {
    StringBuilder b = new StringBuilder("date 2025-10-17\nBaku, October 17, AZERTAC\n\n");
    int header = b.length();
    char[] chunk = new char[1024];
    Arrays.fill(chunk, 'x');
    for (int i = 0; i < 10 * 1024; i++) {
      b.append(chunk);
    }
    Collected c = read("big.txt", b.toString());
    assertReject(c.onlyReject(), "line 1", "read", "article too large: " + (b.length() - header) + " chars > 1000000");
    // Under the limit, the same reader accepts it.
    assertEquals(1, read("small.txt", Collected.utf8(b.substring(0, header + 5000)), 1_000_000).articles.size());
  }

  @Test
  public void smallerLimitIsHonoured() {
    Collected c = Collected.read("a.txt", Collected.utf8("date 2025-10-17\n\n" + BODY), 20);
    assertReject(c.onlyReject(), "line 1", "read", "article too large: " + BODY.length() + " chars > 20");
  }
}
