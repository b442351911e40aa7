package org.newsgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Runs the notebook's query files through DuckDB JDBC the way the notebook runs them through
 * Python's duckdb. The files use DuckDB named parameters ({@code $output}); JDBC binds by position
 * only, so each {@code $name} becomes {@code $k}, k the 1-based order of the name's first
 * appearance, and the values are bound with {@code setObject(k, value)}: still a prepared
 * statement, no value is ever pasted into the SQL.
 */
public final class QueryFiles {
  private QueryFiles() {}

  public static final Path DIR = Path.of("notebooks/queries");
  /** Any {@code $name} in the text, as the notebook's helper finds them (so none in comments). */
  public static final Pattern ANY_PARAMETER = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)");

  public static List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".sql"))
          .map(n -> n.substring(0, n.length() - 4))
          .sorted()
          .toList();
    }
  }

  public static String text(String name) throws IOException {
    return Files.readString(DIR.resolve(name + ".sql"), StandardCharsets.UTF_8);
  }

  /** Parameter names in order of first appearance, outside strings, quoted names and comments. */
  public static List<String> parameters(String sql) {
    List<String> names = new ArrayList<>();
    rewrite(sql, names);
    return names;
  }

  /** Parameters as the notebook's regex finds them in the whole text. */
  public static Set<String> parametersByRegex(String sql) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = ANY_PARAMETER.matcher(sql);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /** The SQL with {@code $name} replaced by {@code $k}; fills {@code names} in order. */
  static String rewrite(String sql, List<String> names) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    int n = sql.length();
    while (i < n) {
      char c = sql.charAt(i);
      if (c == '\'' || c == '"') {
        int end = i + 1;
        while (end < n) {
          if (sql.charAt(end) == c) {
            if (end + 1 < n && sql.charAt(end + 1) == c) {
              end += 2;
              continue;
            }
            break;
          }
          end++;
        }
        end = Math.min(end + 1, n);
        out.append(sql, i, end);
        i = end;
      } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        int end = sql.indexOf('\n', i);
        end = end < 0 ? n : end;
        out.append(sql, i, end);
        i = end;
      } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? n : end + 2;
        out.append(sql, i, end);
        i = end;
      } else if (c == '$' && i + 1 < n && (Character.isLetter(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_')) {
        int end = i + 1;
        while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
          end++;
        }
        String name = sql.substring(i + 1, end);
        if (!names.contains(name)) {
          names.add(name);
        }
        out.append('$').append(names.indexOf(name) + 1);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** Runs a query file with the given values (extra values are ignored, missing ones fail). */
  public static List<Map<String, Object>> run(Connection c, String name, Map<String, Object> values)
      throws IOException, SQLException {
    List<String> names = new ArrayList<>();
    String sql = rewrite(text(name), names);
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int k = 0; k < names.size(); k++) {
        if (!values.containsKey(names.get(k))) {
          throw new IllegalArgumentException(name + ".sql: no value for $" + names.get(k));
        }
        p.setObject(k + 1, values.get(names.get(k)));
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      try (ResultSet r = p.executeQuery()) {
        ResultSetMetaData meta = r.getMetaData();
        while (r.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int col = 1; col <= meta.getColumnCount(); col++) {
            row.put(meta.getColumnLabel(col), r.getObject(col));
          }
          rows.add(row);
        }
      }
      return rows;
    }
  }
}
