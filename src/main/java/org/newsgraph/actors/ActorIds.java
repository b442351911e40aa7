package org.newsgraph.actors;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/** Ids for actors the dictionary lacks (found by the name finder only). */
public final class ActorIds {
  /** Prefix of ids newsgraph makes itself, as opposed to Wikidata QIDs or GeoNames ids. */
  public static final String PREFIX = "ng:";

  private ActorIds() {}

  /**
   * {@code ng:} + the first 12 hex chars (48 bits) of SHA-256 over the UTF-8 bytes of
   * {@code TYPE|name} with the name lower-cased ({@link Locale#ROOT}).
   *
   * <p>Deterministic across runs, JVMs and workers, so the same name found in two articles (or two
   * runs) is the same actor without any shared state. The type is part of the key: "Jordan" the
   * person and "Jordan" the place stay apart. The caller cleans the name first (whitespace,
   * quotes, possessives: see {@link MentionFinder}); nothing else is normalised here.
   */
  public static String derived(ActorType type, String canonicalName) {
    String key = type.name() + "|" + canonicalName.toLowerCase(Locale.ROOT);
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
