package org.newsgraph.ner;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * SHA-256 of each entry of a name-finder model file but its manifest (which holds the training time), so that
 * {@code train} can say whether it rebuilt the shipped model byte for byte: a change to how the training corpora are
 * read (a shared name-trimming rule, say) otherwise changes the weights silently.
 */
final class ModelDigest {
  private static final String MANIFEST = "manifest.properties";

  private ModelDigest() {}

  /** Entry name → hex digest, sorted by name. */
  static Map<String, String> of(InputStream model) throws IOException {
    Map<String, String> out = new TreeMap<>();
    ZipInputStream zip = new ZipInputStream(model);
    byte[] buf = new byte[1 << 16];
    for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
      if (e.getName().equals(MANIFEST)) {
        continue;
      }
      MessageDigest md = sha256();
      for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
        md.update(buf, 0, n);
      }
      out.put(e.getName(), HexFormat.of().formatHex(md.digest()));
    }
    return out;
  }

  /** The entries whose content differs between two digests, or that only one of them has, sorted. */
  static Set<String> differences(Map<String, String> a, Map<String, String> b) {
    Set<String> out = new TreeSet<>(a.keySet());
    out.addAll(b.keySet());
    out.removeIf(k -> Objects.equals(a.get(k), b.get(k)));
    return out;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
