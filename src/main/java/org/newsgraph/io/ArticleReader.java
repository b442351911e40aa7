package org.newsgraph.io;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads the articles of one input (a file as matched by Beam) in a single streaming pass, without
 * Beam. Containers are recognised by magic bytes first (a gzip named {@code .jsonl} is still
 * unzipped) and by name otherwise: gzip ({@code .gz}, concatenated members too), zip, tar,
 * {@code .tar.gz}/{@code .tgz}, nested up to {@value #MAX_NESTING} levels. The records inside are
 * read by entry name: {@code .jsonl}/{@code .ndjson}/{@code .json} (one object per line),
 * {@code .csv} (header row), {@code .txt} or no extension (one article per file).
 *
 * <p>Never throws for bad input: every problem becomes a {@link Reject} in the sink (see the
 * invariant in {@link ArticleSink}). A stream that breaks off (truncated archive) keeps everything
 * read before it plus one {@code truncated ...} reject at the entry and byte where it stopped.
 */
public final class ArticleReader {
  public static final int DEFAULT_MAX_ARTICLE_CHARS = 1_000_000;
  public static final String STAGE_READ = ReadSession.STAGE_READ;
  public static final String STAGE_PARSE = ReadSession.STAGE_PARSE;
  public static final String STAGE_DATE = ReadSession.STAGE_DATE;

  static final int MAX_NESTING = 4;
  /** Bytes looked at to recognise a container (tar needs 512) and to spot binary data. */
  private static final int SNIFF_BYTES = 8192;

  private ArticleReader() {}

  /** Reads {@code in} (not closed here) with the default size limit; returns records read. */
  public static long read(String inputName, InputStream in, ArticleSink sink) {
    return read(inputName, in, sink, DEFAULT_MAX_ARTICLE_CHARS);
  }

  /**
   * Reads {@code in} (not closed here); {@code inputName} is the path as matched, used for the
   * format, for dates in the path, and as {@code input} of every row. Returns records read
   * (= articles + rejects emitted).
   */
  public static long read(String inputName, InputStream in, ArticleSink sink, int maxArticleChars) {
    if (maxArticleChars < 1) {
      throw new IllegalArgumentException("maxArticleChars must be positive: " + maxArticleChars);
    }
    ReadSession session = new ReadSession(inputName, maxArticleChars, sink);
    CountingInputStream raw = new CountingInputStream(in);
    try {
      readStream(session, fileName(inputName), raw, 0);
    } catch (IOException | RuntimeException e) {
      // The stream broke off (truncated or corrupt archive) or a library failed on bad bytes:
      // what was read is kept, and the rest of this input becomes one reject.
      String where =
          session.leaf != null ? session.at("byte " + session.leaf.count()) : "byte " + raw.count();
      session.reject(where, STAGE_READ, describe(e));
    }
    return session.records();
  }

  private static String describe(Exception e) {
    String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String lower = msg.toLowerCase(Locale.ROOT);
    boolean truncated =
        e instanceof EOFException || lower.contains("truncated") || lower.contains("unexpected end");
    return (truncated ? "truncated input: " : "unreadable input: ") + msg;
  }

  /** Reads one stream: a container (recursing into it) or a leaf file of records. */
  private static void readStream(ReadSession session, String name, InputStream in, int depth)
      throws IOException {
    BufferedInputStream b = new BufferedInputStream(in, 65536);
    byte[] head = new byte[SNIFF_BYTES];
    b.mark(SNIFF_BYTES);
    int n = 0;
    IOException sniffFailure = null;
    try {
      int k;
      while (n < head.length && (k = b.read(head, n, head.length - n)) > 0) {
        n += k;
      }
    } catch (IOException e) {
      // A short (truncated) stream: sniff what arrived; reading it again fails at the same place.
      sniffFailure = e;
    }
    if (n == 0 && sniffFailure != null) {
      throw sniffFailure;
    }
    b.reset();
    String lower = name.toLowerCase(Locale.ROOT);
    if (n == 0) {
      session.reject(session.at("byte 0"), STAGE_READ, "empty file");
      return;
    }
    // commons-compress only recognises the signatures; gzip itself is decoded by GzipStream.
    boolean container =
        GzipCompressorInputStream.matches(head, n)
            || ZipArchiveInputStream.matches(head, n)
            || TarArchiveInputStream.matches(head, n);
    if (container && depth >= MAX_NESTING) {
      session.reject(session.at("byte 0"), STAGE_READ, "archives nested deeper than " + MAX_NESTING);
      return;
    }
    if (GzipCompressorInputStream.matches(head, n)) {
      readStream(session, stripGzip(name), new GzipStream(b), depth + 1);
    } else if (ZipArchiveInputStream.matches(head, n)) {
      readZip(session, b, depth);
    } else if (TarArchiveInputStream.matches(head, n)) {
      readTar(session, b, depth);
    } else if (lower.endsWith(".zip") || lower.endsWith(".tar") || lower.endsWith(".tgz")) {
      session.reject(session.at("byte 0"), STAGE_READ, "not a valid archive: '" + name + "' has no zip/tar/gzip signature");
    } else {
      readLeaf(session, lower.endsWith(".gz") ? stripGzip(name) : name, b, head, n);
    }
  }

  private static void readZip(ReadSession session, InputStream in, int depth) throws IOException {
    ZipArchiveInputStream zip = new ZipArchiveInputStream(in, "UTF-8", true, true);
    String parent = session.entry;
    int files = 0;
    ZipArchiveEntry e;
    while ((e = zip.getNextEntry()) != null) {
      if (e.isDirectory()) {
        continue;
      }
      files++;
      session.entry = child(parent, e.getName());
      if (!zip.canReadEntryData(e)) {
        session.reject(session.at("byte 0"), STAGE_READ,
            "unsupported zip entry (encrypted or compression method " + e.getMethod() + ")");
      } else {
        readStream(session, fileName(e.getName()), zip, depth + 1);
      }
      session.entry = parent;
      session.leaf = null;
    }
    if (files == 0) {
      session.reject(session.at("byte 0"), STAGE_READ, "empty archive");
    }
  }

  private static void readTar(ReadSession session, InputStream in, int depth) throws IOException {
    TarArchiveInputStream tar = new TarArchiveInputStream(in, "UTF-8");
    String parent = session.entry;
    int files = 0;
    TarArchiveEntry e;
    while ((e = tar.getNextEntry()) != null) {
      if (!e.isFile()) {
        continue; // directories, links, pax headers
      }
      files++;
      session.entry = child(parent, e.getName());
      readStream(session, fileName(e.getName()), tar, depth + 1);
      session.entry = parent;
      session.leaf = null;
    }
    if (files == 0) {
      session.reject(session.at("byte 0"), STAGE_READ, "empty archive");
    }
  }

  /** A file of records; {@code head} holds its first {@code n} bytes (already sniffed). */
  private static void readLeaf(ReadSession session, String name, InputStream in, byte[] head, int n)
      throws IOException {
    for (int i = 0; i < n; i++) {
      if (head[i] == 0) {
        session.reject(session.at("byte " + i), STAGE_READ, "binary data, not text (NUL byte at byte " + i + ")");
        return;
      }
    }
    String lower = name.toLowerCase(Locale.ROOT);
    CountingInputStream leaf = new CountingInputStream(in);
    session.leaf = leaf;
    long before = session.records();
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || lower.endsWith(".json") || lower.endsWith(".jsonlines")) {
      JsonLinesParser.read(session, leaf);
    } else if (lower.endsWith(".csv")) {
      CsvArticleParser.read(session, leaf);
    } else if (lower.endsWith(".txt") || lower.endsWith(".text") || !lower.contains(".")) {
      TextArticleParser.read(session, leaf);
    } else {
      session.reject(session.at("byte 0"), STAGE_READ,
          "unsupported file type '" + name + "' (expected .jsonl, .ndjson, .json, .csv, .txt)");
    }
    if (session.records() == before) {
      session.reject(session.at("byte 0"), STAGE_READ, "empty file (no records)");
    }
    session.leaf = null;
  }

  private static String child(String parent, String name) {
    return parent == null ? name : parent + "!/" + name;
  }

  /** Last path segment: the format is decided by the file's own name, not its folders. */
  static String fileName(String path) {
    String p = path;
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int slash = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return slash < 0 ? p : p.substring(slash + 1);
  }

  /** {@code a.jsonl.gz} is {@code a.jsonl}; {@code a.tgz} is {@code a.tar}. */
  static String stripGzip(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".tgz")) {
      return name.substring(0, name.length() - 4) + ".tar";
    }
    if (lower.endsWith(".gz")) {
      return name.substring(0, name.length() - 3);
    }
    if (lower.endsWith(".gzip")) {
      return name.substring(0, name.length() - 5);
    }
    return name;
  }
}
