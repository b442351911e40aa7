package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.io.ByteArrayInputStream;
import org.junit.Test;

/** Pulling records one at a time, skipping ahead, and pausing a stream for the next piece. */
public class RecordStreamTest {
  private static final String INPUT = "mem/feed.jsonl";

  private static RecordStream open(int lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      b.append(i == 3 ? "not json" : "{\"date\":\"2025-10-17\",\"text\":\"Article " + i + ".\"}").append('\n');
    }
    byte[] bytes = Collected.utf8(b.toString());
    return RecordStream.open(INPUT, () -> new ByteArrayInputStream(bytes), 10_000);
  }

  @Test
  public void numbersArticlesAndRejectsInReadingOrder() {
    try (RecordStream s = open(4)) {
      assertEquals("Article 1.", s.peek().article.text);
      assertEquals(0, s.peek().index); // peeking twice takes nothing
      s.advance();
      assertEquals("Article 2.", s.peek().article.text);
      s.advance();
      RecordStream.Record reject = s.peek();
      assertEquals(2, reject.index);
      assertEquals("line 3", reject.reject.position);
      s.advance();
      assertEquals("Article 4.", s.peek().article.text);
      s.advance();
      assertNull(s.peek());
      assertEquals(-1, s.nextIndex());
    }
  }

  @Test
  public void skipsToARecordAndEndsCleanlyPastTheEnd() {
    try (RecordStream s = open(300)) {
      s.skipTo(250);
      assertEquals(250, s.nextIndex());
      assertEquals("line 251", s.peek().article.position);
    }
    try (RecordStream s = open(10)) {
      assertFalse(s.skipTo(50));
    }
  }

  @Test
  public void aPausedStreamGoesOnWhereItStoppedAndIsTakenOnce() {
    RecordStream s = open(200); // more records than the reader thread hands over ahead
    s.skipTo(120);
    PausedStreams.pause(s, 10_000, 120);
    assertNull(PausedStreams.take(INPUT, 10_000, 119));
    assertNull(PausedStreams.take(INPUT, 5_000, 120)); // another size limit reads other records
    RecordStream again = PausedStreams.take(INPUT, 10_000, 120);
    assertSame(s, again);
    assertEquals("Article 121.", again.peek().article.text);
    assertNull(PausedStreams.take(INPUT, 10_000, 120));
    again.close();
  }
}
