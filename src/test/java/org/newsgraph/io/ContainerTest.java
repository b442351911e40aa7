package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.newsgraph.io.Collected.assertReject;
import static org.newsgraph.io.Collected.gzip;
import static org.newsgraph.io.Collected.read;
import static org.newsgraph.io.Collected.tar;
import static org.newsgraph.io.Collected.utf8;
import static org.newsgraph.io.Collected.zip;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.Test;

/** gzip, zip (nested folders), tar.gz; truncated archives keep what came before the cut. */
public class ContainerTest {
  private static final String SEED = "date 2025-10-17\nBaku, October 17, AZERTAC\n\nSeed body in a zip.\n";

  private static String jsonl(String... texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      b.append("{\"date\":\"2025-10-17\",\"text\":\"").append(t).append("\"}\n");
    }
    return b.toString();
  }

  @Test
  public void gzipOfJsonLines() {
    Collected c = read("in/feed.jsonl.gz", gzip(utf8(jsonl("One.", "Two."))));
    assertEquals(List.of("One.", "Two."), c.texts());
    assertEquals("line 2", c.articles.get(1).position);
    assertEquals("in/feed.jsonl.gz", c.articles.get(1).input);
  }

  @Test
  public void concatenatedGzipMembersAreAllRead() {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.writeBytes(gzip(utf8(jsonl("One."))));
    b.writeBytes(gzip(utf8(jsonl("Two."))));
    assertEquals(List.of("One.", "Two."), read("feed.jsonl.gz", b.toByteArray()).texts());
  }

  @Test
  public void nameThatLiesIsOverruledByMagicBytes() {
    // gzip data named .jsonl, and plain data named .gz
    assertEquals(List.of("One."), read("feed.jsonl", gzip(utf8(jsonl("One.")))).texts());
    assertEquals(List.of("Two."), read("feed.jsonl.gz", utf8(jsonl("Two."))).texts());
  }

  @Test
  public void zipWithNestedFoldersAndMixedFormats() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("top/", new byte[0]);
    entries.put("top/2025/10/17/wire/seed.txt", utf8(SEED));
    entries.put("top/feeds/feed.jsonl", utf8(jsonl("From JSONL.")));
    entries.put("top/feeds/table.csv", utf8("date,title,text\n2025-10-18,T,\"From\nCSV.\"\n"));
    entries.put("top/inner.jsonl.gz", gzip(utf8(jsonl("From inner gzip."))));
    entries.put("top/image.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    Collected c = read("arch/bundle.zip", zip(entries));
    assertEquals(List.of("Seed body in a zip.", "From JSONL.", "From\nCSV.", "From inner gzip."), c.texts());
    assertEquals("entry top/2025/10/17/wire/seed.txt line 1", c.articles.get(0).position);
    assertEquals("Baku", c.articles.get(0).place);
    assertEquals("entry top/feeds/feed.jsonl line 1", c.articles.get(1).position);
    assertEquals("entry top/feeds/table.csv line 2", c.articles.get(2).position);
    assertEquals("entry top/inner.jsonl.gz line 1", c.articles.get(3).position);
    assertReject(c.onlyReject(), "entry top/image.png byte 0", "read", "unsupported file type 'image.png'");
  }

  @Test
  public void tarGzWithJsonLinesAndText() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("dump/feed.jsonl", utf8(jsonl("A.", "B.")));
    entries.put("dump/2025-10-16-note.txt", utf8("Dated by name."));
    for (String name : List.of("x.tar.gz", "x.tgz")) {
      Collected c = read(name, gzip(tar(entries)));
      assertEquals(List.of("A.", "B.", "Dated by name."), c.texts());
      assertEquals("entry dump/feed.jsonl line 2", c.articles.get(1).position);
      assertEquals("2025-10-16", c.articles.get(2).date);
    }
    assertEquals(3, read("x.tar", tar(entries)).articles.size());
  }

  @Test
  public void truncatedGzipKeepsRecordsBeforeTheCut() {
    String[] texts = new String[200];
    for (int i = 0; i < texts.length; i++) {
      texts[i] = "Article number " + i + " with " + new Random(i).nextLong();
    }
    byte[] full = gzip(utf8(jsonl(texts)));
    Collected c = read("feed.jsonl.gz", Arrays.copyOf(full, full.length / 2));
    assertTrue(c.articles.size() > 10 && c.articles.size() < 200);
    for (int i = 0; i < c.articles.size(); i++) {
      assertEquals(texts[i], c.articles.get(i).text); // in order, none missing, no partial record
    }
    Reject r = c.onlyReject();
    assertEquals("read", r.stage);
    assertTrue(r.position, r.position.matches("byte \\d+"));
    assertTrue(r.reason, r.reason.startsWith("truncated input: "));
  }

  @Test
  public void truncatedZipKeepsEntriesBeforeTheCut() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("a/one.txt", utf8(SEED.replace("Seed body", "First body")));
    entries.put("a/two.txt", utf8(SEED.replace("Seed body", "Second body")));
    StringBuilder big = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      big.append("{\"date\":\"2025-10-17\",\"text\":\"Line ").append(i).append(' ').append(new Random(i).nextInt()).append("\"}\n");
    }
    entries.put("a/b/feed.jsonl", utf8(big.toString()));
    entries.put("a/last.txt", utf8(SEED));
    byte[] full = zip(entries);
    Collected c = read("bundle.zip", Arrays.copyOf(full, full.length * 2 / 3));
    assertEquals("First body in a zip.", c.articles.get(0).text);
    assertEquals("Second body in a zip.", c.articles.get(1).text);
    assertTrue(c.articles.size() > 2 && c.articles.size() < 3002);
    Reject r = c.onlyReject();
    assertEquals("read", r.stage);
    assertTrue(r.position, r.position.matches("entry a/b/feed.jsonl byte \\d+"));
    assertTrue(r.reason, r.reason.startsWith("truncated input: "));
  }

  @Test
  public void truncatedTarGz() {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("d/first.txt", utf8(SEED));
    byte[] noise = new byte[200_000];
    new Random(1).nextBytes(noise); // incompressible, so the cut lands inside this entry
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + (noise[i] & 15));
    }
    entries.put("d/second.txt", utf8("date 2025-10-17\n\n" + new String(noise, java.nio.charset.StandardCharsets.US_ASCII)));
    byte[] full = gzip(tar(entries));
    Collected c = read("x.tar.gz", Arrays.copyOf(full, full.length - 20_000));
    assertEquals(List.of("Seed body in a zip."), c.texts());
    Reject r = c.onlyReject();
    assertTrue(r.position, r.position.matches("entry d/second.txt byte \\d+"));
    assertTrue(r.reason, r.reason.startsWith("truncated input: "));
  }

  @Test
  public void gzipCutInsideItsHeader() {
    byte[] full = gzip(utf8("{\"date\":\"2025-10-17\",\"text\":\"x\"}\n"));
    Collected c = read("feed.jsonl.gz", Arrays.copyOf(full, 6));
    assertTrue(c.articles.isEmpty());
    assertReject(c.onlyReject(), "byte 6", "read", "truncated input: truncated gzip stream");
  }

  @Test
  public void emptyInputsAndFakeArchives() {
    assertReject(read("x.jsonl.gz", gzip(new byte[0])).onlyReject(), "byte 0", "read", "empty file");
    assertReject(read("x.zip", zip(new LinkedHashMap<>())).onlyReject(), "byte 0", "read", "empty archive");
    assertReject(read("x.zip", utf8("not a zip")).onlyReject(), "byte 0", "read", "not a valid archive");
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("e/empty.jsonl", new byte[0]);
    entries.put("e/ok.jsonl", utf8(jsonl("Kept.")));
    Collected c = read("x.zip", zip(entries));
    assertEquals(List.of("Kept."), c.texts());
    assertReject(c.onlyReject(), "entry e/empty.jsonl byte 0", "read", "empty file");
  }

  @Test
  public void binaryJunkEntryAmongGoodOnes() {
    byte[] junk = new byte[5000];
    new Random(7).nextBytes(junk);
    junk[42] = 0;
    Map<String, byte[]> entries = new LinkedHashMap<>();
    entries.put("j/junk.jsonl", junk);
    entries.put("j/ok.jsonl", utf8(jsonl("Kept.")));
    Collected c = read("x.zip", zip(entries));
    assertEquals(List.of("Kept."), c.texts());
    assertEquals("entry j/junk.jsonl byte ", c.onlyReject().position.replaceAll("\\d+$", ""));
    assertTrue(c.onlyReject().reason.startsWith("binary data, not text (NUL byte at byte "));
  }
}
