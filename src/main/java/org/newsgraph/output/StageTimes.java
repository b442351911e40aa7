package org.newsgraph.output;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.apache.beam.sdk.metrics.Counter;
import org.apache.beam.sdk.metrics.Metrics;

/**
 * CPU time of the threads in each stage of the job (read, nlp, actors, aggregate, write), as counters of
 * nanoseconds in the {@code newsgraph.stage_nanos} namespace; {@link RunSummary} reports them as
 * {@code stage_seconds}. Two clock reads per element (or per file written): cheap enough to stay
 * on. CPU time, not wall time, so that a machine shared with other jobs does not inflate a stage;
 * what the runner does between the steps (bundles, shuffles, watermarks) is in no stage.
 */
public final class StageTimes {
  public static final String NAMESPACE = "newsgraph.stage_nanos";
  public static final String READ = "read";
  public static final String NLP = "nlp";
  public static final String ACTORS = "actors";
  public static final String AGGREGATE = "aggregate";
  public static final String WRITE = "write";

  private StageTimes() {}

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  public static Counter counter(String stage) {
    return Metrics.counter(NAMESPACE, stage);
  }

  /** CPU nanoseconds of the current thread (wall nanoseconds if the JVM cannot tell). */
  public static long now() {
    return THREADS.isCurrentThreadCpuTimeSupported() ? THREADS.getCurrentThreadCpuTime() : System.nanoTime();
  }
}
