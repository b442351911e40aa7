package org.newsgraph.ner;

import static org.junit.Assert.assertEquals;

import opennlp.tools.util.Span;
import org.junit.Test;

/** A name followed by the words that close an organisation's name is that organisation. */
public class OrganisationTailsTest {
  private static String apply(String sentence, Span... spans) {
    return SpanText.applied(OrganisationTails::apply, sentence, spans);
  }

  @Test
  public void exchangesBrokersAndBroadcasters() {
    assertEquals("ORG:Kuala Lumpur Stock Exchange", apply("the company told the Kuala Lumpur Stock Exchange .",
        new Span(4, 6, "LOC")));
    assertEquals("ORG:Jardine Fleming Securities", apply("Analysts at Jardine Fleming Securities said",
        new Span(2, 4, "LOC")));
    assertEquals("ORG:Israel Radio", apply("He told Israel Radio that", new Span(2, 3, "LOC")));
    assertEquals("ORG:Thames Valley Police", apply("Thames Valley Police said", new Span(0, 2, "LOC")));
    assertEquals("ORG:San Francisco Chronicle", apply("the San Francisco Chronicle reported", new Span(1, 3, "LOC")));
    assertEquals("ORG:US National Park Service", apply("the US National Park Service closed", new Span(1, 4, "LOC")));
    assertEquals("ORG:Korea University", apply("a professor at Korea University teaching", new Span(3, 4, "LOC"),
        new Span(4, 5, "ORG")));
  }

  private static String untagged(String sentence, Span... spans) {
    return SpanText.applied((t, sp) -> OrganisationTails.untagged(t, sp,
        java.util.Set.of("some", "owner", "final", "financial")::contains), sentence, spans);
  }

  @Test
  public void anUntaggedRunBeforeAnOrganisationsClosingWordIsThatOrganisation() {
    assertEquals("ORG:Goldman Sachs, ORG:Enskilda Securities",
        untagged("Analysts at Goldman Sachs and Enskilda Securities said", new Span(2, 4, "ORG")));
    assertEquals("ORG:Cathay Pacific Airways", untagged("Cathay Pacific Airways flew"));
    assertEquals("ORG:Royal Horticultural Society", untagged("a fellow of the Royal Horticultural Society ,"));
    assertEquals("ORG:Russian Marketing Association", untagged("the President of Russian Marketing Association"));
    assertEquals("", untagged("the Corruption Prevention and Combating Bureau detained him"));
    // a common word opening the sentence, a longer name, a quoted title, a word inside a span
    assertEquals("", untagged("Some Securities fell"));
    assertEquals("", untagged("the Australian Securities and Investments Commission said"));
    assertEquals("", untagged("recaptured \" Two Brothers \" in 1813"));
    assertEquals("ORG:Lehman Brothers", untagged("Lehman Brothers failed", new Span(0, 2, "ORG")));
  }

  @Test
  public void boardsArmiesAndExchangesCloseNamesButABodysBoardIsNoBody() {
    assertEquals("ORG:Residential Tenancies Board", untagged("a report from the Residential Tenancies Board ."));
    assertEquals("ORG:Polish Army", untagged("he joined the Polish Army , fought"));
    assertEquals("ORG:Canadian Armed Forces", untagged("help from the Canadian Armed Forces to"));
    assertEquals("ORG:International Petroleum Exchange", untagged("steady on the International Petroleum Exchange ."));
    assertEquals("ORG:Leander Club", untagged("Leander Club won the Grand Challenge Cup"));
    assertEquals("ORG:Czech Television", untagged("commenting for Czech Television ."));
    assertEquals("ORG:Bokamoso Platinum", untagged("workers at Bokamoso Platinum have downed tools"));
    assertEquals("", untagged("a member of the Executive Board of the society"));
    assertEquals("", untagged("the Supervisory Board met"));
  }

  @Test
  public void tradersGroupsAndAnOwnerOpeningTheSentence() {
    assertEquals("ORG:Seorin Group", untagged("lend 350 billion won to the Seorin Group , bankers said"));
    assertEquals("ORG:Sao Viet Invest", untagged("bonds issued by Sao Viet Invest to raise money"));
    assertEquals("PER:Colin Haskett, ORG:Woodhall Commodities",
        untagged("said Colin Haskett of Woodhall Commodities ,", new Span(1, 3, "PER")));
    assertEquals("ORG:Coastline Pacific Markets", untagged("chief dealer at Coastline Pacific Markets ."));
    assertEquals("ORG:Ironbark Resources", untagged("Owner Ironbark Resources , a small miner , said"));
    // "Group" and "Markets" close common phrases too
    assertEquals("", untagged("they met in the Final Group ."));
    assertEquals("", untagged("the Financial Markets team"));
    assertEquals("", untagged("Some Securities fell"));
  }

  @Test
  public void placesAndLongerNamesStay() {
    assertEquals("LOC:West", apply("the West Bank town", new Span(1, 2, "LOC")));
    assertEquals("LOC:UK", apply("the UK Government said", new Span(1, 2, "LOC")));
    assertEquals("LOC:New York", apply("in New York Times Square", new Span(1, 3, "LOC")));
    // the tail goes on into a longer name

    assertEquals("LOC:Tokyo", apply("the Tokyo Stock Exchange Group Inc", new Span(1, 2, "LOC")));
  }
}
