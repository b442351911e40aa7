package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.Test;

/** A word-cluster table reads its lines, finds each word's cluster, and writes what it read. */
public class ClusterTableTest {
  private static ClusterTable parse(String text) throws Exception {
    return ClusterTable.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  public void findsEachWordsCluster() throws Exception {
    ClusterTable t = parse("Paris\t17\nMoscow\t17\nМосква\t17\nsaid\t3\nno tab here\n");
    assertEquals(4, t.size());
    assertEquals("17", t.lookup("Paris"));
    assertEquals("17", t.lookup("Москва"));
    assertEquals("3", t.lookup("said"));
    assertNull(t.lookup("paris"));
    assertNull(t.lookup("no tab here"));
  }

  @Test
  public void aWordListedTwiceTakesItsLastCluster() throws Exception {
    ClusterTable t = parse("Paris\t17\nsaid\t3\nParis\t9\n");
    assertEquals(2, t.size());
    assertEquals("9", t.lookup("Paris"));
    assertEquals("3", t.lookup("said"));
  }

  @Test
  public void writesItsWordsSortedAndReadsThemBack() throws Exception {
    ClusterTable t = parse("said\t3\nParis\t17\nМосква\t17\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ClusterTable.Serializer().serialize(t, out);
    String written = out.toString(StandardCharsets.UTF_8);
    assertEquals("Paris\t17\nsaid\t3\nМосква\t17\n", written);
    assertEquals("17", parse(written).lookup("Москва"));
  }
}
