package org.newsgraph.io;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Article ids: a hash of the trimmed text alone, so the same article gets the same id whatever
 * file, archive or run it comes from (the pipeline deduplicates on it).
 */
public final class ArticleIds {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ArticleIds() {}

  /** First 16 hex digits (64 bits) of SHA-256 over the UTF-8 bytes of the trimmed text. */
  public static String of(String text) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
    byte[] digest = sha.digest(text.trim().getBytes(StandardCharsets.UTF_8));
    char[] out = new char[16];
    for (int i = 0; i < 8; i++) {
      out[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      out[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return new String(out);
  }
}
