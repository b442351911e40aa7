package org.newsgraph.output;

import java.util.ArrayList;
import java.util.List;
import org.apache.beam.sdk.transforms.PTransform;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.PDone;
import org.apache.beam.sdk.values.TupleTag;
import org.newsgraph.actors.Mention;
import org.newsgraph.aggregate.ActorDaily;
import org.newsgraph.aggregate.CoMentionDaily;
import org.newsgraph.io.Reject;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.ArticleRecord;

/**
 * Writes the five tables under one output directory; see {@link Tables} for the contract. Input is
 * a tuple of the analyzed articles, the two daily counts and all rejects, under the tags below.
 */
public final class WriteTables extends PTransform<PCollectionTuple, PDone> {
  public static final TupleTag<AnalyzedArticle> ANALYZED = new TupleTag<AnalyzedArticle>() {};
  public static final TupleTag<ActorDaily> ACTOR_DAILY = new TupleTag<ActorDaily>() {};
  public static final TupleTag<CoMentionDaily> COMENTION_DAILY = new TupleTag<CoMentionDaily>() {};
  public static final TupleTag<Reject> REJECTS = new TupleTag<Reject>() {};

  private final String outputDir;
  private final int shardsPerDate;

  public WriteTables(String outputDir, int shardsPerDate) {
    this.outputDir = outputDir.endsWith("/") ? outputDir : outputDir + "/";
    this.shardsPerDate = shardsPerDate;
  }

  @Override
  public PDone expand(PCollectionTuple tables) {
    PCollection<AnalyzedArticle> analyzed = tables.get(ANALYZED);
    analyzed.apply(
        "WriteArticles",
        WriteParquet.dailyRowsOf(
            outputDir + Tables.ARTICLES,
            Tables.ARTICLE_SCHEMA,
            (AnalyzedArticle a) -> List.of(a.article),
            ArticleRecord.class,
            a -> a.date,
            Tables::article,
            shardsPerDate));
    analyzed.apply(
        "WriteMentions",
        WriteParquet.dailyRowsOf(
            outputDir + Tables.MENTIONS,
            Tables.MENTION_SCHEMA,
            WriteTables::datedMentions,
            DatedMention.class,
            m -> m.date,
            m -> Tables.mention(m.mention),
            shardsPerDate));
    tables.get(ACTOR_DAILY).apply(
        "WriteActorDaily",
        WriteParquet.daily(
            outputDir + Tables.ACTOR_DAILY, Tables.ACTOR_DAILY_SCHEMA, d -> d.date, Tables::actorDaily, shardsPerDate));
    tables.get(COMENTION_DAILY).apply(
        "WriteCoMentionDaily",
        WriteParquet.daily(
            outputDir + Tables.COMENTION_DAILY,
            Tables.COMENTION_DAILY_SCHEMA,
            d -> d.date,
            Tables::coMentionDaily,
            shardsPerDate));
    tables.get(REJECTS).apply(
        "WriteRejects", WriteParquet.flat(outputDir + Tables.REJECTS, Tables.REJECT_SCHEMA, Tables::reject));
    return PDone.in(tables.getPipeline());
  }

  /** The article's mentions as rows of its date's partition. */
  static List<DatedMention> datedMentions(AnalyzedArticle a) {
    List<DatedMention> rows = new ArrayList<>(a.mentions.size());
    for (Mention m : a.mentions) {
      rows.add(new DatedMention(a.article.date, m));
    }
    return rows;
  }
}
