package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Optional;
import org.junit.Test;

/** Date forms from metadata, datelines and paths; impossible dates fail, none default to today. */
public class DatesTest {
  @Test
  public void metadataForms() throws DateException {
    for (String s : new String[] {
        "2019-01-04", "2019-01-04T10:00:00", "2019-01-04T10:00:00Z", "2019-01-04T23:59:00-05:00",
        "2019-01-04 10:00:00", "Fri, 04 Jan 2019 10:00:00 GMT", "Fri, 4 Jan 2019 10:00:00 +0000",
        "04 Jan 2019", "20190104", "2019/01/04", "January 4, 2019", "4 January 2019", "1546596000"}) {
      assertEquals(s, "2019-01-04", Dates.parse(s).toString());
    }
  }

  @Test
  public void impossibleAndUnparseable() {
    assertTrue(assertThrows(DateException.class, () -> Dates.parse("2025-02-30")).getMessage()
        .startsWith("invalid date '2025-02-30'"));
    assertTrue(assertThrows(DateException.class, () -> Dates.parse("2025-13-01")).getMessage()
        .startsWith("invalid date '2025-13-01'"));
    assertTrue(assertThrows(DateException.class, () -> Dates.parse("0999-01-01")).getMessage()
        .contains("year outside"));
    assertEquals("unparseable date 'yesterday'",
        assertThrows(DateException.class, () -> Dates.parse("yesterday")).getMessage());
  }

  @Test
  public void paths() throws DateException {
    assertEquals(Optional.empty(), Dates.fromPath("news/000_826864cf19b1d819.txt"));
    assertEquals("2025-10-17", Dates.fromPath("a/2025/10/17/x.txt").get().toString());
    assertEquals("2025-10-17", Dates.fromPath("a/2025-10-17-x.txt").get().toString());
    assertEquals("2025-10-17", Dates.fromPath("a/20251017.txt").get().toString());
    // the most specific (last) date in the path wins
    assertEquals("2025-10-18", Dates.fromPath("2025/10/17/b/2025-10-18.txt").get().toString());
    assertEquals(Optional.empty(), Dates.fromPath("ids/12345678.txt"));
    assertThrows(DateException.class, () -> Dates.fromPath("a/2025/02/30/x.txt"));
  }

  @Test
  public void datelines() throws DateException {
    Datelines.Dateline d = Datelines.parse("Baku, October 17, AZERTAC");
    assertEquals("Baku", d.place);
    assertEquals("AZERTAC", d.source);
    assertNull(d.date);
    d = Datelines.parse("NEW YORK, Oct. 16, 2025 (AP) \u2014 The council met.");
    assertEquals("New York", d.place);
    assertEquals("AP", d.source);
    assertEquals("2025-10-16", d.date.toString());
    assertEquals("The council met.", d.rest);
    d = Datelines.parse("Friday, January 4, 2019");
    assertNull(d.place);
    assertEquals("2019-01-04", d.date.toString());
    assertNull(Datelines.parse("On October 17, 2025, the ministers met in Vienna."));
    assertNull(Datelines.parse("The ministers met in Vienna and agreed on many things."));
  }
}
