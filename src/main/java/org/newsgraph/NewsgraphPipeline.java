package org.newsgraph;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.beam.sdk.coders.Coder;
import org.apache.beam.sdk.coders.CoderRegistry;
import org.apache.beam.sdk.coders.SetCoder;
import org.apache.beam.sdk.coders.StringUtf8Coder;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;
import org.apache.beam.sdk.transforms.Combine;
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
import org.newsgraph.io.ReadArticles;
import org.newsgraph.io.Reject;
import org.newsgraph.io.SchemaCoders;
import org.newsgraph.nlp.AnalyzedArticle;
import org.newsgraph.nlp.CheckLanguage;
import org.newsgraph.output.CountRejects;
import org.newsgraph.output.WriteTables;

/**
 * The job, read top to bottom as its diagram: read (references → drop duplicates → articles) →
 * check language → find actors → count per date (actors, pairs) → write tables; every step's
 * rejects flow into one rejects table.
 */
public final class NewsgraphPipeline {
  private NewsgraphPipeline() {}

  public static void build(Pipeline p, NewsgraphOptions options, List<String> inputs) {
    PCollectionTuple read =
        p.apply(
            "ReadArticles",
            ReadArticles.from(inputs).withMaxArticleChars(options.getMaxArticleChars()));
    // ReadArticles drops duplicates itself, on references, before the texts are read.
    PCollectionTuple english =
        read
            .get(ReadArticles.ARTICLES)
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
            .and(read.get(ReadArticles.DUPLICATES))
            .and(english.get(CheckLanguage.REJECTED))
            .and(found.get(FindActors.FAILED));
    // Flink's batch translation unions only inputs of one coder: give every rejects branch the
    // very same one.
    Coder<Reject> rejectCoder = SchemaCoders.of(p, Reject.class);
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

  /**
   * Distinct values over all dates, as a summary counter: actors and pairs seen in the run. One
   * set per bundle, merged into one ({@code Distinct} would make a group, hence a DirectRunner
   * bundle, per id).
   */
  private static void countDistinct(PCollection<String> ids, String counter) {
    ids.apply("Distinct " + counter, Combine.globally(new DistinctIds()))
        .apply(
            "Count " + counter,
            ParDo.of(
                new DoFn<Integer, Void>() {
                  private final Counter distinct = Metrics.counter("newsgraph", counter);

                  @ProcessElement
                  public void process(@Element Integer n) {
                    distinct.inc(n);
                  }
                }));
  }

  /** How many different strings. */
  static final class DistinctIds extends Combine.CombineFn<String, Set<String>, Integer> {
    @Override
    public Set<String> createAccumulator() {
      return new HashSet<>();
    }

    @Override
    public Set<String> addInput(Set<String> acc, String id) {
      acc.add(id);
      return acc;
    }

    @Override
    public Set<String> mergeAccumulators(Iterable<Set<String>> accumulators) {
      Set<String> out = null;
      for (Set<String> acc : accumulators) {
        if (out == null) {
          out = acc;
        } else {
          out.addAll(acc);
        }
      }
      return out == null ? new HashSet<>() : out;
    }

    @Override
    public Integer extractOutput(Set<String> acc) {
      return acc.size();
    }

    @Override
    public Coder<Set<String>> getAccumulatorCoder(CoderRegistry registry, Coder<String> inputCoder) {
      return SetCoder.of(StringUtf8Coder.of());
    }
  }

  static List<String> split(String commaSeparated) {
    return Arrays.stream(commaSeparated.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}
