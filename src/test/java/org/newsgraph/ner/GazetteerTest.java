package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** Gazetteer lists: longest names first, all-caps text, the features, and the model entry round trip. */
public class GazetteerTest {
  private static final String LISTS =
      "New York\tLOC\nNew York City\tLOC\nNew York Times\twk:newspaper\nYork\tLOC\n"
          + "Angela Merkel\tPER\nAngela Merkel\tACT_PER\n";

  private static Gazetteer lists() throws Exception {
    return Gazetteer.parse(new ByteArrayInputStream(LISTS.getBytes(StandardCharsets.UTF_8)));
  }

  private static String matches(Gazetteer g, String sentence) {
    StringBuilder sb = new StringBuilder();
    for (Gazetteer.Match m : g.match(sentence.split(" "))) {
      sb.append(m.start()).append('-').append(m.end()).append(String.join("+", m.labels())).append(' ');
    }
    return sb.toString().trim();
  }

  @Test
  public void takesTheLongestNameLeftToRight() throws Exception {
    Gazetteer g = lists();
    assertEquals("1-4LOC", matches(g, "In New York City today"));
    assertEquals("0-3wk:newspaper 4-5LOC", matches(g, "New York Times in York"));
    assertEquals("0-2PER+ACT_PER", matches(g, "Angela Merkel said"));
    assertEquals("", matches(g, "new york is lower-cased"));
  }

  @Test
  public void triesAllCapsTokensTitleCased() throws Exception {
    assertEquals("2-4PER+ACT_PER", matches(lists(), "HEADLINE : ANGELA MERKEL RESIGNS"));
  }

  @Test
  public void featuresMarkTheFirstAndInnerTokensOfAName() throws Exception {
    GazetteerFeatureGeneratorFactory.Gen gen = new GazetteerFeatureGeneratorFactory.Gen(lists(), "gz");
    String[] tokens = "Merkel visited New York City".split(" ");
    List<List<String>> perToken = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<String> f = new ArrayList<>();
      gen.createFeatures(f, tokens, i, new String[tokens.length]);
      perToken.add(f);
    }
    assertEquals(List.of(List.of(), List.of(), List.of("gz=LOC:B"), List.of("gz=LOC:I"), List.of("gz=LOC:I")), perToken);
  }

  @Test
  public void serializesToTheSameLists() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new Gazetteer.Serializer().serialize(lists(), out);
    Gazetteer back = new Gazetteer.Serializer().create(new ByteArrayInputStream(out.toByteArray()));
    assertEquals(lists().size(), back.size());
    assertEquals("0-2PER+ACT_PER", matches(back, "Angela Merkel said"));
  }
}
