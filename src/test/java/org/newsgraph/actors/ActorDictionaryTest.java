package org.newsgraph.actors;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ActorDictionaryTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void readsAllFieldsAndIgnoresUnknownKeys() {
    Actor putin = Fixtures.DICTIONARY.get("Q7747");
    assertEquals("Vladimir Putin", putin.name);
    assertEquals(ActorType.PERSON, putin.type);
    assertEquals("Q159", putin.country);
    assertEquals("head_of_state", putin.roles.get(0).role);
    assertEquals("Q159", putin.roles.get(0).of);
    assertNull(putin.roles.get(0).to);
    assertTrue(putin.roles.get(0).activeOn("2025-10-17"));
    Actor us = Fixtures.DICTIONARY.get("Q30");
    assertEquals(List.of("United States of America", "US", "U.S.", "USA"), us.aliases);
    assertEquals(List.of("American"), us.adjectives);

    ActorDictionary d = ActorDictionary.builder()
        .read("x.jsonl", new StringReader("{\"id\":\"ng:x\",\"type\":\"PERSON\",\"name\":\"X\",\"wiki\":{\"a\":1}}\n\n"))
        .build();
    assertEquals(1, d.size());
    assertEquals(List.of(), d.get("ng:x").aliases);
  }

  @Test
  public void shippedDictionaryLoadsOnceAndKnowsRussia() {
    assertSame(ActorDictionary.shipped(), ActorDictionary.shipped());
    assertNotNull(ActorDictionary.shipped().get("Q159"));
  }

  @Test
  public void extraFilesExtendTheShippedOneAndReplaceEntriesWithTheSameId() throws IOException {
    Path extra = tmp.newFile("extra.jsonl").toPath();
    Files.writeString(extra,
        "{\"id\":\"Q159\",\"type\":\"LOCATION\",\"name\":\"Russian Federation\"}\n"
            + "{\"id\":\"ng:acme\",\"type\":\"ORGANIZATION\",\"name\":\"Acme Corp\"}\n");
    ActorDictionary d = ActorDictionary.load(List.of(extra.toString()), false);

    assertEquals(ActorDictionary.shipped().size() + 1, d.size());
    assertEquals("Russian Federation", d.get("Q159").name);
    assertEquals(List.of(), d.get("Q159").adjectives); // replaced whole, not merged
    assertEquals("Acme Corp", d.get("ng:acme").name);
    assertNotNull(d.get("Q30"));

    ActorDictionary only = ActorDictionary.load(List.of(extra.toString()), true);
    assertEquals(2, only.size());
    assertNull(only.get("Q30"));
  }

  @Test
  public void malformedLineNamesFileAndLine() throws IOException {
    Path bad = tmp.newFile("bad.jsonl").toPath();
    Files.writeString(bad,
        "{\"id\":\"ng:a\",\"type\":\"PERSON\",\"name\":\"A\"}\n\n{\"id\":\"ng:b\",\"type\":\"PERSON\",\"name\":\"B\"\n");
    assertMalformed(bad, bad + ":3:", "not JSON");

    Files.writeString(bad, "{\"id\":\"ng:a\",\"type\":\"PLACE\",\"name\":\"A\"}\n");
    assertMalformed(bad, bad + ":1:", "PLACE");

    Files.writeString(bad, "{\"id\":\"ng:a\",\"type\":\"PERSON\"}\n");
    assertMalformed(bad, bad + ":1:", "missing \"name\"");

    Files.writeString(bad, "{\"id\":\"ng:a\",\"type\":\"PERSON\",\"name\":\"A\",\"aliases\":\"B\"}\n");
    assertMalformed(bad, bad + ":1:", "aliases");
  }

  private static void assertMalformed(Path file, String where, String why) {
    try {
      ActorDictionary.load(List.of(file.toString()), true);
      fail("expected an error for " + where);
    } catch (IllegalArgumentException e) {
      assertThat(e.getMessage(), containsString(where));
      assertThat(e.getMessage(), containsString(why));
    }
  }
}
