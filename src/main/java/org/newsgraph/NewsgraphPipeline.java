package org.newsgraph;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.schemas.NoSuchSchemaException;
import org.apache.beam.sdk.transforms.Distinct;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.Flatten;
import org.apache.beam.sdk.transforms.MapElements;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;
import org.apache.beam.sdk.values.PCollectionList;
import org.apache.beam.sdk.values.PCollectionTuple;
import org.apache.beam.sdk.values.TypeDescriptors;
import org.newsgraph.actors.FindActors;
import org.newsgraph.aggregate.ActorDaily;
import org.newsgraph.aggregate.CoMentionDaily;
import org.newsgraph.aggregate.CountActors;
import org.newsgraph.aggregate.CountCoMentions;
import org.newsgraph.io.DropDuplicates;
import org.newsgraph.io.ReadArticles;
import org.newsgraph.io.Reject;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.CheckLanguage;
import org.newsgraph.output.CountRejects;
import org.newsgraph.output.WriteTables;

/**
 * The job, read top to bottom as its diagram: read → drop duplicates → check language → find
 * actors → count per date (actors, pairs) → write tables; every step's rejects flow into one
 * rejects table.
 */
public final class NewsgraphPipeline {
  private NewsgraphPipeline() {}

  public static void build(Pipeline p, NewsgraphOptions options, List<String> inputs) {
    PCollectionTuple read =
        p.apply(
            "ReadArticles",
            ReadArticles.from(inputs).withMaxArticleChars(options.getMaxArticleChars()));
    PCollectionTuple unique = read.get(ReadArticles.ARTICLES).apply("DropDuplicates", new DropDuplicates());
    PCollectionTuple english =
        unique
            .get(DropDuplicates.UNIQUE)
            .apply("CheckLanguage", new CheckLanguage(new HashSet<>(split(options.getLanguages()))));
    PCollectionTuple found =
        english
            .get(CheckLanguage.ACCEPTED)
            .apply(
                "FindActors",
                new FindActors(
                    new FindActors.Config(
                        split(options.getActors()), options.getReplaceActors(), options.getNerModel())));
    PCollection<AnalyzedArticle> analyzed = found.get(FindActors.ANALYZED);

    PCollection<ActorDaily> actorDaily = analyzed.apply("CountActors", new CountActors());
    PCollection<CoMentionDaily> coMentionDaily = analyzed.apply("CountCoMentions", new CountCoMentions());
    PCollectionList<Reject> allRejects =
        PCollectionList.of(read.get(ReadArticles.REJECTS))
            .and(unique.get(DropDuplicates.DUPLICATES))
            .and(english.get(CheckLanguage.REJECTED))
            .and(found.get(FindActors.FAILED));
    // Flink's batch translation unions only inputs of one coder: give every rejects branch the
    // same one (a side output's inferred coder would otherwise be SerializableCoder).
    Coder<Reject> rejectCoder = rejectCoder(p);
    for (PCollection<Reject> branch : allRejects.getAll()) {
      branch.setCoder(rejectCoder);
    }
    PCollection<Reject> rejects =
        allRejects
            .apply("AllRejects", Flatten.pCollections())
            .apply("CountRejects", new CountRejects());

    countDistinct(
        actorDaily.apply(
            "ActorIds", MapElements.into(TypeDescriptors.strings()).via((ActorDaily d) -> d.actorId)),
        "actors");
    countDistinct(
        coMentionDaily.apply(
            "PairIds",
            MapElements.into(TypeDescriptors.strings())
                .via((CoMentionDaily d) -> d.actorIdA + " " + d.actorIdB)),
        "pairs");
    PCollectionTuple.of(WriteTables.ANALYZED, analyzed)
        .and(WriteTables.ACTOR_DAILY, actorDaily)
        .and(WriteTables.COMENTION_DAILY, coMentionDaily)
        .and(WriteTables.REJECTS, rejects)
        .apply("WriteTables", new WriteTables(options.getOutput(), options.getShardsPerDate()));
  }

  private static Coder<Reject> rejectCoder(Pipeline p) {
    try {
      return p.getSchemaRegistry().getSchemaCoder(Reject.class);
    } catch (NoSuchSchemaException e) {
      throw new IllegalStateException("Reject carries @DefaultSchema", e);
    }
  }

  /** Distinct values over all dates, as a summary counter: actors and pairs seen in the run. */
  private static void countDistinct(PCollection<String> ids, String counter) {
    ids.apply("Distinct " + counter, Distinct.create())
        .apply(
            "Count " + counter,
            ParDo.of(
                new DoFn<String, Void>() {
                  private final Counter distinct = Metrics.counter("newsgraph", counter);

                  @ProcessElement
                  public void process() {
                    distinct.inc();
                  }
                }));
  }

  static List<String> split(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
