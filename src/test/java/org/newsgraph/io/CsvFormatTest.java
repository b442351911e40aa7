package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.newsgraph.io.Collected.assertReject;
import static org.newsgraph.io.Collected.read;

import java.util.List;
import org.junit.Test;

/** CSV with a header row: multi-line quoted fields, case-insensitive names, broken quoting. */
public class CsvFormatTest {
  @Test
  public void headerQuotedMultiLineFields() {
    Collected c = read("news.csv",
        "URL,Date,Title,Text\r\n"
            + "https://x/1,2019-01-04,\"Collapse, dozens dead\",\"Friday, January 4, 2019\r\n\r\n\r\nAn apartment building collapsed.\r\n\r\nSaid \"\"presumably\"\" more.\"\r\n"
            + "https://x/2,2019-01-05,Second,Plain second text.\r\n");
    assertEquals(2, c.articles.size());
    Article a = c.articles.get(0);
    assertEquals("https://x/1", a.url);
    assertEquals("2019-01-04", a.date);
    assertEquals("Collapse, dozens dead", a.title);
    assertEquals("Friday, January 4, 2019\r\n\r\n\r\nAn apartment building collapsed.\r\n\r\nSaid \"presumably\" more.", a.text);
    assertEquals("line 2", a.position);
    assertEquals("line 8", c.articles.get(1).position);
  }

  @Test
  public void brokenQuotingKeepsRecordsBeforeIt() {
    Collected c = read("news.csv",
        "date,text\n"
            + "2025-10-17,First good.\n"
            + "2025-10-17,\"Second good.\"\n"
            + "2025-10-17,\"Broken \"quote\" here\"\n"
            + "2025-10-17,Never read.\n");
    assertEquals(List.of("First good.", "Second good."), c.texts());
    Reject r = c.onlyReject();
    assertReject(r, "line 4", "parse", "broken CSV at record 3: ");
    assertEquals(true, r.reason.contains("Invalid character between encapsulated token and delimiter"));
    assertEquals(true, r.reason.endsWith("rest of file not read (commons-csv cannot resume after this error)"));
  }

  @Test
  public void unterminatedQuoteAtEnd() {
    Collected c = read("news.csv", "date,text\n2025-10-17,Good.\n2025-10-17,\"Runs to the end\n");
    assertEquals(List.of("Good."), c.texts());
    assertReject(c.onlyReject(), "line 3", "parse", "broken CSV at record 2: ");
  }

  @Test
  public void wrongFieldCountAndMissingDate() {
    Collected c = read("news.csv", "date,text\n2025-10-17\n,No date.\n2025-10-18,Good.\n");
    assertEquals(List.of("Good."), c.texts());
    assertReject(c.rejects.get(0), "line 2", "parse", "CSV record has 1 fields, header has 2");
    assertReject(c.rejects.get(1), "line 3", "date", "no date found");
  }

  @Test
  public void headerOnlyIsAnEmptyFile() {
    assertReject(read("news.csv", "date,text\n").onlyReject(), "byte 0", "read", "empty file (no records)");
  }
}
