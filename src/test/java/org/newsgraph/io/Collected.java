package org.newsgraph.io;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/** Test sink: collects what the reader emits, plus fixture builders (all in memory). */
final class Collected implements ArticleSink {
  final List<Article> articles = new ArrayList<>();
  final List<Reject> rejects = new ArrayList<>();
  long records;

  static Collected read(String name, byte[] data) {
    return read(name, data, ArticleReader.DEFAULT_MAX_ARTICLE_CHARS);
  }

  static Collected read(String name, byte[] data, int maxChars) {
    Collected c = new Collected();
    c.records = ArticleReader.read(name, new ByteArrayInputStream(data), c, maxChars);
    // The sink invariant: every record read is an article or a reject.
    assertEquals(c.records, c.articles.size() + c.rejects.size());
    return c;
  }

  static Collected read(String name, String text) {
    return read(name, utf8(text));
  }

  @Override
  public void article(Article article) {
    articles.add(article);
  }

  @Override
  public void reject(Reject reject) {
    rejects.add(reject);
  }

  Reject onlyReject() {
    if (rejects.size() != 1) {
      fail("expected one reject, got " + rejects);
    }
    return rejects.get(0);
  }

  /** Texts of the articles, in order. */
  List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(a.text);
    }
    return out;
  }

  static void assertReject(Reject r, String position, String stage, String reasonStart) {
    assertEquals(position, r.position);
    assertEquals(stage, r.stage);
    if (!r.reason.startsWith(reasonStart)) {
      fail("reason '" + r.reason + "' does not start with '" + reasonStart + "'");
    }
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  static byte[] gzip(byte[] data) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
        gz.write(data);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Zip with the given entries (path -> content), in order; directories are implied. */
  static byte[] zip(Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (ZipOutputStream zip = new ZipOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          zip.putNextEntry(new ZipEntry(e.getKey()));
          zip.write(e.getValue());
          zip.closeEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] tar(Map<String, byte[]> entries) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
          TarArchiveEntry t = new TarArchiveEntry(e.getKey());
          t.setSize(e.getValue().length);
          tar.putArchiveEntry(t);
          tar.write(e.getValue());
          tar.closeArchiveEntry();
        }
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
