package org.newsgraph.actors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.checkerframework.checker.nullness.qual.Nullable;

/**
 * The actors newsgraph knows by name, keyed by id, in load order (the order breaks ties between
 * actors sharing a surface form, see {@link DictionaryMatcher}).
 *
 * <p>Format: JSON Lines, one actor per line:
 * {@code {"id":"Q159","type":"LOCATION","name":"Russia","aliases":["Russian Federation"],
 * "adjectives":["Russian"],"country":"Q159","roles":[{"role":"head_of_state","of":"Q159",
 * "from":"2012-05-07"}]}}. {@code id}, {@code type} and {@code name} are required; unknown keys
 * are ignored; blank lines are skipped. A later entry with the same id replaces the earlier one.
 *
 * <p>Immutable and thread-safe.
 */
public final class ActorDictionary {
  /** Classpath resource shipped in the jar. */
  public static final String SHIPPED_RESOURCE = "/org/newsgraph/actors/actors.jsonl";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Map<String, Actor> byId;

  private ActorDictionary(Map<String, Actor> byId) {
    this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
  }

  // Holder class: parsed once per JVM on first use, without locks afterwards.
  private static final class Shipped {
    static final ActorDictionary INSTANCE = readShipped();
  }

  /** The dictionary shipped in the jar, loaded lazily once per JVM. */
  public static ActorDictionary shipped() {
    return Shipped.INSTANCE;
  }

  /**
   * The shipped dictionary extended by {@code extraFiles} (local paths, read in order; same id
   * replaces), or only the extra files when {@code replaceShipped}. Parses every call: share the
   * result (see {@link MentionFinder#shared(List, boolean)}).
   */
  public static ActorDictionary load(List<String> extraFiles, boolean replaceShipped) {
    if (extraFiles.isEmpty() && !replaceShipped) {
      return shipped();
    }
    Builder b = builder();
    if (!replaceShipped) {
      b.addAll(shipped());
    }
    for (String f : extraFiles) {
      b.read(Path.of(f));
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public @Nullable Actor get(String id) {
    return byId.get(id);
  }

  /** All actors in load order. */
  public Collection<Actor> actors() {
    return byId.values();
  }

  public int size() {
    return byId.size();
  }

  private static ActorDictionary readShipped() {
    try (InputStream in = ActorDictionary.class.getResourceAsStream(SHIPPED_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("actor dictionary " + SHIPPED_RESOURCE + " is not on the classpath");
      }
      return builder().read(SHIPPED_RESOURCE, new InputStreamReader(in, StandardCharsets.UTF_8)).build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SHIPPED_RESOURCE, e);
    }
  }

  /** Collects actors from several sources; for callers that open files themselves (e.g. Beam FileSystems). */
  public static final class Builder {
    private final LinkedHashMap<String, Actor> byId = new LinkedHashMap<>();

    private Builder() {}

    public Builder addAll(ActorDictionary d) {
      byId.putAll(d.byId);
      return this;
    }

    public Builder add(Actor a) {
      byId.put(a.id, a);
      return this;
    }

    public Builder read(Path file) {
      try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        return read(file.toString(), r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor dictionary " + file, e);
      }
    }

    /**
     * Reads JSON Lines from {@code in}; {@code source} names it in error messages.
     *
     * @throws IllegalArgumentException {@code source:line: reason} for a malformed line
     */
    public Builder read(String source, Reader in) {
      BufferedReader r = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
      int lineNo = 0;
      try {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          lineNo++;
          if (lineNo == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
          }
          if (line.isBlank()) {
            continue;
          }
          Actor a;
          try {
            a = parse(line);
          } catch (JsonProcessingException e) {
            throw malformed(source, lineNo, "not JSON: " + e.getOriginalMessage(), e);
          } catch (IllegalArgumentException e) {
            throw malformed(source, lineNo, e.getMessage(), e);
          }
          byId.put(a.id, a);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read actor dictionary " + source, e);
      }
      return this;
    }

    public ActorDictionary build() {
      return new ActorDictionary(byId);
    }
  }

  private static IllegalArgumentException malformed(String source, int line, String why, Exception cause) {
    return new IllegalArgumentException(
        "malformed actor dictionary line " + source + ":" + line + ": " + why, cause);
  }

  static Actor parse(String line) throws JsonProcessingException {
    JsonNode n = JSON.readTree(line);
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    String id = required(n, "id");
    String name = required(n, "name");
    String type = required(n, "type");
    ActorType t;
    try {
      t = ActorType.valueOf(type);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("type must be PERSON, ORGANIZATION or LOCATION, not \"" + type + "\"");
    }
    List<Role> roles = new ArrayList<>();
    JsonNode rs = n.get("roles");
    if (rs != null && !rs.isNull()) {
      if (!rs.isArray()) {
        throw new IllegalArgumentException("\"roles\" must be an array");
      }
      for (JsonNode r : rs) {
        if (!r.isObject()) {
          throw new IllegalArgumentException("each role must be an object");
        }
        roles.add(new Role(required(r, "role"), optional(r, "of"), optional(r, "from"), optional(r, "to")));
      }
    }
    return new Actor(id, name, t, strings(n, "aliases"), strings(n, "adjectives"), optional(n, "country"), roles);
  }

  private static String required(JsonNode n, String key) {
    String v = optional(n, key);
    if (v == null || v.isBlank()) {
      throw new IllegalArgumentException("missing \"" + key + "\"");
    }
    return v.strip();
  }

  private static @Nullable String optional(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new IllegalArgumentException("\"" + key + "\" must be a string");
    }
    return v.asText();
  }

  private static List<String> strings(JsonNode n, String key) {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return List.of();
    }
    if (!v.isArray()) {
      throw new IllegalArgumentException("\"" + key + "\" must be an array of strings");
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode s : v) {
      if (!s.isTextual()) {
        throw new IllegalArgumentException("\"" + key + "\" must be an array of strings");
      }
      if (!s.asText().isBlank()) {
        out.add(s.asText().strip());
      }
    }
    return out;
  }
}
