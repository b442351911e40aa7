package org.newsgraph;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The notebook can't be executed here (no Python data stack), so its file is checked: valid
 * nbformat 4, loads only query files that exist, loads every one of them with the parameters
 * each needs, and keeps no SQL of its own.
 */
public class NotebookFileTest {
  static final Path NOTEBOOK = Path.of("notebooks/newsgraph.ipynb");
  static final Pattern CALL = Pattern.compile("\\bq\\(\\s*\"([^\"]+)\"");
  static final Pattern KEYWORD = Pattern.compile("(?:^|,)\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=(?!=)");

  static JsonNode notebook;
  static String code;

  @BeforeClass
  public static void read() throws Exception {
    notebook = new ObjectMapper().readTree(NOTEBOOK.toFile());
    StringBuilder b = new StringBuilder();
    for (JsonNode cell : notebook.get("cells")) {
      if (cell.path("cell_type").asText().equals("code")) {
        b.append(source(cell)).append('\n');
      }
    }
    code = b.toString();
  }

  static String source(JsonNode cell) {
    JsonNode s = cell.get("source");
    if (s.isTextual()) {
      return s.asText();
    }
    StringBuilder b = new StringBuilder();
    s.forEach(line -> b.append(line.asText()));
    return b.toString();
  }

  @Test
  public void isValidNbformat4() {
    assertEquals(4, notebook.path("nbformat").asInt());
    assertTrue(notebook.get("nbformat_minor").isInt());
    assertTrue(notebook.get("metadata").isObject());
    assertEquals("python3", notebook.at("/metadata/kernelspec/name").asText());
    JsonNode cells = notebook.get("cells");
    assertTrue(cells.isArray() && cells.size() > 10);
    Set<String> ids = new HashSet<>();
    int markdown = 0;
    for (JsonNode cell : cells) {
      String type = cell.path("cell_type").asText();
      assertTrue(cell.toString(), Set.of("code", "markdown", "raw").contains(type));
      assertTrue(cell.toString(), cell.get("metadata").isObject());
      JsonNode s = cell.get("source");
      assertNotNull(cell.toString(), s);
      assertTrue(cell.toString(), s.isTextual() || s.isArray());
      if (s.isArray()) {
        s.forEach(line -> assertTrue(cell.toString(), line.isTextual()));
      }
      if (notebook.get("nbformat_minor").asInt() >= 5) {
        String id = cell.path("id").asText();
        assertTrue(cell.toString(), id.matches("[a-zA-Z0-9_-]{1,64}") && ids.add(id));
      }
      if (type.equals("code")) {
        assertTrue(cell.toString(), cell.get("outputs").isArray());
        JsonNode count = cell.get("execution_count");
        assertTrue(cell.toString(), count != null && (count.isNull() || count.isInt()));
      } else {
        markdown++;
        assertFalse(cell.toString(), cell.has("outputs"));
      }
    }
    assertTrue("short markdown cells say what each step shows", markdown >= 6);
  }

  @Test
  public void loadsEveryQueryFileAndOnlyThose() throws Exception {
    Set<String> used = new TreeSet<>();
    Matcher m = CALL.matcher(code);
    while (m.find()) {
      used.add(m.group(1));
      assertTrue("the notebook loads a missing query " + m.group(1),
          Files.isRegularFile(QueryFiles.DIR.resolve(m.group(1) + ".sql")));
    }
    assertEquals(new TreeSet<>(QueryFiles.names()), used);
  }

  @Test
  public void passesEachQueryExactlyTheParametersItTakes() throws Exception {
    for (Map.Entry<String, Set<String>> call : calls().entrySet()) {
      String name = call.getKey().replaceAll("#.*", "");
      Set<String> given = new TreeSet<>(call.getValue());
      given.add("output");
      assertEquals(call.getKey(), new TreeSet<>(QueryFiles.parameters(QueryFiles.text(name))), given);
    }
  }

  @Test
  public void keepsNoSqlOfItsOwn() {
    String lower = code.toLowerCase();
    for (String sql : List.of("read_parquet", "select ", "group by", "order by")) {
      assertFalse("SQL in the notebook: " + sql, lower.contains(sql));
    }
  }

  @Test
  public void requirementsArePinnedAndDuckdbMatchesTheTestedEngine() throws Exception {
    Map<String, String> pins = new TreeMap<>();
    for (String line : Files.readAllLines(Path.of("notebooks/requirements.txt"), StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      assertTrue(line, line.matches("[a-z]+==[0-9][0-9.]*"));
      pins.put(line.substring(0, line.indexOf("==")), line.substring(line.indexOf("==") + 2));
    }
    assertEquals(Set.of("duckdb", "pandas", "pyarrow", "matplotlib", "networkx", "jupyter"), pins.keySet());
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher jdbc = Pattern.compile("<artifactId>duckdb_jdbc</artifactId>\\s*<version>([0-9.]+)</version>").matcher(pom);
    assertTrue(jdbc.find());
    assertTrue(jdbc.group(1) + " vs " + pins.get("duckdb"), jdbc.group(1).startsWith(pins.get("duckdb") + "."));
  }

  /** Each q(...) call: "name#k" to its keyword arguments. */
  static Map<String, Set<String>> calls() {
    Map<String, Set<String>> calls = new TreeMap<>();
    Matcher m = CALL.matcher(code);
    int k = 0;
    while (m.find()) {
      int depth = 1;
      int i = m.end();
      StringBuilder args = new StringBuilder();
      while (i < code.length() && depth > 0) {
        char c = code.charAt(i++);
        if (c == '(' || c == '[' || c == '{') {
          depth++;
        } else if (c == ')' || c == ']' || c == '}') {
          depth--;
        }
        // keep only the top-level text, so keywords of nested calls don't count
        args.append(depth == 1 || (depth == 0 && c != ')') ? c : ' ');
      }
      Set<String> keywords = new TreeSet<>();
      Matcher kw = KEYWORD.matcher(args.toString().replace('\n', ' '));
      while (kw.find()) {
        keywords.add(kw.group(1));
      }
      calls.put(m.group(1) + "#" + k++, keywords);
    }
    assertFalse(calls.isEmpty());
    return calls;
  }
}
