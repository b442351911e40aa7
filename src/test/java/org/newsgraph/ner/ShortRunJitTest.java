package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Which compilers {@code tag} runs with: C2 left out for short inputs, or as asked. */
public class ShortRunJitTest {
  @Rule public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void autoLeavesOutC2ForShortInputsOnly() {
    assertTrue(ShortRunJit.leaveOutC2("auto", 1, 100_000));
    assertTrue(ShortRunJit.leaveOutC2("auto", 1, 5L << 20));
    assertFalse("a long input pays C2's compile time back", ShortRunJit.leaveOutC2("auto", 1, 9L << 20));
    assertTrue(ShortRunJit.leaveOutC2("auto", 2, 100_000));
    assertFalse("another processor compiles C2's code sooner", ShortRunJit.leaveOutC2("auto", 2, 3L << 20));
    assertTrue(ShortRunJit.leaveOutC2("C1", 8, 1L << 30));
    assertFalse(ShortRunJit.leaveOutC2("c2", 1, 10));
  }

  @Test(expected = IllegalArgumentException.class)
  public void anUnknownChoiceIsAnError() {
    ShortRunJit.leaveOutC2("c3", 1, 10);
  }

  @Test
  public void anInputsSizeIsItsFilesSize() throws Exception {
    Path dir = tmp.newFolder("articles").toPath();
    Files.writeString(dir.resolve("a.txt"), "12345");
    Files.createDirectories(dir.resolve("sub"));
    Files.writeString(dir.resolve("sub/b.txt"), "123");
    assertEquals(8, ShortRunJit.bytes(dir));
    assertEquals(5, ShortRunJit.bytes(dir.resolve("a.txt")));
  }

  @Test
  public void keepingBothCompilersChangesNothing() {
    assertEquals("C1 and C2", ShortRunJit.apply("c2", tmp.getRoot().toPath()));
  }

  @Test
  public void tagRejectsAnUnknownChoice() throws Exception {
    Path in = tmp.newFile("in.conll").toPath();
    Files.writeString(in, "Merkel\n");
    Path out = tmp.getRoot().toPath().resolve("o");
    assertEquals(2, TagCommand.run(new String[] {"--input=" + in, "--jit=fast", "--output=" + out}));
  }
}
