package org.newsgraph.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code --key=value} command-line arguments (a bare {@code --flag} is {@code "true"}); others are positional. */
final class Args {
  private final Map<String, String> values = new LinkedHashMap<>();
  private final List<String> positional = new ArrayList<>();

  static Args parse(String[] argv) {
    Args a = new Args();
    for (String s : argv) {
      if (s.startsWith("--")) {
        int eq = s.indexOf('=');
        if (eq < 0) {
          a.values.put(s.substring(2), "true");
        } else {
          a.values.put(s.substring(2, eq), s.substring(eq + 1));
        }
      } else {
        a.positional.add(s);
      }
    }
    return a;
  }

  String get(String key) {
    return values.get(key);
  }

  String get(String key, String dflt) {
    return values.getOrDefault(key, dflt);
  }

  int getInt(String key, int dflt) {
    String v = values.get(key);
    return v == null ? dflt : Integer.parseInt(v);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  Map<String, String> all() {
    return values;
  }

  List<String> positional() {
    return positional;
  }
}
