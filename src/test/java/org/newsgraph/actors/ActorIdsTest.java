package org.newsgraph.actors;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ActorIdsTest {
  @Test
  public void derivedIdIsPrefixPlus12HexOfSha256OfTypeAndLowerCasedName() {
    // Expected values from: printf 'PERSON|dmitry peskov' | sha256sum | cut -c1-12
    assertEquals("ng:59ba5c505757", ActorIds.derived(ActorType.PERSON, "Dmitry Peskov"));
    assertEquals("ng:7f46766a3893", ActorIds.derived(ActorType.ORGANIZATION, "U.S. Army"));
    assertTrue(ActorIds.derived(ActorType.LOCATION, "Atlantis").matches("ng:[0-9a-f]{12}"));
  }

  @Test
  public void derivedIdIgnoresCaseButNotType() {
    assertEquals(ActorIds.derived(ActorType.PERSON, "DMITRY PESKOV"), ActorIds.derived(ActorType.PERSON, "Dmitry Peskov"));
    assertNotEquals(ActorIds.derived(ActorType.PERSON, "Jordan"), ActorIds.derived(ActorType.LOCATION, "Jordan"));
  }
}
