package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.util.Set;
import org.junit.Test;

/** The actor dictionary's names are found as written and as the tokenizers split them. */
public class DictionaryNamesTest {
  @Test
  public void aNameIsAKeyAsWrittenAndAsTokens() {
    assertEquals(Set.of("People's Liberation Army", "People 's Liberation Army"),
        DictionaryNames.tokenForms("People's Liberation Army"));
    assertEquals(Set.of("Guinea-Bissau", "Guinea - Bissau"), DictionaryNames.tokenForms("Guinea-Bissau"));
    assertEquals(Set.of("Kyiv"), DictionaryNames.tokenForms("Kyiv"));
  }

  @Test
  public void theShippedDictionaryAnswersForEachForm() {
    assertEquals("ORG", DictionaryNames.typeOf("People 's Liberation Army"));
    assertEquals("ORG", DictionaryNames.typeOf("Paris Saint - Germain"));
    assertEquals("LOC", DictionaryNames.typeOf("People 's Republic of China"));
    assertNull(DictionaryNames.typeOf("People 's"));
  }
}
