package org.newsgraph.output;

import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * Thread time spent in each stage of the job (read, nlp, actors, aggregate, write), as counters of
 * nanoseconds in the {@code newsgraph.stage_nanos} namespace; {@link RunSummary} reports them as
 * {@code stage_seconds}. Two {@code System.nanoTime()} calls per element: cheap enough to stay on.
 * Summed over threads, so with two workers the stages add up to about twice the wall time they
 * were busy; what the runner does between the steps (bundles, shuffles) is in no stage.
 */
public final class StageTimes {
  public static final String NAMESPACE = "newsgraph.stage_nanos";
  public static final String READ = "read";
  public static final String NLP = "nlp";
  public static final String ACTORS = "actors";
  public static final String AGGREGATE = "aggregate";
  public static final String WRITE = "write";

  private StageTimes() {}

  public static Counter counter(String stage) {
    return Metrics.counter(NAMESPACE, stage);
  }
}
