package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.newsgraph.io.Collected.assertReject;
import static org.newsgraph.io.Collected.read;

import java.util.Arrays;
import java.util.List;
import org.junit.Test;

/** JSON Lines: field aliases, date forms, one reject per bad line and reading goes on. */
public class JsonLinesFormatTest {
  @Test
  public void fieldsAndAliases() {
    Collected c = read("feed.jsonl",
        "{\"date\":\"2025-10-17\",\"title\":\"T1\",\"text\":\"  Body one.  \",\"url\":\"https://x/1\",\"source\":\"Wire\",\"place\":\"Kyiv\"}\n"
            + "\n"
            + "{\"date_publish\":\"2019-01-04 10:00:00\",\"maintext\":\"Body two.\",\"source_domain\":\"example.com\"}\r\n"
            + "{\"Published\":\"Fri, 04 Jan 2019 10:00:00 GMT\",\"BODY\":\"Body three.\"}\n"
            + "{\"publish_date\":\"2019-01-04T23:30:00-05:00\",\"content\":\"Body four.\"}\n"
            + "{\"pubDate\":\"2019-01-04T10:00:00.123Z\",\"text\":\"Body five.\"}");
    assertEquals(Arrays.asList("Body one.", "Body two.", "Body three.", "Body four.", "Body five."), c.texts());
    Article a = c.articles.get(0);
    assertEquals("2025-10-17", a.date);
    assertEquals("T1", a.title);
    assertEquals("https://x/1", a.url);
    assertEquals("Wire", a.source);
    assertEquals("Kyiv", a.place);
    assertEquals("line 1", a.position);
    assertEquals("example.com", c.articles.get(1).source);
    assertEquals("line 3", c.articles.get(1).position);
    assertNull(c.articles.get(1).title);
    for (Article x : c.articles.subList(1, 5)) {
      assertEquals("2019-01-04", x.date); // the day as written, not shifted to UTC
    }
  }

  @Test
  public void nonJsonLineIsRejectedAndReadingGoesOn() {
    Collected c = read("feed.ndjson",
        "{\"date\":\"2025-10-17\",\"text\":\"Before.\"}\n"
            + "this is not json\n"
            + "[1,2]\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"After.\"}\n");
    assertEquals(List.of("Before.", "After."), c.texts());
    assertEquals("line 4", c.articles.get(1).position);
    assertEquals(2, c.rejects.size());
    assertReject(c.rejects.get(0), "line 2", "parse", "not JSON: Unrecognized token 'this'");
    assertReject(c.rejects.get(1), "line 3", "parse", "not a JSON object but array");
  }

  @Test
  public void missingTextMissingDateImpossibleDate() {
    Collected c = read("feed.jsonl",
        "{\"date\":\"2025-10-17\",\"title\":\"no text\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"   \"}\n"
            + "{\"text\":\"No date anywhere.\"}\n"
            + "{\"date\":\"2025-02-30\",\"text\":\"Impossible.\"}\n"
            + "{\"date\":\"2025-13-01T10:00:00Z\",\"text\":\"Month 13.\"}\n"
            + "{\"date\":\"someday\",\"text\":\"Unparseable.\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"Good.\"}\n");
    assertEquals(List.of("Good."), c.texts());
    assertReject(c.rejects.get(0), "line 1", "parse", "no text field");
    assertReject(c.rejects.get(1), "line 2", "parse", "empty text");
    assertReject(c.rejects.get(2), "line 3", "date", "no date found");
    assertReject(c.rejects.get(3), "line 4", "date", "invalid date '2025-02-30'");
    assertReject(c.rejects.get(4), "line 5", "date", "invalid date '2025-13-01T10:00:00Z'");
    assertReject(c.rejects.get(5), "line 6", "date", "unparseable date 'someday'");
  }

  @Test
  public void dateFromPathWhenRecordHasNone() {
    Collected c = read("crawl/2025-10-18/feed.jsonl", "{\"text\":\"Dated by its folder.\"}\n");
    assertEquals("2025-10-18", c.articles.get(0).date);
  }

  @Test
  public void invalidUtf8LineIsRejectedAndReadingGoesOn() {
    byte[] first = Collected.utf8("{\"date\":\"2025-10-17\",\"text\":\"Good one.\"}\n");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xe9, '"', '}', '\n'};
    byte[] last = Collected.utf8("{\"date\":\"2025-10-17\",\"text\":\"Good two.\"}\n");
    byte[] all = new byte[first.length + bad.length + last.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(bad, 0, all, first.length, bad.length);
    System.arraycopy(last, 0, all, first.length + bad.length, last.length);
    Collected c = read("feed.jsonl", all);
    assertEquals(List.of("Good one.", "Good two."), c.texts());
    assertReject(c.onlyReject(), "line 2", "read", "invalid UTF-8 at byte " + (first.length + 9));
  }

  @Test
  public void oversizedLineIsSkippedUnread() {
    char[] big = new char[200_000];
    Arrays.fill(big, 'a');
    Collected c = Collected.read("feed.jsonl", Collected.utf8(
        "{\"date\":\"2025-10-17\",\"text\":\"" + new String(big) + "\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"" + new String(big, 0, 500) + "\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"small\"}\n"), 100);
    assertEquals(List.of("small"), c.texts());
    assertReject(c.rejects.get(0), "line 1", "read", "article too large: 200031 chars > 100 (whole line, not parsed)");
    assertReject(c.rejects.get(1), "line 2", "read", "article too large: 500 chars > 100");
  }

  @Test
  public void tenMegabyteArticleAmongGoodOnesWithDefaultLimit() {
    char[] big = new char[10 * 1024 * 1024];
    Arrays.fill(big, 'z');
    Collected c = read("feed.jsonl",
        "{\"date\":\"2025-10-17\",\"text\":\"Before.\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"" + new String(big) + "\"}\n"
            + "{\"date\":\"2025-10-17\",\"text\":\"After.\"}\n");
    assertEquals(List.of("Before.", "After."), c.texts());
    assertReject(c.onlyReject(), "line 2", "read", "article too large: " + (big.length + 31) + " chars > 1000000 (whole line, not parsed)");
  }
}
